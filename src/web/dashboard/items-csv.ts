import { stringify, type Options } from 'csv-stringify/sync'
import { sql, type Kysely, type SqlBool } from 'kysely'
import { DateTime } from 'luxon'
import type { Item } from '../../domain/item.ts'
import { categoryLabel, kindLabel } from '../../domain/taxonomy.ts'
import { DEFAULT_ZONE } from '../../domain/time.ts'
import { allDayEnd, inAmsterdam, selectItemsWithRefs, toItem } from '../../store/item-mapper.ts'
import type { Database } from '../../store/schema.ts'
import { placeOf } from '../feed-entry.ts'
import { platformName } from '../platform-names.ts'

/** Rows read from the database at a time: a wijk of 10k+ items never sits in memory whole. */
const PAGE_SIZE = 500

const HEADER = [
  'id', 'soort', 'categorieën', 'titel', 'samenvatting', 'link', 'platform', 'bron',
  'geplaatst', 'begint', 'eindigt', 'status', 'opvolging', 'reacties', 'plaats',
]

/**
 * What Dutch Excel opens by double-click: `;` between fields and a UTF-8 byte order mark. A field that starts
 * like a formula (= + - @, tab, CR) gets a leading apostrophe, so a post cannot run a formula in a spreadsheet.
 */
const CSV_OPTIONS: Options = { delimiter: ';', escape_formulas: true }

const FOLLOW_UP_WORDS: Record<NonNullable<Item['followUp']>, string> = { unanswered: 'geen reactie', expired: 'verlopen' }

/** Local time in Amsterdam as spreadsheets read it: 2026-11-14 13:00 (an all-day date without the time). */
function localTime(moment: string | null, dateOnly = false): string {
  if (!moment) return ''
  return inAmsterdam(moment).toFormat(dateOnly ? 'yyyy-MM-dd' : 'yyyy-MM-dd HH:mm')
}

/** An all-day event ends on its last day (its stored end is the midnight after it). */
function endOf(item: Item): string {
  if (item.allDay && item.startsAt) return allDayEnd(item.startsAt, item.endsAt).minus({ days: 1 }).toFormat('yyyy-MM-dd')
  return localTime(item.endsAt)
}

function csvRecord(item: Item): (string | number)[] {
  return [
    item.id,
    kindLabel(item.kind),
    item.categories.map(categoryLabel).join(', '),
    item.title,
    item.summary,
    item.url,
    platformName(item.platform),
    item.source.name,
    localTime(item.publishedAt),
    localTime(item.startsAt, item.allDay),
    endOf(item),
    item.status === 'open' ? 'open' : 'gesloten',
    item.followUp ? FOLLOW_UP_WORDS[item.followUp] : '',
    item.reactions ?? '',
    placeOf(item) ?? '',
  ]
}

/** The wijk's visible items, every member of a cluster on its own row, newest first, a page at a time. */
async function* wijkItemPages(db: Kysely<Database>, slug: string, now: Date): AsyncGenerator<Item[]> {
  // The sort key as text with microseconds: a JS Date would cut them off and repeat or skip rows between pages.
  const sortAt = sql<string>`to_char(items.sort_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`
  let after: { sortAt: string; id: string } | null = null
  for (;;) {
    let query = selectItemsWithRefs(db).select(sortAt.as('page_key')).where('items.wijk_slug', '=', slug).where('items.hidden', '=', false)
    if (after) query = query.where(sql<SqlBool>`(items.sort_at, items.id) < (${after.sortAt}::timestamptz, ${after.id})`)
    const rows = await query.orderBy('items.sort_at', 'desc').orderBy('items.id', 'desc').limit(PAGE_SIZE).execute()
    if (rows.length > 0) yield rows.map((row) => toItem(row, now))
    const last = rows.at(-1)
    if (!last || rows.length < PAGE_SIZE) return
    after = { sortAt: last.page_key, id: last.id }
  }
}

/** The CSV export of a wijk as a stream: each page of items is read when the client is ready for more. */
export function wijkItemsCsv(db: Kysely<Database>, slug: string, now: Date): ReadableStream<Uint8Array> {
  const pages = wijkItemPages(db, slug, now)
  const encoder = new TextEncoder()
  let first = true
  return new ReadableStream({
    async pull(controller) {
      const page = await pages.next()
      if (page.done && !first) return controller.close()
      const records = page.done ? [] : page.value.map(csvRecord)
      controller.enqueue(encoder.encode(stringify(first ? [HEADER, ...records] : records, { ...CSV_OPTIONS, bom: first })))
      first = false
      if (page.done) controller.close()
    },
    async cancel() {
      await pages.return(undefined)
    },
  })
}

/** `buurtfeed-vogelbuurt-2026-11-10.csv`, dated in Amsterdam. */
export function csvFileName(slug: string, now: Date): string {
  return `buurtfeed-${slug}-${DateTime.fromJSDate(now, { zone: DEFAULT_ZONE }).toISODate()}.csv`
}
