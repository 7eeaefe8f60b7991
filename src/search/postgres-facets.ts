import { sql, type RawBuilder } from 'kysely'
import type { Facets } from './search-index.ts'

/**
 * A row of the search statement: one item of the page with its place in it (facet `page`), or a facet count.
 * Categories are counted per combination (`categories` set, `value` empty) and added up per category here.
 */
export interface SearchRow {
  facet: keyof Facets | 'page' | 'categories'
  value: string
  n: number
  cursor_after: (string | number)[] | null
  categories: string[] | null
}

/** The `matched` columns grouped on, with the facet each one counts. */
const GROUPED = [
  ['kind', 'kind'],
  ['status', 'status'],
  ['follow_up', 'followUp'],
  ['platform', 'platform'],
  ['source_id', 'source'],
] as const

/**
 * Counts per kind, category, platform, source, status and follow-up over the `matched` rows of the search
 * statement (postgres.ts), in the shape of its page rows, so the matches are found once for both. One pass:
 * grouping sets, one per facet; categories are grouped by their combination (an item has one or two, so
 * there are few) rather than unnested, which is slower.
 */
export const facetCountsSql: RawBuilder<SearchRow> = sql<SearchRow>`
  select
    case ${sql.join(GROUPED.map(([column, facet]) => sql`when grouping(${sql.ref(column)}) = 0 then ${sql.lit(facet)}`), sql` `)}
      else 'categories' end,
    coalesce(${sql.join(GROUPED.map(([column]) => sql.ref(column)))}, ''),
    count(*)::int,
    null::json,
    categories
  from matched
  group by grouping sets (${sql.join([...GROUPED.map(([column]) => sql`(${sql.ref(column)})`), sql`(categories)`])})`

export function facetsOf(rows: SearchRow[]): Facets {
  const facets: Facets = { kind: {}, category: {}, platform: {}, source: {}, status: {}, followUp: {} }
  for (const row of rows) {
    if (row.facet === 'page') continue
    if (row.facet === 'categories') {
      for (const category of row.categories ?? []) facets.category[category] = (facets.category[category] ?? 0) + row.n
    } else if (row.value !== '') {
      // An empty value is the group of items without one (no follow-up): not a facet value.
      facets[row.facet][row.value] = row.n
    }
  }
  return facets
}
