import type { Item } from '../domain/item.ts'
import type { Category, FollowUp, Kind, Status } from '../domain/taxonomy.ts'

export const SORTS = ['newest', 'relevance', 'soonest'] as const
export type Sort = (typeof SORTS)[number]

/** Items whose location lies within `radiusKm` of the point (great-circle distance); items without one never match. */
export interface NearPoint {
  lat: number
  lon: number
  radiusKm: number
}

/** One search over the feed. Filters combine with AND; several values of one filter with OR. */
export interface SearchQuery {
  q?: string
  wijk?: string
  kind?: Kind[]
  category?: Category[]
  platform?: string[]
  source?: string[]
  /** On the item's date: the event's start, otherwise when it was published (or first seen). */
  from?: Date
  to?: Date
  status?: Status
  followUp?: FollowUp
  near?: NearPoint
  /**
   * The members of one cluster (the same post on several platforms). Without it, and without a platform or
   * source filter, a cluster shows once: the member that stands for it, with `alsoOn` links to the others.
   */
  cluster?: string
  /** `relevance` by default when there is a query, `newest` otherwise; `soonest` orders events by start. */
  sort?: Sort
  limit: number
  /** Opaque, from a previous result's nextCursor. */
  cursor?: string
}

export interface Facets {
  kind: Record<string, number>
  category: Record<string, number>
  platform: Record<string, number>
  source: Record<string, number>
  status: Record<string, number>
  followUp: Record<string, number>
}

/** The words a query matched, in title and summary: HTML-escaped text with `<mark>...</mark>` around them. */
export interface Highlight {
  title: string
  summary: string
}

/** An item found by a search; with a query text, its highlighted title and summary. */
export type SearchHit = Item & { highlight?: Highlight }

export interface SearchResult {
  items: SearchHit[]
  nextCursor: string | null
  total: number
  facets: Facets
}

export interface IndexChanges {
  upserts: Item[]
  deletes: string[]
}

/** The search backends (PostgreSQL full text, Meilisearch) behind one interface. */
export interface SearchIndex {
  readonly backend: 'postgres' | 'meilisearch'
  search(query: SearchQuery): Promise<SearchResult>
  /** Applies stored changes (from the outbox). Throws when the index cannot be reached; the outbox keeps them. */
  apply(changes: IndexChanges): Promise<void>
  /** Empties the index before a rebuild (`buurtfeed reindex` then queues every visible item). */
  reset(): Promise<void>
}

/** A cursor that does not come from us, or from an older query shape. */
export class InvalidCursorError extends Error {
  override readonly name = 'InvalidCursorError'
}
