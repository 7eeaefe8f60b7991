import { sql, type Kysely, type SqlBool } from 'kysely'
import { DateTime } from 'luxon'
import type { Item } from '../domain/item.ts'
import { followUpOf } from '../understand/follow-up.ts'
import type { Category, Kind, Status } from '../domain/taxonomy.ts'
import { DEFAULT_ZONE, toZonedIso } from '../domain/time.ts'
import type { Database, ItemRow } from './schema.ts'

/** An item row joined with the names of its source and wijk and the other members of its cluster: what `toItem` needs. */
export type ItemWithRefs = ItemRow & {
  source_name: string
  source_url: string
  wijk_name: string | null
  also_on: Item['alsoOn']
}

/** The item shows its cluster (the same post on several platforms); the other members are its `alsoOn` links. */
export const showsCluster = sql<SqlBool>`items.shows_cluster`

/** Items joined with their source, wijk and cluster; every item query starts here. */
export function selectItemsWithRefs(db: Kysely<Database>) {
  return db
    .selectFrom('items')
    .innerJoin('sources', 'sources.id', 'items.source_id')
    .leftJoin('wijken', 'wijken.slug', 'items.wijk_slug')
    .selectAll('items')
    .select(['sources.name as source_name', 'wijken.name as wijk_name'])
    // Residents are sent to the source's public page; the fetch URL may be an upload on our disk.
    .select(sql<string>`coalesce(sources.site_url, sources.url)`.as('source_url'))
    .select(
      sql<Item['alsoOn']>`(select coalesce(json_agg(json_build_object(
          'platform', member.platform, 'url', member.url, 'sourceName', member_source.name) order by member.platform, member.id), '[]')
        from items member join sources member_source on member_source.id = member.source_id
        where member.cluster_id = items.cluster_id and member.id <> items.id and not member.hidden)`.as('also_on'),
    )
}

/** A stored or ISO 8601 moment in Europe/Amsterdam time. */
export function inAmsterdam(moment: Date | string): DateTime {
  return (typeof moment === 'string' ? DateTime.fromISO(moment) : DateTime.fromJSDate(moment)).setZone(DEFAULT_ZONE)
}

/**
 * When an all-day event is over: its end, which is exclusive like iCalendar's DTEND (the local midnight after
 * its last day), or without one the local midnight after the day it starts. Its last day is the day before.
 * Migration 0008 (the stored `closes_at`) says the same in SQL.
 */
export function allDayEnd(startsAt: Date | string, endsAt: Date | string | null): DateTime {
  return endsAt ? inAmsterdam(endsAt) : inAmsterdam(startsAt).plus({ days: 1 })
}

/** Closed when the source says so, when it expired, or when the event is over (without an end: once it started). */
export function effectiveStatus(row: Pick<ItemRow, 'status' | 'expires_at' | 'starts_at' | 'ends_at' | 'all_day'>, now: Date): Status {
  if (row.status === 'closed') return 'closed'
  if (row.expires_at && row.expires_at < now) return 'closed'
  const end = row.all_day && row.starts_at ? allDayEnd(row.starts_at, row.ends_at).toJSDate() : (row.ends_at ?? row.starts_at)
  if (end && end < now) return 'closed'
  return 'open'
}

const iso = (date: Date | null) => (date ? toZonedIso(date) : null)

export function toItem(row: ItemWithRefs, now: Date = new Date()): Item {
  const status = effectiveStatus(row, now)
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
    status,
    cluster: row.cluster_id,
    alsoOn: row.also_on,
    reactions: row.reactions,
    followUp: followUpOf(
      { kind: row.kind, sourceStatus: row.status, effectiveStatus: status, expiresAt: row.expires_at, reactions: row.reactions, postedAt: row.sort_at },
      now,
    ),
  }
}
