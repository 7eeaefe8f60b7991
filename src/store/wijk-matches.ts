import { sql, type Kysely, type SqlBool } from 'kysely'
import type { Item } from '../domain/item.ts'
import { effectiveStatusSql } from '../search/postgres-filters.ts'
import { matchRequests } from '../understand/match.ts'
import { selectItemsWithRefs, showsCluster, toItem } from './item-mapper.ts'
import type { Database } from './schema.ts'

/**
 * The newest open requests and offers of a wijk that are compared (older ones have most likely been settled):
 * every pair is compared, so this bounds the work of one answer.
 */
const MAX_COMPARED = 200

export interface RequestMatches {
  request: Item
  suggestions: { offer: Item; score: number; reason: string }[]
}

export interface WijkMatches {
  /** Open requests compared. */
  requests: number
  /** Open offers compared. */
  offers: number
  /** The requests an offer fits, the best fitting first. */
  matches: RequestMatches[]
}

/** For each open request of a wijk, the open offers of the same wijk (any platform) that fit it, best first. */
export async function findWijkMatches(db: Kysely<Database>, slug: string, now: Date): Promise<WijkMatches> {
  const [requests, offers] = await Promise.all([openPosts(db, slug, 'request', now), openPosts(db, slug, 'offer', now)])
  const offersById = new Map(offers.map((offer) => [offer.item.id, offer.item]))
  const found = matchRequests(requests.map(toMatchItem), offers.map(toMatchItem))
  const matches = requests
    .map(({ item }) => ({
      request: item,
      suggestions: (found.get(item.id) ?? []).map(({ offerId, score, reason }) => ({ offer: offersById.get(offerId)!, score, reason })),
    }))
    .filter((match) => match.suggestions.length > 0)
    .sort((a, b) => b.suggestions[0]!.score - a.suggestions[0]!.score || a.request.id.localeCompare(b.request.id))
  return { requests: requests.length, offers: offers.length, matches }
}

async function openPosts(db: Kysely<Database>, slug: string, kind: 'request' | 'offer', now: Date) {
  const rows = await selectItemsWithRefs(db)
    .where('items.wijk_slug', '=', slug)
    .where('items.kind', '=', kind)
    .where('items.hidden', '=', false)
    // One member stands for its cluster: the same request on two platforms is matched once.
    .where(showsCluster)
    .where(sql<SqlBool>`${effectiveStatusSql(now)} = 'open'`)
    .orderBy('items.sort_at', 'desc')
    .orderBy('items.id')
    .limit(MAX_COMPARED)
    .execute()
  return rows.map((row) => ({ item: toItem(row, now), bodyText: row.body_text }))
}

function toMatchItem({ item, bodyText }: { item: Item; bodyText: string }) {
  return { id: item.id, title: item.title, body: bodyText, categories: item.categories, platform: item.platform, publishedAt: item.publishedAt }
}
