import type { Kysely } from 'kysely'

/** The public page of a source (the buurtsite, the group) that residents are sent to; needed for uploads. */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sources').addColumn('site_url', 'text').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sources').dropColumn('site_url').execute()
}
