import type { Item } from '../domain/item.ts'
import type { Wijk } from '../store/wijken.ts'

/** An item as the outgoing feeds need it. */
export interface FeedEntry {
  item: Item
  /** When Buurtfeed first saw it: the item's own dates say when it was published or updated. */
  date: Date
}

/** Absolute addresses of a wijk's page and feeds. */
export interface WijkLinks {
  page: string
  rss: string
  atom: string
  json: string
  ics: string
  item: (id: string) => string
}

export interface FeedInput {
  wijk: Wijk
  entries: FeedEntry[]
  links: WijkLinks
  now: Date
}

export function wijkLinks(origin: string, slug: string): WijkLinks {
  const page = `${origin}/wijk/${encodeURIComponent(slug)}`
  return {
    page,
    rss: `${page}/feed.rss`,
    atom: `${page}/feed.atom`,
    json: `${page}/feed.json`,
    ics: `${page}/feed.ics`,
    item: (id) => `${origin}/api/items/${encodeURIComponent(id)}`,
  }
}

export function placeOf(item: Item): string | null {
  const parts = [item.location?.name, item.location?.address].filter((part): part is string => Boolean(part))
  return parts.length > 0 ? parts.join(', ') : null
}
