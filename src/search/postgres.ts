import { sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely'
import { z } from 'zod'
import type { Database } from '../store/schema.ts'
import { selectItemsWithRefs, toItem } from '../store/item-mapper.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'
import { countFacets } from './postgres-facets.ts'
import { matchesQuery, tsQuery, type FilterContext } from './postgres-filters.ts'
import {
  InvalidCursorError, SORTS, type IndexChanges, type SearchIndex, type SearchQuery, type SearchResult, type Sort,
} from './search-index.ts'
import { toPrefixTsQuery } from './text-query.ts'

/** One ordering column; `id` ascending always follows, so every order is total. */
interface SortKey {
  value: RawBuilder<unknown>
  direction: 'asc' | 'desc'
  type: 'timestamptz' | 'float8'
}

/** Freshness halves its boost after this many days. */
const FRESHNESS_DAYS = 14

/**
 * Text rank over the weighted vector (title A, summary B, body C: a word in the title counts most) times
 * a freshness boost: 2x for a new item, 1.5x after FRESHNESS_DAYS, towards 1x for old ones.
 */
function relevance({ text, now }: FilterContext): RawBuilder<number> {
  const rank = text === null ? sql`0` : sql`ts_rank_cd(items.search_vector, ${tsQuery(text)})`
  const ageSeconds = sql`greatest(0, extract(epoch from (${now}::timestamptz - items.sort_at)))::float8`
  return sql<number>`(${rank})::float8 * (1 + 1 / (1 + ${ageSeconds} / ${sql.lit(FRESHNESS_DAYS * 86400)}))`
}

function sortKeys(sort: Sort, context: FilterContext): SortKey[] {
  const newest: SortKey = { value: sql`items.sort_at`, direction: 'desc', type: 'timestamptz' }
  switch (sort) {
    case 'newest':
      return [newest]
    case 'soonest':
      return [{ value: sql`items.starts_at`, direction: 'asc', type: 'timestamptz' }]
    case 'relevance':
      return [{ value: relevance(context), direction: 'desc', type: 'float8' }, newest]
  }
}

/** A key's value as the cursor keeps it: timestamps as UTC text with microseconds (a JS Date has only milliseconds). */
function cursorValue(key: SortKey): RawBuilder<unknown> {
  return key.type === 'timestamptz' ? sql`to_char(${key.value} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')` : key.value
}

/** Rows after the cursor's row in the order of `keys`, then id (keyset pagination). */
function after(keys: SortKey[], values: (string | number)[], id: string): RawBuilder<SqlBool> {
  let condition = sql<SqlBool>`items.id > ${id}`
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i]!
    const value = sql`${values[i]}::${sql.raw(key.type)}`
    const beyond = key.direction === 'desc' ? sql`${key.value} < ${value}` : sql`${key.value} > ${value}`
    condition = sql<SqlBool>`(${beyond} or (${key.value} = ${value} and ${condition}))`
  }
  return condition
}

const cursorSchema = z.object({
  sort: z.enum(SORTS),
  /** The first page's time: later pages rank and filter as of then, so paging never repeats or skips. */
  now: z.iso.datetime(),
  after: z.array(z.union([z.number(), z.iso.datetime()])),
  id: z.string(),
})
type Cursor = z.infer<typeof cursorSchema>

function fitsKeys(cursor: Cursor, keys: SortKey[]): boolean {
  return (
    cursor.after.length === keys.length &&
    keys.every((key, i) => typeof cursor.after[i] === (key.type === 'float8' ? 'number' : 'string'))
  )
}

/** PostgreSQL full-text search over the items table itself: the weighted tsvector is a generated column. */
export class PostgresSearch implements SearchIndex {
  readonly backend = 'postgres'

  constructor(
    private readonly db: Kysely<Database>,
    private readonly now: () => Date = () => new Date(),
  ) {}

  async search(query: SearchQuery): Promise<SearchResult> {
    const text = toPrefixTsQuery(query.q)
    const sort = query.sort ?? (text === null ? 'newest' : 'relevance')
    const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, cursorSchema)
    if (cursor && cursor.sort !== sort) throw new InvalidCursorError(`the cursor belongs to sort=${cursor.sort}, not sort=${sort}`)
    const context: FilterContext = { now: cursor ? new Date(cursor.now) : this.now(), text, upcomingOnly: sort === 'soonest' }
    const keys = sortKeys(sort, context)
    if (cursor && !fitsKeys(cursor, keys)) throw new InvalidCursorError('the cursor is not one this API handed out')

    let page = selectItemsWithRefs(this.db)
      .where(matchesQuery(query, context))
      .select(sql<(string | number)[]>`json_build_array(${sql.join(keys.map(cursorValue))})`.as('cursor_after'))
    if (cursor) page = page.where(after(keys, cursor.after, cursor.id))
    for (const key of keys) page = page.orderBy(key.value, key.direction)
    const [rows, facets] = await Promise.all([
      page.orderBy('items.id', 'asc').limit(query.limit + 1).execute(),
      countFacets(this.db, query, context),
    ])

    const more = rows.length > query.limit
    const shown = rows.slice(0, query.limit)
    const last = shown.at(-1)
    return {
      items: shown.map((row) => toItem(row, context.now)),
      nextCursor:
        more && last ? encodeCursor({ sort, now: context.now.toISOString(), after: last.cursor_after, id: last.id } satisfies Cursor) : null,
      // Every item has exactly one kind, so the kind counts add up to the number of matches.
      total: Object.values(facets.kind).reduce((sum, n) => sum + n, 0),
      facets,
    }
  }

  async apply(_changes: IndexChanges): Promise<void> {
    // Nothing to do: the search vector is a generated column of the item row itself.
  }
}
