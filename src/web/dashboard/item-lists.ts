import { sql, type Kysely } from 'kysely'
import type { Item } from '../../domain/item.ts'
import { matchesQuery } from '../../search/postgres-filters.ts'
import type { SearchQuery } from '../../search/search-index.ts'
import { selectItemsWithRefs, toItem } from '../../store/item-mapper.ts'
import type { Database } from '../../store/schema.ts'

/** The first items of a longer list, and how long the list is. */
export interface ItemList<T> {
  items: T[]
  total: number
}

export interface UnansweredRequest {
  item: Item
  /** When it was posted, or first seen when the platform does not say: what its age counts from. */
  postedAt: Date
}

export interface NewItem {
  item: Item
  firstSeenAt: Date
}

/** The wijk's feed as residents see it (one item per cluster, nothing hidden), narrowed like a search. */
function feedFilter(slug: string, now: Date, query: Omit<SearchQuery, 'wijk' | 'limit'> = {}) {
  return matchesQuery({ ...query, wijk: slug, limit: 0 }, { now, text: null, fuzzy: null, upcomingOnly: false })
}

async function countOf(db: Kysely<Database>, filter: ReturnType<typeof feedFilter>, extra = sql<boolean>`true`): Promise<number> {
  const row = await db.selectFrom('items').where(filter).where(extra).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
  return row.n
}

/** Open requests nobody visibly reacted to (followUp `unanswered`), the oldest first. */
export async function unansweredRequests(db: Kysely<Database>, slug: string, now: Date, limit: number): Promise<ItemList<UnansweredRequest>> {
  const filter = feedFilter(slug, now, { followUp: 'unanswered' })
  const [rows, total] = await Promise.all([
    selectItemsWithRefs(db).where(filter).orderBy('items.sort_at', 'asc').orderBy('items.id').limit(limit).execute(),
    countOf(db, filter),
  ])
  return { items: rows.map((row) => ({ item: toItem(row, now), postedAt: row.sort_at })), total }
}

/** Items Buurtfeed first saw after `since`, the newest first. */
export async function itemsSeenSince(db: Kysely<Database>, slug: string, since: Date, now: Date, limit: number): Promise<ItemList<NewItem>> {
  const filter = feedFilter(slug, now)
  const seenSince = sql<boolean>`items.first_seen_at > ${since}`
  const [rows, total] = await Promise.all([
    selectItemsWithRefs(db).where(filter).where(seenSince).orderBy('items.first_seen_at', 'desc').orderBy('items.id').limit(limit).execute(),
    countOf(db, filter, seenSince),
  ])
  return { items: rows.map((row) => ({ item: toItem(row, now), firstSeenAt: row.first_seen_at })), total }
}
