import { sql, type Kysely } from 'kysely'
import { clusterItems, type DedupeItem } from '../understand/dedupe.ts'
import { toZonedIso } from '../domain/time.ts'
import type { Location } from '../domain/item.ts'
import type { Kind } from '../domain/taxonomy.ts'
import type { Database } from './schema.ts'

/** Posts older than this are not compared any more (a copy shows up within days); events count from their start. */
const WINDOW_DAYS = 60

export interface ReclusterResult {
  /** Items whose cluster changed. */
  changed: number
  /** Items queued for the search index because their cluster or its `alsoOn` links changed. */
  queued: number
}

/**
 * Groups the recent items of each wijk into clusters (the same post on several platforms) and stores the
 * cluster of every item whose cluster changed, queueing it and its old and new fellow members for the search
 * index (their `alsoOn` links change). An item whose cluster points at an item that is gone, hidden, moved or
 * itself clustered elsewhere stands alone again, so a cluster never loses the member that shows it.
 */
export async function reclusterWijken(db: Kysely<Database>, slugs: Iterable<string>, now: Date): Promise<ReclusterResult> {
  const result: ReclusterResult = { changed: 0, queued: 0 }
  for (const slug of new Set(slugs)) {
    const wijk = await reclusterWijk(db, slug, now)
    result.changed += wijk.changed
    result.queued += wijk.queued
  }
  const orphans = await releaseOrphans(db)
  result.changed += orphans.changed
  result.queued += orphans.queued
  return result
}

async function reclusterWijk(db: Kysely<Database>, slug: string, now: Date): Promise<ReclusterResult> {
  const since = new Date(now.getTime() - WINDOW_DAYS * 86_400_000)
  const rows = await db
    .selectFrom('items')
    .select(['id', 'source_id', 'url', 'platform', 'kind', 'title', 'body_text', 'published_at', 'sort_at', 'starts_at', 'ends_at', 'all_day', 'location', 'cluster_id'])
    .where('wijk_slug', '=', slug)
    .where('hidden', '=', false)
    .where((eb) => eb.or([eb('sort_at', '>=', since), eb('starts_at', '>=', since)]))
    .execute()
  const clusters = clusterItems(rows.map(toDedupeItem))
  const changes = rows.filter((row) => (clusters.get(row.id) ?? row.id) !== row.cluster_id).map((row) => ({ id: row.id, from: row.cluster_id, to: clusters.get(row.id) ?? row.id }))
  if (changes.length === 0) return { changed: 0, queued: 0 }
  const touched = new Set(changes.flatMap((change) => [change.from, change.to]))
  const queue = rows.filter((row) => touched.has(row.cluster_id) || touched.has(clusters.get(row.id) ?? row.id)).map((row) => row.id)
  await db.transaction().execute(async (trx) => {
    await sql`update items set cluster_id = change.cluster_id
      from unnest(${changes.map((c) => c.id)}::text[], ${changes.map((c) => c.to)}::text[]) as change(id, cluster_id)
      where items.id = change.id`.execute(trx)
    await trx.insertInto('search_outbox').values(queue.map((id) => ({ item_id: id, op: 'upsert' as const }))).execute()
  })
  return { changed: changes.length, queued: queue.length }
}

async function releaseOrphans(db: Kysely<Database>): Promise<ReclusterResult> {
  return db.transaction().execute(async (trx) => {
    const released = await sql<{ id: string }>`update items set cluster_id = items.id
      where items.cluster_id <> items.id and not exists (
        select 1 from items head
        where head.id = items.cluster_id and head.cluster_id = head.id and not head.hidden
          and head.wijk_slug is not distinct from items.wijk_slug)
      returning items.id`.execute(trx)
    const ids = released.rows.map((row) => row.id)
    if (ids.length > 0) await trx.insertInto('search_outbox').values(ids.map((id) => ({ item_id: id, op: 'upsert' as const }))).execute()
    return { changed: ids.length, queued: ids.length }
  })
}

function toDedupeItem(row: {
  id: string
  source_id: string
  url: string
  platform: string
  kind: string
  title: string
  body_text: string
  published_at: Date | null
  sort_at: Date
  starts_at: Date | null
  ends_at: Date | null
  all_day: boolean
  location: Location | null
}): DedupeItem {
  return {
    id: row.id,
    sourceId: row.source_id,
    url: row.url,
    platform: row.platform,
    kind: row.kind as Kind,
    title: row.title,
    body: row.body_text,
    // Undated posts count from when they were first seen.
    publishedAt: toZonedIso(row.published_at ?? row.sort_at),
    startsAt: row.starts_at && toZonedIso(row.starts_at),
    endsAt: row.ends_at && toZonedIso(row.ends_at),
    allDay: row.all_day,
    location: row.location,
  }
}
