import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool } from 'kysely'
import type { FollowUp, Status } from '../domain/taxonomy.ts'
import { showsCluster } from '../store/item-mapper.ts'
import type { Database } from '../store/schema.ts'
import { UNANSWERED_AFTER_DAYS } from '../understand/follow-up.ts'
import type { NearPoint, SearchQuery } from './search-index.ts'

/** The tsquery for a query text made by `toPrefixTsQuery`, in the configuration the stored vector uses. */
export function tsQuery(text: string): RawBuilder<unknown> {
  return sql`to_tsquery('buurtfeed_nl', ${text})`
}

/**
 * The SQL twin of `effectiveStatus` (store/item-mapper.ts): closed when the source says so, or when it closes by
 * time (`closes_at`, a stored column: the earliest of its expiry and its event's end).
 */
export function effectiveStatusSql(now: Date): RawBuilder<Status> {
  return sql<Status>`case when items.status = 'closed' or items.closes_at < ${now} then 'closed' else 'open' end`
}

/** The SQL twin of `followUpOf` (understand/follow-up.ts); null when the item needs no follow-up. */
export function followUpSql(now: Date): RawBuilder<FollowUp | null> {
  return sql<FollowUp | null>`case
    when items.status = 'open' and items.expires_at < ${now} then 'expired'
    when items.kind = 'request' and coalesce(items.reactions, 0) = 0 and ${effectiveStatusSql(now)} = 'open'
      and items.sort_at < ${now}::timestamptz - ${sql.lit(`${UNANSWERED_AFTER_DAYS} days`)}::interval then 'unanswered'
    end`
}

/** One word of a typo-tolerant search: it matches by full text, or (when long enough) by trigrams. */
export interface FuzzyWord {
  /** From `wordTsQuery`. */
  tsquery: string
  /** The folded word for trigram similarity; null for a short word, which must match exactly. */
  typo: string | null
}

export interface FilterContext {
  now: Date
  /** From `toPrefixTsQuery`; null: no text filter. */
  text: string | null
  /** Set when full text found little: each word then matches exactly or like a typo (this replaces `text`). */
  fuzzy: FuzzyWord[] | null
  /** `soonest` lists only events not over yet: to come, or running now (today's all-day ones too). */
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
    // Events not over yet (their end, or start, still to come) and not expired: the twin of Meilisearch's.
    if (context.upcomingOnly) {
      conditions.push(sql<SqlBool>`coalesce(items.ends_at, items.starts_at) is not null and items.closes_at >= ${context.now}`)
    }
    if (query.near) conditions.push(withinSql(query.near))
    if (context.fuzzy !== null) conditions.push(...context.fuzzy.map(fuzzyWordSql))
    else if (context.text !== null) conditions.push(textSql(context.text))
    return eb.and(conditions)
  }
}

// A query of only stop words ("de", "het") has no lexemes left: it filters nothing.
function textSql(text: string): RawBuilder<SqlBool> {
  const tsq = tsQuery(text)
  return sql<SqlBool>`(numnode(${tsq}) = 0 or items.search_vector @@ ${tsq})`
}

/** `<%`: the word is like some word of the title or summary (pg_trgm word similarity, 0.6 by default; trigram index). */
function fuzzyWordSql({ tsquery, typo }: FuzzyWord): RawBuilder<SqlBool> {
  return typo === null ? textSql(tsquery) : sql<SqlBool>`(${textSql(tsquery)} or ${typo} <% items.search_words)`
}

const EARTH_RADIUS_KM = 6371

/** Great-circle (haversine) distance from the item's coordinates to the point, within the radius. */
function withinSql({ lat, lon, radiusKm }: NearPoint): RawBuilder<SqlBool> {
  const itemLat = sql`(items.location->>'lat')::float8`
  const itemLon = sql`(items.location->>'lon')::float8`
  return sql<SqlBool>`(jsonb_typeof(items.location->'lat') = 'number' and jsonb_typeof(items.location->'lon') = 'number'
    and 2 * ${EARTH_RADIUS_KM}::float8 * asin(sqrt(
      power(sin(radians(${itemLat} - ${lat}::float8) / 2), 2)
      + cos(radians(${lat}::float8)) * cos(radians(${itemLat})) * power(sin(radians(${itemLon} - ${lon}::float8) / 2), 2)
    )) <= ${radiusKm}::float8)`
}
