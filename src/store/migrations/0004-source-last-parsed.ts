import type { Kysely } from 'kysely'

/** When a source's documents were last read in full (not answered with 304). */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sources').addColumn('last_parsed_at', 'timestamptz').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('sources').dropColumn('last_parsed_at').execute()
}
