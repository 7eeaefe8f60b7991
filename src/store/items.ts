import { sql, type Kysely, type Transaction } from 'kysely'
import type { Item } from '../domain/item.ts'
import type { PlacedBy } from '../domain/placement.ts'
import type { Database, NewItemRow } from './schema.ts'
import { reclusterWijken } from './clusters.ts'
import { selectItemsWithRefs, toItem } from './item-mapper.ts'

/** What ingestion stores for one item: the public item plus what search and change detection need. */
export interface StoredItemInput {
  item: Item
  classifiedBy: string
  placedBy: PlacedBy
  bodyText: string
  contentHash: string
  sourceCategories: string[]
}

export interface UpsertResult {
  inserted: number
  updated: number
  unchanged: number
  /** Items a tombstone keeps out (removed or taken down before). */
  tombstoned: number
}

type Db = Kysely<Database> | Transaction<Database>

const BATCH = 200

// Everything the source controls; never `hidden` (a buurtmaker's decision) or `first_seen_at`.
const UPDATED_COLUMNS = [
  'platform', 'kind', 'classified_by', 'categories', 'source_categories', 'title', 'summary', 'body_html',
  'body_text', 'url', 'wijk_slug', 'location', 'starts_at', 'ends_at', 'all_day', 'published_at',
  'updated_at', 'expires_at', 'status', 'reactions', 'placed_by', 'content_hash',
] as const satisfies readonly (keyof NewItemRow)[]
type UpdatedColumn = (typeof UPDATED_COLUMNS)[number]

/** The items row for a stored item, as ingestion writes it. */
export function toRow(sourceId: string, input: StoredItemInput): NewItemRow {
  const { item } = input
  return {
    id: item.id,
    source_id: sourceId,
    platform: item.platform,
    kind: item.kind,
    classified_by: input.classifiedBy,
    categories: item.categories,
    source_categories: input.sourceCategories,
    title: item.title,
    summary: item.summary,
    body_html: item.bodyHtml,
    body_text: input.bodyText,
    url: item.url,
    wijk_slug: item.wijk?.slug ?? null,
    location: item.location ? JSON.stringify(item.location) : null,
    starts_at: item.startsAt,
    ends_at: item.endsAt,
    all_day: item.allDay,
    published_at: item.publishedAt,
    updated_at: item.updatedAt,
    expires_at: item.expiresAt,
    status: item.status,
    reactions: item.reactions,
    placed_by: input.placedBy,
    content_hash: input.contentHash,
    // A new item stands alone until clustering (understand/cluster-store.ts) finds it elsewhere.
    cluster_id: item.id,
  }
}

/**
 * Stores a run's items idempotently: new rows are inserted, changed rows (by content hash) updated,
 * unchanged rows not written at all; every write queues the item for the search index in the same
 * transaction. Hidden stays hidden; tombstoned ids stay out.
 */
export async function upsertItems(db: Kysely<Database>, sourceId: string, inputs: StoredItemInput[]): Promise<UpsertResult> {
  const unique = [...new Map(inputs.map((input) => [input.item.id, input])).values()]
  const result: UpsertResult = { inserted: 0, updated: 0, unchanged: 0, tombstoned: 0 }
  for (let start = 0; start < unique.length; start += BATCH) {
    const batch = unique.slice(start, start + BATCH)
    await db.transaction().execute(async (trx) => {
      const ids = batch.map((input) => input.item.id)
      const buried = new Set(
        (await trx.selectFrom('tombstones').select('item_id').where('item_id', 'in', ids).execute()).map((r) => r.item_id),
      )
      const rows = batch.filter((input) => !buried.has(input.item.id)).map((input) => toRow(sourceId, input))
      result.tombstoned += batch.length - rows.length
      if (rows.length === 0) return
      const written = await trx
        .insertInto('items')
        .values(rows)
        .onConflict((oc) =>
          oc
            .column('id')
            .doUpdateSet((eb) =>
              Object.fromEntries(UPDATED_COLUMNS.map((c) => [c, eb.ref(`excluded.${c}` as `excluded.${UpdatedColumn}`)])),
            )
            .where('items.content_hash', 'is distinct from', (eb) => eb.ref('excluded.content_hash')),
        )
        .returning(['id', sql<boolean>`xmax = 0`.as('inserted')])
        .execute()
      const inserted = written.filter((w) => w.inserted).length
      result.inserted += inserted
      result.updated += written.length - inserted
      result.unchanged += rows.length - written.length
      if (written.length > 0) {
        await trx.insertInto('search_outbox').values(written.map((w) => ({ item_id: w.id, op: 'upsert' as const }))).execute()
      }
    })
  }
  return result
}

/** The other visible members of these items' clusters lose an `alsoOn` link: the search index gets them again. */
async function queueClusterMates(trx: Transaction<Database>, ids: string[]): Promise<void> {
  await trx
    .insertInto('search_outbox')
    .columns(['item_id', 'op'])
    .expression((eb) =>
      eb
        .selectFrom('items')
        .select(['items.id', sql<'upsert'>`'upsert'`.as('op')])
        .where('items.hidden', '=', false)
        .where('items.id', 'not in', ids)
        .where('items.cluster_id', 'in', eb.selectFrom('items as gone').select('gone.cluster_id').where('gone.id', 'in', ids)),
    )
    .execute()
}

/** Deletes items, queues their removal from the index and leaves tombstones. Runs inside the caller's transaction. */
async function buryItems(trx: Transaction<Database>, rows: { id: string; source_id: string }[], reason: string): Promise<void> {
  if (rows.length === 0) return
  const ids = rows.map((r) => r.id)
  await queueClusterMates(trx, ids)
  await trx
    .insertInto('tombstones')
    .values(rows.map((r) => ({ item_id: r.id, source_id: r.source_id, reason })))
    .onConflict((oc) => oc.column('item_id').doNothing())
    .execute()
  await trx.insertInto('search_outbox').values(ids.map((id) => ({ item_id: id, op: 'delete' as const }))).execute()
  await trx.deleteFrom('items').where('id', 'in', ids).execute()
}

/** When the store first saw each item of a source. */
export async function firstSeenOfSource(db: Kysely<Database>, sourceId: string): Promise<Map<string, Date>> {
  const rows = await db.selectFrom('items').select(['id', 'first_seen_at']).where('source_id', '=', sourceId).execute()
  return new Map(rows.map((row) => [row.id, row.first_seen_at]))
}

/** The wijken a source's items are placed in. */
export async function wijkenOfSource(db: Kysely<Database>, sourceId: string): Promise<string[]> {
  const rows = await db.selectFrom('items').select('wijk_slug').distinct().where('source_id', '=', sourceId).where('wijk_slug', 'is not', null).execute()
  return rows.map((row) => row.wijk_slug!)
}

export async function removeItemsOfSource(trx: Transaction<Database>, sourceId: string, reason: string): Promise<number> {
  const rows = await trx.selectFrom('items').select(['id', 'source_id']).where('source_id', '=', sourceId).execute()
  await buryItems(trx, rows, reason)
  return rows.length
}

/**
 * After a complete listing of a source: upcoming or undated items it no longer lists were taken down
 * on the platform, so they leave the feed. Past events stay as history.
 */
export async function removeMissingItems(db: Kysely<Database>, sourceId: string, seenIds: string[], now: Date): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const seen = new Set(seenIds)
    const rows = await trx
      .selectFrom('items')
      .select(['id', 'source_id'])
      .where('source_id', '=', sourceId)
      .where((eb) => eb.or([eb('starts_at', 'is', null), eb('starts_at', '>=', now)]))
      .execute()
    const missing = rows.filter((r) => !seen.has(r.id))
    await buryItems(trx, missing, 'gone')
    return missing.length
  })
}

/**
 * Hides an item from every public output; re-ingesting it does not bring it back. The rest of its cluster
 * is grouped again, so another member shows the post when the hidden one stood for it.
 */
export async function hideItem(db: Kysely<Database>, id: string, now: Date = new Date()): Promise<boolean> {
  const hidden = await db.transaction().execute(async (trx) => {
    const row = await trx.updateTable('items').set({ hidden: true }).where('id', '=', id).returning('wijk_slug').executeTakeFirst()
    if (!row) return null
    await trx.insertInto('search_outbox').values({ item_id: id, op: 'delete' }).execute()
    await queueClusterMates(trx, [id])
    return row
  })
  if (!hidden) return false
  await reclusterWijken(db, hidden.wijk_slug ? [hidden.wijk_slug] : [], now)
  return true
}

export async function findItem(db: Kysely<Database>, id: string, now: Date = new Date()): Promise<Item | null> {
  const row = await selectItemsWithRefs(db).where('items.id', '=', id).where('items.hidden', '=', false).executeTakeFirst()
  return row ? toItem(row, now) : null
}

/** Visible items by id, in no particular order (the search index's document source). */
export async function findItems(db: Db, ids: string[], now: Date = new Date()): Promise<Item[]> {
  if (ids.length === 0) return []
  const rows = await selectItemsWithRefs(db as Kysely<Database>)
    .where('items.id', 'in', ids)
    .where('items.hidden', '=', false)
    .execute()
  return rows.map((row) => toItem(row, now))
}
