import { sql, type Kysely } from 'kysely'
import type { Item } from '../domain/item.ts'
import type { Category, Kind, Status } from '../domain/taxonomy.ts'
import { toZonedIso } from '../domain/time.ts'
import type { Database, ItemRow } from './schema.ts'

/** An item row joined with the names of its source and wijk: what `toItem` needs. */
export type ItemWithRefs = ItemRow & {
  source_name: string
  source_url: string
  wijk_name: string | null
}

/** Items joined with their source and wijk; every item query starts here. */
export function selectItemsWithRefs(db: Kysely<Database>) {
  return db
    .selectFrom('items')
    .innerJoin('sources', 'sources.id', 'items.source_id')
    .leftJoin('wijken', 'wijken.slug', 'items.wijk_slug')
    .selectAll('items')
    .select(['sources.name as source_name', 'wijken.name as wijk_name'])
    // Residents are sent to the source's public page; the fetch URL may be an upload on our disk.
    .select(sql<string>`coalesce(sources.site_url, sources.url)`.as('source_url'))
}

const DAY_MS = 24 * 60 * 60 * 1000

/** Closed when the source says so, when it expired, or when the event is over. */
export function effectiveStatus(row: Pick<ItemRow, 'status' | 'expires_at' | 'starts_at' | 'ends_at' | 'all_day'>, now: Date): Status {
  if (row.status === 'closed') return 'closed'
  if (row.expires_at && row.expires_at < now) return 'closed'
  const end = row.ends_at ?? (row.starts_at && row.all_day ? new Date(row.starts_at.getTime() + DAY_MS) : row.starts_at)
  if (end && end < now) return 'closed'
  return 'open'
}

const iso = (date: Date | null) => (date ? toZonedIso(date) : null)

export function toItem(row: ItemWithRefs, now: Date = new Date()): Item {
  return {
    id: row.id,
    kind: row.kind as Kind,
    categories: row.categories as Category[],
    title: row.title,
    summary: row.summary,
    bodyHtml: row.body_html,
    url: row.url,
    platform: row.platform,
    source: { id: row.source_id, name: row.source_name, url: row.source_url },
    wijk: row.wijk_slug && row.wijk_name ? { slug: row.wijk_slug, name: row.wijk_name } : null,
    location: row.location,
    startsAt: iso(row.starts_at),
    endsAt: iso(row.ends_at),
    allDay: row.all_day,
    publishedAt: iso(row.published_at),
    updatedAt: iso(row.updated_at),
    expiresAt: iso(row.expires_at),
    status: effectiveStatus(row, now),
    alsoOn: [],
  }
}
