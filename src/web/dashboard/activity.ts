import { sql, type Kysely } from 'kysely'
import { DateTime } from 'luxon'
import { DEFAULT_ZONE } from '../../domain/time.ts'
import type { Database } from '../../store/schema.ts'

export const ACTIVITY_WEEKS = 12

/** An ISO week in Europe/Amsterdam. */
export interface Week {
  /** `2026-46`: ISO week year and week number, as PostgreSQL's `IYYY-IW`. */
  key: string
  number: number
  /** Monday 00:00. */
  start: DateTime
  /** The week of `now`: not over yet. */
  current: boolean
}

export interface PlatformActivity {
  platform: string
  /** Items per week, in the order of `weeks`. */
  counts: number[]
  total: number
}

export interface Activity {
  weeks: Week[]
  /** Platforms with items in these weeks, the busiest first. */
  platforms: PlatformActivity[]
}

/** The ISO weeks up to and including the week of `now`, oldest first. */
export function lastWeeks(now: Date, count = ACTIVITY_WEEKS): Week[] {
  const thisWeek = DateTime.fromJSDate(now, { zone: DEFAULT_ZONE }).startOf('week')
  return Array.from({ length: count }, (_, i) => {
    const start = thisWeek.minus({ weeks: count - 1 - i })
    return { key: start.toFormat('kkkk-WW'), number: start.weekNumber, start, current: i === count - 1 }
  })
}

// A literal zone: the same expression in select and group by (parameters would make them two).
const weekOfItem = sql<string>`to_char(timezone(${sql.lit(DEFAULT_ZONE)}, items.sort_at), 'IYYY-IW')`

/**
 * A wijk's visible items per platform per ISO week, by `sort_at`: when the item was posted, or when Buurtfeed
 * first saw it if the platform does not say (and never later than that). Every member of a cluster counts on
 * its own platform.
 */
export async function wijkActivity(db: Kysely<Database>, slug: string, now: Date): Promise<Activity> {
  const weeks = lastWeeks(now)
  const rows = await db
    .selectFrom('items')
    .select(['items.platform', weekOfItem.as('week'), sql<number>`count(*)::int`.as('count')])
    .where('items.wijk_slug', '=', slug)
    .where('items.hidden', '=', false)
    .where('items.sort_at', '>=', weeks[0]!.start.toJSDate())
    .where('items.sort_at', '<', weeks.at(-1)!.start.plus({ weeks: 1 }).toJSDate())
    .groupBy(['items.platform', weekOfItem])
    .execute()
  const byPlatform = new Map<string, number[]>()
  const weekIndex = new Map(weeks.map((week, index) => [week.key, index]))
  for (const row of rows) {
    const counts = byPlatform.get(row.platform) ?? weeks.map(() => 0)
    counts[weekIndex.get(row.week)!] = row.count
    byPlatform.set(row.platform, counts)
  }
  const platforms = [...byPlatform].map(([platform, counts]) => ({ platform, counts, total: counts.reduce((a, b) => a + b, 0) }))
  platforms.sort((a, b) => b.total - a.total || a.platform.localeCompare(b.platform))
  return { weeks, platforms }
}
