import { sql, type RawBuilder } from 'kysely'
import { CATEGORIES, FOLLOW_UPS, KINDS, STATUSES } from '../domain/taxonomy.ts'
import type { Facets } from './search-index.ts'

/** A row of the search statement: a facet count, or (facet `page`) one item of the page with its place in it. */
export interface SearchRow {
  facet: keyof Facets | 'page'
  value: string
  n: number
  cursor_after: (string | number)[] | null
}

/** The facets whose values the taxonomy fixes, with the condition on a `matched` row that counts it. */
const FIXED_FACETS: (readonly [facet: keyof Facets, value: string, condition: RawBuilder<unknown>])[] = [
  ...KINDS.map((kind) => ['kind', kind, sql`kind = ${sql.lit(kind)}`] as const),
  ...CATEGORIES.map((category) => ['category', category, sql`categories @> array[${sql.lit(category)}]::text[]`] as const),
  ...STATUSES.map((status) => ['status', status, sql`status = ${sql.lit(status)}`] as const),
  ...FOLLOW_UPS.map((followUp) => ['followUp', followUp, sql`follow_up = ${sql.lit(followUp)}`] as const),
]

/**
 * Counts per kind, category, platform, source, status and follow-up over the `matched` rows of the search
 * statement (postgres.ts), in the shape of its page rows, so the matches are found once for both. The values
 * the taxonomy fixes are counted in one pass (a filtered count each); platforms and sources are grouped.
 */
export const facetCountsSql: RawBuilder<SearchRow> = sql<SearchRow>`
  select fixed.facet, fixed.value, fixed.n, null::json
  from (select ${sql.join(FIXED_FACETS.map(([, , condition], i) => sql`count(*) filter (where ${condition})::int as ${sql.ref(`c${i}`)}`))} from matched) counts
  cross join lateral (values ${sql.join(FIXED_FACETS.map(([facet, value], i) => sql`(${sql.lit(facet)}, ${sql.lit(value)}, ${sql.ref(`counts.c${i}`)})`))}) as fixed (facet, value, n)
  where fixed.n > 0
  union all
  select 'platform', platform, count(*)::int, null::json from matched group by platform
  union all
  select 'source', source_id, count(*)::int, null::json from matched group by source_id`

export function facetsOf(rows: SearchRow[]): Facets {
  const facets: Facets = { kind: {}, category: {}, platform: {}, source: {}, status: {}, followUp: {} }
  for (const row of rows) if (row.facet !== 'page') facets[row.facet][row.value] = row.n
  return facets
}
