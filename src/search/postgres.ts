import { expressionBuilder, sql, type Kysely, type RawBuilder, type SqlBool } from 'kysely'
import { z } from 'zod'
import { foldAccents } from '../normalise/text.ts'
import type { Database } from '../store/schema.ts'
import { selectItemsWithRefs, toItem } from '../store/item-mapper.ts'
import { decodeCursor, encodeCursor } from './cursor.ts'
import { facetCountsSql, facetsOf, type SearchRow } from './postgres-facets.ts'
import { effectiveStatusSql, followUpSql, matchesQuery, tsQuery, type FilterContext, type FuzzyWord } from './postgres-filters.ts'
import {
  InvalidCursorError, SORTS, type IndexChanges, type SearchIndex, type SearchQuery, type SearchResult, type Sort,
} from './search-index.ts'
import { highlight, highlightTerms } from './highlight.ts'
import { queryWords, toPrefixTsQuery, wordTsQuery } from './text-query.ts'

/** One ordering column; `id` ascending always follows, so every order is total. */
interface SortKey {
  value: RawBuilder<unknown>
  direction: 'asc' | 'desc'
  type: 'timestamptz' | 'float8'
}

/** Fewer full-text matches than this, and the search tries again tolerating typos. */
const FEW_RESULTS = 3
/** Shorter words are not read as typos: too much looks like them. */
const MIN_TYPO_LENGTH = 4

/** Freshness halves its boost after this many days. */
const FRESHNESS_DAYS = 14

/**
 * Text rank over the weighted vector (title A, summary B, body C: a word in the title counts most) times
 * a freshness boost: 2x for a new item, 1.5x after FRESHNESS_DAYS, towards 1x for old ones.
 */
function relevance({ text, fuzzy, now }: FilterContext): RawBuilder<number> {
  const fullText = text === null ? sql`0` : sql`ts_rank_cd(items.search_vector, ${tsQuery(text)})`
  // After a typo-tolerant search, how alike the typed words are to the item's words counts too.
  const typos = (fuzzy ?? []).flatMap(({ typo }) => (typo === null ? [] : [sql`word_similarity(${typo}, items.search_words)`]))
  const rank = typos.length === 0 ? fullText : sql`${fullText} + ${sql.join(typos, sql` + `)}`
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
function after(keys: SortKey[], values: (string | number)[], id: string, idColumn: string): RawBuilder<SqlBool> {
  let condition = sql<SqlBool>`${sql.ref(idColumn)} > ${id}`
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
  /** The first page fell back to typo tolerance: the later pages do too. */
  fuzzy: z.boolean(),
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
    const exact: FilterContext = { now: cursor ? new Date(cursor.now) : this.now(), text, fuzzy: null, upcomingOnly: sort === 'soonest' }
    const tolerant: FilterContext = { ...exact, fuzzy: fuzzyWords(query.q) }
    if (cursor) return this.page(query, sort, cursor.fuzzy ? tolerant : exact, cursor)
    const found = await this.page(query, sort, exact, null)
    if (found.total >= FEW_RESULTS || !tolerant.fuzzy?.some(({ typo }) => typo !== null)) return found
    const alike = await this.page(query, sort, tolerant, null)
    return alike.total > found.total ? alike : found
  }

  private async page(query: SearchQuery, sort: Sort, context: FilterContext, cursor: Cursor | null): Promise<SearchResult> {
    const keys = sortKeys(sort, context)
    if (cursor && !fitsKeys(cursor, keys)) throw new InvalidCursorError('the cursor is not one this API handed out')

    // One statement: the matches are found once and counted for the facets (keys computed as k0, k1, ...). The
    // page is cut from them when ranked by relevance (every match needs its rank); in date order it is read
    // from the items in index order. Either way on the items table alone; only the page's rows are then
    // joined and read in full.
    const matched = this.db
      .selectFrom('items')
      .where(matchesQuery(query, context))
      .select([
        'items.id', 'items.kind', 'items.categories', 'items.platform', 'items.source_id',
        effectiveStatusSql(context.now).as('status'), followUpSql(context.now).as('follow_up'),
        ...keys.map((key, i) => key.value.as(`k${i}`)),
      ])
    const fromMatched = sort === 'relevance'
    const pageKeys: SortKey[] = fromMatched ? keys.map((key, i) => ({ ...key, value: sql.ref(`matched.k${i}`) })) : keys
    const idColumn = fromMatched ? 'matched.id' : 'items.id'
    const order = sql.join([...pageKeys.map((key) => sql`${key.value} ${sql.raw(key.direction)}`), sql`${sql.ref(idColumn)} asc`])
    const { rows: statement } = await sql<SearchRow>`
      with matched as (${matched}),
      page as (
        select ${sql.ref(idColumn)} as id, json_build_array(${sql.join(pageKeys.map(cursorValue))}) as cursor_after,
          row_number() over (order by ${order}) as position
        from ${fromMatched ? sql`matched` : sql`items`}
        where ${fromMatched ? sql`true` : matchesQuery(query, context)(expressionBuilder<Database, 'items'>())}
          and ${cursor ? after(pageKeys, cursor.after, cursor.id, idColumn) : sql`true`}
        order by ${order}
        limit ${query.limit + 1}
      )
      select 'page' as facet, id as value, position::int as n, cursor_after, null::text[] as categories from page
      union all
      ${facetCountsSql}
    `.execute(this.db)
    const rows = statement.filter((row) => row.facet === 'page').sort((a, b) => a.n - b.n).map((row) => ({ id: row.value, cursor_after: row.cursor_after! }))
    const facets = facetsOf(statement)

    const more = rows.length > query.limit
    const shown = rows.slice(0, query.limit)
    const last = shown.at(-1)
    const full = shown.length === 0 ? [] : await selectItemsWithRefs(this.db).where('items.id', 'in', shown.map((row) => row.id)).execute()
    const byId = new Map(full.map((row) => [row.id, row]))
    const terms = context.text === null ? null : highlightTerms(query.q, context.fuzzy !== null)
    const fuzzy = context.fuzzy !== null
    return {
      items: shown.flatMap(({ id }) => {
        const row = byId.get(id)
        if (!row) return []
        const item = toItem(row, context.now)
        return [terms ? { ...item, highlight: { title: highlight(item.title, terms), summary: highlight(item.summary, terms) } } : item]
      }),
      nextCursor:
        more && last
          ? encodeCursor({ sort, now: context.now.toISOString(), after: last.cursor_after, id: last.id, fuzzy } satisfies Cursor)
          : null,
      // Every item has exactly one kind, so the kind counts add up to the number of matches.
      total: Object.values(facets.kind).reduce((sum, n) => sum + n, 0),
      facets,
    }
  }

  async apply(_changes: IndexChanges): Promise<void> {
    // Nothing to do: the search vector is a generated column of the item row itself.
  }

  async reset(): Promise<void> {
    // Nothing to empty: the index is the items table itself.
  }
}

/** The words of a query for a typo-tolerant search; null when it has none. */
function fuzzyWords(q: string | undefined): FuzzyWord[] | null {
  const words = queryWords(q)
  if (words.length === 0) return null
  return words.map((word, index) => {
    const folded = foldAccents(word)
    return { tsquery: wordTsQuery(word, index === words.length - 1), typo: folded.length >= MIN_TYPO_LENGTH ? folded : null }
  })
}
