import type { Item } from '../../domain/item.ts'
import type { Category, Kind, Status } from '../../domain/taxonomy.ts'
import { allDayEnd } from '../../store/item-mapper.ts'
import { stemmedText } from '../dutch-stems.ts'

/** As much of the body as PostgreSQL indexes (`left(body_text, 20000)`): enough to find a post by. */
const BODY_LENGTH = 20_000

/** Meilisearch filters and sorts numbers: a moment is stored as seconds since 1970 (milliseconds as the fraction). */
export function epochSeconds(moment: Date | string): number {
  return new Date(moment).getTime() / 1000
}

/**
 * What the index holds for one item: the text to search, and every field a filter, facet or sort needs. What
 * depends on the time (the effective status, follow-up) cannot be stored: filters.ts asks it of these timestamps.
 */
export interface ItemDocument {
  id: string
  /** Title, summary and body as Dutch stems (dutch-stems.ts): Meilisearch does not stem Dutch itself. */
  titleStems: string
  summaryStems: string
  bodyStems: string
  /** The place's name and address. */
  placeName: string
  postcode: string | null
  sourceName: string
  kind: Kind
  categories: Category[]
  platform: string
  sourceId: string
  /** The wijk's slug. */
  wijk: string | null
  cluster: string
  /** The member that stands for its cluster (`showsCluster` in store/item-mapper.ts). */
  showsCluster: boolean
  /** As the source says it, not the effective status. */
  sourceStatus: Status
  /** When it was posted, or first seen (`items.sort_at`): "newest" and follow-up. */
  sortAt: number
  /** The item's date for from/to: the event's start, otherwise sortAt. */
  dateAt: number
  startsAt: number | null
  /** When the event is over, as `effectiveStatus` reckons it; null when the item has no dates. */
  overAt: number | null
  expiresAt: number | null
  /** Reactions the platform shows; 0 also when it shows none (follow-up treats both alike). */
  reactions: number
  /** Only with (valid) coordinates: `_geoRadius` never matches an item without. */
  _geo?: { lat: number; lng: number }
}

/**
 * What the store keeps beside the public item: the moment it sorts by, the plain body text, and the status as the
 * source says it (the item's `status` is the effective one, as of when it was read).
 */
export interface StoredFields {
  sortAt: Date
  bodyText: string
  sourceStatus: Status
}

/** The end `effectiveStatus` (store/item-mapper.ts) compares with now: its end, without one its start; all-day events at `allDayEnd`. */
function overAt(item: Item): Date | string | null {
  if (item.allDay && item.startsAt) return allDayEnd(item.startsAt, item.endsAt).toJSDate()
  return item.endsAt ?? item.startsAt
}

/** Meilisearch refuses a whole batch for one document with coordinates off the globe: those are left out. */
function geoPoint(location: Item['location']): { lat: number; lng: number } | null {
  const { lat, lon } = location ?? {}
  if (lat === undefined || lon === undefined || !(Math.abs(lat) <= 90 && Math.abs(lon) <= 180)) return null
  return { lat, lng: lon }
}

const secondsOrNull = (moment: Date | string | null) => (moment === null ? null : epochSeconds(moment))

export function toDocument(item: Item, stored: StoredFields): ItemDocument {
  const { location } = item
  const geo = geoPoint(location)
  const sortAt = epochSeconds(stored.sortAt)
  const startsAt = secondsOrNull(item.startsAt)
  return {
    id: item.id,
    titleStems: stemmedText(item.title),
    summaryStems: stemmedText(item.summary),
    bodyStems: stemmedText(stored.bodyText.slice(0, BODY_LENGTH)),
    placeName: [location?.name, location?.address].filter(Boolean).join(', '),
    postcode: location?.postcode ?? null,
    sourceName: item.source.name,
    kind: item.kind,
    categories: item.categories,
    platform: item.platform,
    sourceId: item.source.id,
    wijk: item.wijk?.slug ?? null,
    cluster: item.cluster,
    showsCluster: item.id === item.cluster,
    sourceStatus: stored.sourceStatus,
    sortAt,
    dateAt: startsAt ?? sortAt,
    startsAt,
    overAt: secondsOrNull(overAt(item)),
    expiresAt: secondsOrNull(item.expiresAt),
    reactions: item.reactions ?? 0,
    ...(geo ? { _geo: geo } : {}),
  }
}
