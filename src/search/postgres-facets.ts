import { sql, type Kysely } from 'kysely'
import type { Database } from '../store/schema.ts'
import type { Facets, SearchQuery } from './search-index.ts'
import { effectiveStatusSql, followUpSql, matchesQuery, type FilterContext } from './postgres-filters.ts'

/** Counts per kind, category, platform, source, status and follow-up over every matching item, in one query. */
export async function countFacets(db: Kysely<Database>, query: SearchQuery, context: FilterContext): Promise<Facets> {
  const matched = db
    .selectFrom('items')
    .where(matchesQuery(query, context))
    .select(['items.kind', 'items.categories', 'items.platform', 'items.source_id', effectiveStatusSql(context.now).as('status'), followUpSql(context.now).as('follow_up')])
  const { rows } = await sql<{ facet: keyof Facets; value: string; n: number }>`
    with matched as (${matched})
    select 'kind' as facet, kind as value, count(*)::int as n from matched group by kind
    union all
    select 'category', category, count(*)::int from matched cross join lateral unnest(categories) as category group by category
    union all
    select 'platform', platform, count(*)::int from matched group by platform
    union all
    select 'source', source_id, count(*)::int from matched group by source_id
    union all
    select 'status', status, count(*)::int from matched group by status
    union all
    select 'followUp', follow_up, count(*)::int from matched where follow_up is not null group by follow_up
  `.execute(db)
  const facets: Facets = { kind: {}, category: {}, platform: {}, source: {}, status: {}, followUp: {} }
  for (const row of rows) facets[row.facet][row.value] = row.n
  return facets
}
