import { sql, type Kysely, type RawBuilder } from 'kysely'

/**
 * An item can claim a date after Buurtfeed first saw it ("published" next year); it would sit on top of
 * "newest" until then. Its sort key is now never later than when it was first seen.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await redefineSortAt(db, sql`least(coalesce(published_at, updated_at, first_seen_at), first_seen_at)`)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await redefineSortAt(db, sql`coalesce(published_at, updated_at, first_seen_at)`)
}

/**
 * PostgreSQL 15 and 16 cannot change a generated column's expression, so the column goes and comes back,
 * with its index. STORED explicitly: PostgreSQL 18 makes generated columns virtual by default.
 */
async function redefineSortAt(db: Kysely<unknown>, expression: RawBuilder<unknown>): Promise<void> {
  await db.schema.dropIndex('items_wijk_sort_idx').execute()
  await db.schema.alterTable('items').dropColumn('sort_at').execute()
  await db.schema
    .alterTable('items')
    .addColumn('sort_at', 'timestamptz', (c) => c.notNull().generatedAlwaysAs(expression).stored())
    .execute()
  await db.schema.createIndex('items_wijk_sort_idx').on('items').columns(['wijk_slug', 'sort_at desc', 'id']).execute()
}
