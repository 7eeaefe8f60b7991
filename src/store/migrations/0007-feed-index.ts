import { sql, type Kysely } from 'kysely'

/**
 * Whether an item shows its cluster, as a column of its own: the planner keeps statistics of a column, while it
 * guesses `id = cluster_id` at half a percent of the rows (it is nearly all of them) and then picks the wrong
 * index. And the feed of a wijk as residents see it (visible items, one per cluster), newest first: read in index
 * order and stopped at the page's end, instead of sorting the whole wijk.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE items ADD COLUMN shows_cluster boolean NOT NULL GENERATED ALWAYS AS (id = cluster_id) STORED`.execute(db)
  await sql`CREATE INDEX items_shown_wijk_sort_idx ON items (wijk_slug, sort_at DESC, id) WHERE NOT hidden AND shows_cluster`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX items_shown_wijk_sort_idx`.execute(db)
  await db.schema.alterTable('items').dropColumn('shows_cluster').execute()
}
