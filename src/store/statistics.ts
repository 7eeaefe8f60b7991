import { sql, type Kysely } from 'kysely'
import type { Database } from './schema.ts'

/** The share of rows that may have come or gone since the last ANALYZE (autovacuum's default), plus a floor. */
const STALE_SHARE = 0.1
const STALE_ROWS = 500

/**
 * Refreshes the planner's statistics of the items table when they are missing or off by more than a tenth.
 * The embedded database (PGlite) has no autovacuum: never analyzed, the planner guesses row counts and picks
 * slow plans for search. On a server autovacuum keeps them fresh and this rarely does anything.
 * Returns whether it analyzed.
 */
export async function refreshStatisticsIfStale(db: Kysely<Database>): Promise<boolean> {
  const { rows } = await sql<{ estimated: number; actual: number }>`
    select (select reltuples from pg_class where oid = 'items'::regclass)::float8 as estimated,
           (select count(*) from items)::float8 as actual`.execute(db)
  const { estimated, actual } = rows[0]!
  // reltuples is -1 until the table was first analyzed.
  if (estimated >= 0 && Math.abs(actual - estimated) <= STALE_SHARE * estimated + STALE_ROWS) return false
  await sql`analyze items`.execute(db)
  return true
}
