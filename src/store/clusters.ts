import { sql, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely'
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
  return db.transaction().execute(async (trx) => {
    // One clustering of a wijk at a time (two ingests on a server): the second waits, then sees the first's result.
    await sql`select pg_advisory_xact_lock(hashtext(${`buurtfeed:cluster:${slug}`}))`.execute(trx)
    const recent = (eb: ExpressionBuilder<Database, 'items'>) => eb.or([eb('items.sort_at', '>=', since), eb('items.starts_at', '>=', since)])
    const rows = await trx
      .selectFrom('items')
      .select(['id', 'source_id', 'url', 'platform', 'kind', 'title', 'body_text', 'published_at', 'sort_at', 'starts_at', 'ends_at', 'all_day', 'location', 'cluster_id'])
      .where('wijk_slug', '=', slug)
      .where('hidden', '=', false)
      // Older members of a cluster that has recent ones come along, so a cluster does not fall apart as it ages.
      .where((eb) => eb.or([recent(eb), eb('cluster_id', 'in', eb.selectFrom('items').select('items.cluster_id').where('items.wijk_slug', '=', slug).where(recent))]))
      .execute()
    const clusters = withShowingMembers(rows, clusterItems(rows.map(toDedupeItem)))
    const clusterOf = (row: { id: string }) => clusters.get(row.id) ?? row.id
    const changes = rows.filter((row) => clusterOf(row) !== row.cluster_id).map((row) => ({ id: row.id, from: row.cluster_id, to: clusterOf(row) }))
    if (changes.length === 0) return { changed: 0, queued: 0 }
    const touched = new Set(changes.flatMap((change) => [change.from, change.to]))
    const queue = rows.filter((row) => touched.has(row.cluster_id) || touched.has(clusterOf(row))).map((row) => row.id)
    await sql`update items set cluster_id = change.cluster_id
      from unnest(${changes.map((c) => c.id)}::text[], ${changes.map((c) => c.to)}::text[]) as change(id, cluster_id)
      where items.id = change.id`.execute(trx)
    await trx.insertInto('search_outbox').values(queue.map((id) => ({ item_id: id, op: 'upsert' as const }))).execute()
    return { changed: changes.length, queued: queue.length }
  })
}

type ClusteredRow = { id: string; kind: string; starts_at: Date | null; location: Location | null; sort_at: Date }

/**
 * Which member shows a cluster, and so gives it its id: filters and the calendar look at that member, so an
 * activity with its date comes first, then a member that says where, then the first posted.
 */
function withShowingMembers(rows: ClusteredRow[], clusters: Map<string, string>): Map<string, string> {
  const members = new Map<string, ClusteredRow[]>()
  for (const row of rows) {
    const cluster = clusters.get(row.id) ?? row.id
    const group = members.get(cluster)
    if (group) group.push(row)
    else members.set(cluster, [row])
  }
  const dated = (row: ClusteredRow) => (row.kind === 'event' && row.starts_at ? 0 : 1)
  const placed = (row: ClusteredRow) => (row.location ? 0 : 1)
  const byShowing = (a: ClusteredRow, b: ClusteredRow) =>
    dated(a) - dated(b) || placed(a) - placed(b) || a.sort_at.getTime() - b.sort_at.getTime() || a.id.localeCompare(b.id)
  const shown = new Map<string, string>()
  for (const group of members.values()) {
    const head = group.sort(byShowing)[0]!.id
    for (const row of group) shown.set(row.id, head)
  }
  return shown
}

async function releaseOrphans(db: Kysely<Database>): Promise<ReclusterResult> {
  return db.transaction().execute(async (trx) => {
    const orphans = await trx
      .selectFrom('items')
      .select(['items.id', 'items.cluster_id'])
      .where(sql<SqlBool>`items.cluster_id <> items.id`)
      .where(({ not, exists, selectFrom }) =>
        not(
          exists(
            selectFrom('items as head')
              .select('head.id')
              .whereRef('head.id', '=', 'items.cluster_id')
              .where(sql<SqlBool>`head.cluster_id = head.id and not head.hidden and head.wijk_slug is not distinct from items.wijk_slug`),
          ),
        ),
      )
      .execute()
    if (orphans.length === 0) return { changed: 0, queued: 0 }
    const ids = orphans.map((row) => row.id)
    await trx.updateTable('items').set((eb) => ({ cluster_id: eb.ref('id') })).where('id', 'in', ids).execute()
    // The member it pointed at (moved, or clustered elsewhere) loses a link too.
    const queue = [...new Set([...ids, ...orphans.map((row) => row.cluster_id)])]
    await trx.insertInto('search_outbox').values(queue.map((id) => ({ item_id: id, op: 'upsert' as const }))).execute()
    return { changed: ids.length, queued: queue.length }
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
