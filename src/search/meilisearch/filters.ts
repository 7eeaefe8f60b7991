import type { FollowUp, Status } from '../../domain/taxonomy.ts'
import { UNANSWERED_AFTER_DAYS } from '../../understand/follow-up.ts'
import type { SearchQuery } from '../search-index.ts'
import { epochSeconds } from './document.ts'

export interface FilterContext {
  now: Date
  /** `soonest` lists only events still to start. */
  upcomingOnly: boolean
}

/**
 * A value as a double-quoted filter string. Meilisearch's parser reads a backslash as escaping the next
 * character, so escaping both backslashes and quotes keeps any value inside its quotes: it can never end the
 * string early or add to the expression. Meilisearch only unescapes `\"`, so a value with a backslash matches
 * nothing (no source id, platform, wijk or cluster has one).
 */
export function quote(value: string): string {
  return `"${value.replace(/[\\"]/g, (char) => `\\${char}`)}"`
}

function anyOf(attribute: string, values: readonly string[]): string {
  return `${attribute} IN [${values.map(quote).join(', ')}]`
}

/**
 * The twin of `effectiveStatusSql` (search/postgres-filters.ts): closed when the source says so, when it
 * expired, or when the event is over (`overAt`, stored per item). A comparison never matches a missing value.
 */
function closedFilter(now: Date): string {
  const at = epochSeconds(now)
  return `(sourceStatus = "closed" OR expiresAt < ${at} OR overAt < ${at})`
}

/** Open is everything not closed: Meilisearch's NOT is the complement, so it includes items without dates. */
export function statusFilter(status: Status, now: Date): string {
  return status === 'closed' ? closedFilter(now) : `NOT ${closedFilter(now)}`
}

/**
 * The twin of `followUpSql`: `expired` when it passed its end date while its source still lists it as open;
 * `unanswered` for an open request with no reactions posted more than UNANSWERED_AFTER_DAYS ago. An expired
 * item is closed, so the two never overlap (as the first match of the SQL case).
 */
export function followUpFilter(followUp: FollowUp, now: Date): string {
  const at = epochSeconds(now)
  if (followUp === 'expired') return `(sourceStatus = "open" AND expiresAt < ${at})`
  const postedBefore = at - UNANSWERED_AFTER_DAYS * 86_400
  return `(kind = "request" AND reactions = 0 AND ${statusFilter('open', now)} AND sortAt < ${postedBefore})`
}

/**
 * Every filter of a query, as expressions Meilisearch combines with AND (the twin of `matchesQuery`). Hidden
 * items are never in the index.
 */
export function searchFilter(query: SearchQuery, context: FilterContext): string[] {
  const filters: string[] = []
  if (query.wijk) filters.push(`wijk = ${quote(query.wijk)}`)
  if (query.kind?.length) filters.push(anyOf('kind', query.kind))
  if (query.category?.length) filters.push(anyOf('categories', query.category))
  if (query.platform?.length) filters.push(anyOf('platform', query.platform))
  if (query.source?.length) filters.push(anyOf('sourceId', query.source))
  if (query.status) filters.push(statusFilter(query.status, context.now))
  if (query.followUp) filters.push(followUpFilter(query.followUp, context.now))
  if (query.cluster) filters.push(`cluster = ${quote(query.cluster)}`)
  else if (!query.platform?.length && !query.source?.length) filters.push('showsCluster = true')
  if (query.from) filters.push(`dateAt >= ${epochSeconds(query.from)}`)
  if (query.to) filters.push(`dateAt < ${epochSeconds(query.to)}`)
  // Events not over yet, and not expired (the twin of `items.closes_at >= now` for items with dates).
  if (context.upcomingOnly) filters.push(`(overAt >= ${epochSeconds(context.now)} AND NOT expiresAt < ${epochSeconds(context.now)})`)
  if (query.near) filters.push(`_geoRadius(${query.near.lat}, ${query.near.lon}, ${query.near.radiusKm * 1000})`)
  return filters
}
