import { sql, type RawBuilder } from 'kysely'
import type { Facets } from './search-index.ts'

/** A row of the search statement: a facet count, or (facet `page`) one item of the page with its place in it. */
export interface SearchRow {
  facet: keyof Facets | 'page'
  value: string
  n: number
  cursor_after: (string | number)[] | null
}

/**
 * Counts per kind, category, platform, source, status and follow-up over the `matched` rows of the search
 * statement (postgres.ts), in the shape of its page rows, so the matches are found once for both.
 */
export const facetCountsSql: RawBuilder<SearchRow> = sql<SearchRow>`
  select 'kind', kind, count(*)::int, null::json from matched group by kind
  union all
  select 'category', category, count(*)::int, null::json from matched cross join lateral unnest(categories) as category group by category
  union all
  select 'platform', platform, count(*)::int, null::json from matched group by platform
  union all
  select 'source', source_id, count(*)::int, null::json from matched group by source_id
  union all
  select 'status', status, count(*)::int, null::json from matched group by status
  union all
  select 'followUp', follow_up, count(*)::int, null::json from matched where follow_up is not null group by follow_up`

export function facetsOf(rows: SearchRow[]): Facets {
  const facets: Facets = { kind: {}, category: {}, platform: {}, source: {}, status: {}, followUp: {} }
  for (const row of rows) if (row.facet !== 'page') facets[row.facet][row.value] = row.n
  return facets
}
