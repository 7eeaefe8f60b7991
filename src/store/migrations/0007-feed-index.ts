import { sql, type Kysely } from 'kysely'

/**
 * The feed of a wijk as residents see it (visible items, one per cluster), newest first: read in index order and
 * stopped at the page's end, instead of sorting the whole wijk. The predicate also tells the planner how few rows
 * `id = cluster_id` leaves, which it cannot estimate on its own.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE INDEX items_shown_wijk_sort_idx ON items (wijk_slug, sort_at DESC, id) WHERE NOT hidden AND id = cluster_id`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`DROP INDEX items_shown_wijk_sort_idx`.execute(db)
}
