import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely'
import type { FollowUp, Status } from '../domain/taxonomy.ts'
import { DEFAULT_ZONE } from '../domain/time.ts'
import { showsCluster } from '../store/item-mapper.ts'
import type { Database } from '../store/schema.ts'
import { UNANSWERED_AFTER_DAYS } from '../understand/follow-up.ts'
import type { SearchQuery } from './search-index.ts'

/** The tsquery for a query text made by `toPrefixTsQuery`, in the configuration the stored vector uses. */
export function tsQuery(text: string): RawBuilder<unknown> {
  return sql`to_tsquery('buurtfeed_nl', ${text})`
}

/**
 * The SQL twin of `effectiveStatus` (store/item-mapper.ts): closed when the source says so, when it
 * expired, or when the event is over: its end, without one its start; an all-day event at `allDayEnd`.
 */
export function effectiveStatusSql(now: Date): RawBuilder<Status> {
  return sql<Status>`case
    when items.status = 'closed'
      or items.expires_at < ${now}
      or case when items.all_day
        then coalesce(items.ends_at, ((items.starts_at at time zone ${DEFAULT_ZONE}) + interval '1 day') at time zone ${DEFAULT_ZONE})
        else coalesce(items.ends_at, items.starts_at) end < ${now}
    then 'closed' else 'open' end`
}

/** The SQL twin of `followUpOf` (understand/follow-up.ts); null when the item needs no follow-up. */
export function followUpSql(now: Date): RawBuilder<FollowUp | null> {
  return sql<FollowUp | null>`case
    when items.status = 'open' and items.expires_at < ${now} then 'expired'
    when items.kind = 'request' and coalesce(items.reactions, 0) = 0 and ${effectiveStatusSql(now)} = 'open'
      and items.sort_at < ${now}::timestamptz - ${sql.lit(`${UNANSWERED_AFTER_DAYS} days`)}::interval then 'unanswered'
    end`
}

export interface FilterContext {
  now: Date
  /** From `toPrefixTsQuery`; null: no text filter. */
  text: string | null
  /** `soonest` lists only events still to start. */
  upcomingOnly: boolean
}

/** Every filter of a query as one condition on `items`; hidden items never match. */
export function matchesQuery(query: SearchQuery, context: FilterContext) {
  return (eb: ExpressionBuilder<Database, 'items'>): Expression<SqlBool> => {
    const conditions: Expression<SqlBool>[] = [eb('items.hidden', '=', false)]
    if (query.wijk) conditions.push(eb('items.wijk_slug', '=', query.wijk))
    if (query.kind?.length) conditions.push(eb('items.kind', 'in', query.kind))
    if (query.category?.length) conditions.push(sql<SqlBool>`items.categories && array[${sql.join(query.category)}]::text[]`)
    if (query.platform?.length) conditions.push(eb('items.platform', 'in', query.platform))
    if (query.source?.length) conditions.push(eb('items.source_id', 'in', query.source))
    if (query.status) conditions.push(sql<SqlBool>`${effectiveStatusSql(context.now)} = ${query.status}`)
    if (query.followUp) conditions.push(sql<SqlBool>`${followUpSql(context.now)} = ${query.followUp}`)
    if (query.cluster) conditions.push(eb('items.cluster_id', '=', query.cluster))
    else if (!query.platform?.length && !query.source?.length) conditions.push(showsCluster)
    if (query.from) conditions.push(sql<SqlBool>`coalesce(items.starts_at, items.sort_at) >= ${query.from}`)
    if (query.to) conditions.push(sql<SqlBool>`coalesce(items.starts_at, items.sort_at) < ${query.to}`)
    if (context.upcomingOnly) conditions.push(eb('items.starts_at', '>=', context.now))
    if (context.text !== null) {
      const tsq = tsQuery(context.text)
      // A query of only stop words ("de", "het") has no lexemes left: it filters nothing.
      conditions.push(sql<SqlBool>`(numnode(${tsq}) = 0 or items.search_vector @@ ${tsq})`)
    }
    return eb.and(conditions)
  }
}
