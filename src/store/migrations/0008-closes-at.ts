import { sql, type Kysely } from 'kysely'

/**
 * When an item closes by time alone, stored: the earliest of its expiry and the end of its event (the end,
 * without one the start; an all-day event at the local midnight after its last day, like `allDayEnd`). Search
 * then tells open from closed with one comparison per row instead of a time-zone conversion, and facet counts
 * over a whole wijk stay fast. The zone is written out: a migration does not follow later code.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE items ADD COLUMN closes_at timestamptz GENERATED ALWAYS AS (least(
    expires_at,
    case when all_day
      then coalesce(ends_at, ((starts_at at time zone 'Europe/Amsterdam') + interval '1 day') at time zone 'Europe/Amsterdam')
      else coalesce(ends_at, starts_at) end
  )) STORED`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('items').dropColumn('closes_at').execute()
}
