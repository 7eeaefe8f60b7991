import type { Kysely } from 'kysely'
import { MeilisearchApiError, type Hit, type Meilisearch, type MultiSearchQuery, type SearchResponse } from 'meilisearch'
import { z } from 'zod'
import type { Item } from '../../domain/item.ts'
import type { Status } from '../../domain/taxonomy.ts'
import { findItems } from '../../store/items.ts'
import { enqueueAll } from '../../store/outbox.ts'
import type { Database } from '../../store/schema.ts'
import { decodeCursor, encodeCursor } from '../cursor.ts'
import {
  InvalidCursorError, SORTS, type Facets, type IndexChanges, type SearchHit, type SearchIndex, type SearchQuery,
  type SearchResult,
} from '../search-index.ts'
import { stemmedQuery } from '../dutch-stems.ts'
import { highlight, highlightTerms, type HighlightTerms } from '../highlight.ts'
import { toDocument, type ItemDocument, type StoredFields } from './document.ts'
import { followUpFilter, searchFilter, statusFilter } from './filters.ts'
import { INDEX_SETTINGS } from './settings.ts'
import { completed, MeilisearchTaskError } from './tasks.ts'

/** Documents (or ids to delete) per request. */
const BATCH_SIZE = 1000

/** An order asked for; relevance is the ranking rules' own order. */
const SORT_ORDERS = { newest: ['sortAt:desc', 'id:asc'], soonest: ['startsAt:asc', 'id:asc'] }

/** Our facet names and the document attributes Meilisearch counts them on. */
const FACET_ATTRIBUTES = { kind: 'kind', category: 'categories', platform: 'platform', source: 'sourceId' } as const

/** Facets that depend on the time, so no document holds them: each value is counted by a search of its own. */
const TIMED_FACETS = [
  { facet: 'status', value: 'open', filter: (now: Date) => statusFilter('open', now) },
  { facet: 'status', value: 'closed', filter: (now: Date) => statusFilter('closed', now) },
  { facet: 'followUp', value: 'expired', filter: (now: Date) => followUpFilter('expired', now) },
  { facet: 'followUp', value: 'unanswered', filter: (now: Date) => followUpFilter('unanswered', now) },
] as const

const cursorSchema = z.object({
  sort: z.enum(SORTS),
  /** The first page's time: later pages filter as of then, so paging never repeats or skips. */
  now: z.iso.datetime(),
  offset: z.number().int().min(0),
})
type Cursor = z.infer<typeof cursorSchema>

export interface MeilisearchSearchOptions {
  client: Meilisearch
  indexUid: string
  /** Hits are read from PostgreSQL, the source of truth, and so are the fields an item does not carry. */
  db: Kysely<Database>
  now?: () => Date
}

/**
 * Every item kind counts once, so the kind counts add up to the number of matches: unlike estimatedTotalHits,
 * facet counts are not capped at maxTotalHits.
 */
function matchCount(response: SearchResponse | undefined): number {
  return Object.values(response?.facetDistribution?.[FACET_ATTRIBUTES.kind] ?? {}).reduce((sum, n) => sum + n, 0)
}

/** Search in a Meilisearch index that the outbox keeps up to date; hits are read from PostgreSQL. */
export class MeilisearchSearch implements SearchIndex {
  readonly backend = 'meilisearch'
  private readonly client: Meilisearch
  private readonly indexUid: string
  private readonly db: Kysely<Database>
  private readonly now: () => Date
  private ready: Promise<void> | null = null

  constructor(options: MeilisearchSearchOptions) {
    this.client = options.client
    this.indexUid = options.indexUid
    this.db = options.db
    this.now = options.now ?? (() => new Date())
  }

  /**
   * Creates the index when missing, queueing every item for it (a new index is empty), and applies the
   * settings; once. `apply` and `search` call it first, so it is retried until it succeeds.
   */
  setup(): Promise<void> {
    this.ready ??= this.prepare({ queueItems: true }).catch((error: unknown) => {
      this.ready = null
      throw error
    })
    return this.ready
  }

  /** A new, empty index with the settings, for `buurtfeed reindex`, which then queues every item itself. */
  async reset(): Promise<void> {
    await this.deleteIndex()
    this.ready = this.prepare({ queueItems: false }).catch((error: unknown) => {
      this.ready = null
      throw error
    })
    await this.ready
  }

  /** Deletes the index with its documents; nothing happens when there is none. */
  async deleteIndex(): Promise<void> {
    this.ready = null
    try {
      await completed(this.client.deleteIndex(this.indexUid))
    } catch (error) {
      if (!(error instanceof MeilisearchTaskError && error.code === 'index_not_found')) throw error
    }
  }

  async apply({ upserts, deletes }: IndexChanges): Promise<void> {
    await this.setup()
    const index = this.client.index<ItemDocument>(this.indexUid)
    const documents = await this.documentsOf(upserts)
    for (let start = 0; start < documents.length; start += BATCH_SIZE) {
      await completed(index.addDocuments(documents.slice(start, start + BATCH_SIZE), { primaryKey: 'id' }))
    }
    for (let start = 0; start < deletes.length; start += BATCH_SIZE) {
      await completed(index.deleteDocuments(deletes.slice(start, start + BATCH_SIZE)))
    }
  }

  async search(query: SearchQuery): Promise<SearchResult> {
    const text = stemmedQuery(query.q)
    const sort = query.sort ?? (text === '' ? 'newest' : 'relevance')
    const cursor = query.cursor === undefined ? null : decodeCursor(query.cursor, cursorSchema)
    if (cursor && cursor.sort !== sort) throw new InvalidCursorError(`the cursor belongs to sort=${cursor.sort}, not sort=${sort}`)
    const now = cursor ? new Date(cursor.now) : this.now()
    const offset = cursor?.offset ?? 0
    await this.setup()

    const filter = searchFilter(query, { now, upcomingOnly: sort === 'soonest' })
    const base = { indexUid: this.indexUid, q: text, matchingStrategy: 'all', locales: ['nld'] } satisfies MultiSearchQuery
    const order = sort === 'relevance' ? (text === '' ? SORT_ORDERS.newest : undefined) : SORT_ORDERS[sort]
    const page: MultiSearchQuery = {
      ...base,
      filter,
      ...(order ? { sort: order } : {}),
      facets: Object.values(FACET_ATTRIBUTES),
      offset,
      limit: query.limit + 1,
      attributesToRetrieve: ['id'],
    }
    const counts = TIMED_FACETS.map(
      (timed): MultiSearchQuery => ({ ...base, filter: [...filter, timed.filter(now)], facets: [FACET_ATTRIBUTES.kind], limit: 0 }),
    )
    const { results } = await this.client.multiSearch({ queries: [page, ...counts] })
    const [found, ...counted] = results

    const hits = found?.hits ?? []
    const distribution = found?.facetDistribution ?? {}
    const facets: Facets = {
      kind: distribution[FACET_ATTRIBUTES.kind] ?? {},
      category: distribution[FACET_ATTRIBUTES.category] ?? {},
      platform: distribution[FACET_ATTRIBUTES.platform] ?? {},
      source: distribution[FACET_ATTRIBUTES.source] ?? {},
      status: {},
      followUp: {},
    }
    TIMED_FACETS.forEach(({ facet, value }, i) => {
      const n = matchCount(counted[i])
      if (n > 0) facets[facet][value] = n
    })
    return {
      items: await this.hydrate(hits.slice(0, query.limit), now, text === '' ? null : highlightTerms(query.q, true)),
      nextCursor: hits.length > query.limit ? encodeCursor({ sort, now: now.toISOString(), offset: offset + query.limit } satisfies Cursor) : null,
      total: matchCount(found),
      facets,
    }
  }

  private async prepare({ queueItems }: { queueItems: boolean }): Promise<void> {
    if (!(await this.indexExists())) {
      await completed(this.client.createIndex(this.indexUid, { primaryKey: 'id' }))
      if (queueItems) await enqueueAll(this.db)
    }
    await completed(this.client.index(this.indexUid).updateSettings(INDEX_SETTINGS))
  }

  private async indexExists(): Promise<boolean> {
    try {
      await this.client.getRawIndex(this.indexUid)
      return true
    } catch (error) {
      if (error instanceof MeilisearchApiError && error.cause?.code === 'index_not_found') return false
      throw error
    }
  }

  /** The items as documents, with what only the store has; an item deleted meanwhile has its delete queued behind it. */
  private async documentsOf(items: Item[]): Promise<ItemDocument[]> {
    if (items.length === 0) return []
    const rows = await this.db
      .selectFrom('items')
      .select(['id', 'sort_at', 'body_text', 'status'])
      .where('id', 'in', items.map((item) => item.id))
      .execute()
    const stored = new Map(
      rows.map((row): [string, StoredFields] => [row.id, { sortAt: row.sort_at, bodyText: row.body_text, sourceStatus: row.status as Status }]),
    )
    return items.flatMap((item) => {
      const fields = stored.get(item.id)
      return fields ? [toDocument(item, fields)] : []
    })
  }

  /**
   * The hits as items from PostgreSQL, in Meilisearch's order: an item hidden or removed a moment ago is gone at
   * once, before the index hears of it.
   */
  private async hydrate(hits: Hit[], now: Date, terms: HighlightTerms | null): Promise<SearchHit[]> {
    const ids = hits.map((hit) => String(hit.id))
    const items = new Map((await findItems(this.db, ids, now)).map((item) => [item.id, item]))
    return hits.flatMap((hit): SearchHit[] => {
      const item = items.get(String(hit.id))
      if (!item) return []
      // Highlighted as the PostgreSQL backend does (Meilisearch only sees the stems); it tolerates typos always.
      return [terms ? { ...item, highlight: { title: highlight(item.title, terms), summary: highlight(item.summary, terms) } } : item]
    })
  }
}
