import { Meilisearch } from 'meilisearch'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createRuntime, MEILI_INDEX_UID } from '../../../src/cli/runtime.ts'
import { loadConfig } from '../../../src/config.ts'
import { itemSchema } from '../../../src/domain/item.ts'
import { followUpFilter, searchFilter, statusFilter } from '../../../src/search/meilisearch/filters.ts'
import { stemmedText } from '../../../src/search/dutch-stems.ts'
import { MeilisearchSearch } from '../../../src/search/meilisearch/meilisearch-search.ts'
import { INDEX_SETTINGS } from '../../../src/search/meilisearch/settings.ts'
import { InvalidCursorError, type SearchQuery } from '../../../src/search/search-index.ts'
import { findItems } from '../../../src/store/items.ts'
import { drainOutbox, enqueueAll } from '../../../src/store/outbox.ts'
import { saveWijk } from '../../../src/store/wijken.ts'
import { createTestStore, testDatabaseKind, type TestStore } from '../../helpers/database.ts'
import { NOW, seedItems, seedSource, seedVogelbuurt } from '../../helpers/seed-items.ts'
import { startFakeMeilisearch, type FakeMeilisearch, type RecordedRequest } from './fake-meilisearch.ts'

let store: TestStore
let fake: FakeMeilisearch

beforeAll(async () => {
  store = await createTestStore()
  await seedVogelbuurt(store.db)
  fake = await startFakeMeilisearch()
})
afterAll(async () => {
  await fake.close()
  await store.destroy()
})
beforeEach(() => {
  fake.requests.length = 0
  fake.failTask = () => null
})

const VISIBLE_ITEMS = 11
const T = NOW.getTime() / 1000

/** A backend on the fake server, for an index that exists unless told otherwise. */
function backend(indexUid: string, options: { exists?: boolean; now?: () => Date } = {}) {
  if (options.exists ?? true) fake.indexes.add(indexUid)
  const client = new Meilisearch({ host: fake.host, apiKey: 'test-master-key' })
  return new MeilisearchSearch({ client, indexUid, db: store.db, now: options.now ?? (() => NOW) })
}

/** The requests, each task's polls shown once as "wait". */
const calls = () =>
  fake.lines().reduce<string[]>((lines, line) => {
    const shown = line.startsWith('GET /tasks/') ? 'wait' : line
    return shown === 'wait' && lines.at(-1) === 'wait' ? lines : [...lines, shown]
  }, [])
const requestsTo = (method: string, path: string): RecordedRequest[] => fake.requests.filter((r) => r.method === method && r.path === path)
const outboxSize = async () => (await store.db.selectFrom('search_outbox').select('id').execute()).length
const clearOutbox = () => store.db.deleteFrom('search_outbox').execute()

describe(`MeilisearchSearch against a fake Meilisearch (items on ${testDatabaseKind})`, () => {
  describe('setup', () => {
    it('creates a missing index, queues every item for it and applies the settings, awaiting each task, once', async () => {
      await clearOutbox()
      const index = backend('new-index', { exists: false })
      await index.setup()
      await index.setup()
      expect(calls()).toEqual(['GET /indexes/new-index', 'POST /indexes', 'wait', 'PATCH /indexes/new-index/settings', 'wait'])
      // Each task is polled until it is done, not only enqueued.
      expect(fake.lines().filter((line) => line.startsWith('GET /tasks/'))).toHaveLength(4)
      expect(requestsTo('POST', '/indexes')[0]!.body).toEqual({ uid: 'new-index', primaryKey: 'id' })
      expect(requestsTo('PATCH', '/indexes/new-index/settings')[0]!.body).toEqual(JSON.parse(JSON.stringify(INDEX_SETTINGS)))
      expect(fake.requests.every((r) => r.authorization === 'Bearer test-master-key')).toBe(true)
      expect(await outboxSize()).toBe(VISIBLE_ITEMS)
    })

    it('keeps an existing index and its documents, and applies the settings', async () => {
      await clearOutbox()
      await backend('old-index').setup()
      expect(calls()).toEqual(['GET /indexes/old-index', 'PATCH /indexes/old-index/settings', 'wait'])
      expect(await outboxSize()).toBe(0)
    })

    it("throws Meilisearch's message when the settings fail, and tries again on the next call", async () => {
      const index = backend('old-settings')
      fake.failTask = (request) =>
        request.method === 'PATCH'
          ? { message: 'Unknown field `disableOnNumbers`: expected one of `enabled`, `minWordSizeForTypos`', code: 'bad_request', type: 'invalid_request' }
          : null
      await expect(index.setup()).rejects.toThrow(/settingsUpdate task \d+ failed: Unknown field `disableOnNumbers`/)
      fake.failTask = () => null
      await index.setup()
      expect(requestsTo('PATCH', '/indexes/old-settings/settings')).toHaveLength(2)
    })

    it('resets to a new, empty index with the settings, queueing nothing (reindex queues every item itself)', async () => {
      await clearOutbox()
      const index = backend('to-reset')
      await index.reset()
      expect(calls()).toEqual(['DELETE /indexes/to-reset', 'wait', 'GET /indexes/to-reset', 'POST /indexes', 'wait', 'PATCH /indexes/to-reset/settings', 'wait'])
      expect(fake.indexes.has('to-reset')).toBe(true)
      expect(await outboxSize()).toBe(0)
    })

    it('deletes the index, and takes a missing one as deleted', async () => {
      const index = backend('to-delete')
      await index.deleteIndex()
      expect(fake.indexes.has('to-delete')).toBe(false)
      await index.deleteIndex()
      expect(calls()).toEqual(['DELETE /indexes/to-delete', 'wait', 'DELETE /indexes/to-delete', 'wait'])
    })
  })

  describe('apply', () => {
    let index: MeilisearchSearch
    beforeAll(async () => {
      index = backend('apply')
      await index.setup()
    })

    it('sends upserts as documents and then the deletes, each after the task before succeeded', async () => {
      await clearOutbox()
      await enqueueAll(store.db)
      await store.db.insertInto('search_outbox').values({ item_id: 'verborgen', op: 'delete' }).execute()
      const drained = await drainOutbox(store.db, index)
      expect(drained).toEqual({ upserted: VISIBLE_ITEMS, deleted: 1, pending: 0, error: null })
      expect(calls()).toEqual(['POST /indexes/apply/documents', 'wait', 'POST /indexes/apply/documents/delete-batch', 'wait'])
      expect(fake.lines().filter((line) => line.startsWith('GET /tasks/'))).toHaveLength(4)

      const [upsert] = requestsTo('POST', '/indexes/apply/documents')
      expect(upsert!.query.get('primaryKey')).toBe('id')
      const documents = upsert!.body as Record<string, unknown>[]
      expect(documents.map((d) => d.id).sort()).toEqual((await findItems(store.db, documents.map((d) => String(d.id)))).map((i) => i.id).sort())
      const row = await store.db.selectFrom('items').select(['sort_at', 'body_text']).where('id', '=', 'repair-cafe').executeTakeFirstOrThrow()
      expect(documents.find((d) => d.id === 'repair-cafe')).toMatchObject({
        titleStems: 'repair caf in de kolibrie',
        bodyStems: stemmedText(row.body_text),
        placeName: 'Buurthuis De Kolibrie, Mezenstraat 12',
        sourceName: 'Agenda Buurthuis De Kolibrie',
        sortAt: row.sort_at.getTime() / 1000,
        startsAt: new Date('2026-11-14T13:00:00+01:00').getTime() / 1000,
        overAt: new Date('2026-11-14T16:00:00+01:00').getTime() / 1000,
        showsCluster: true,
      })
      // Expired, so read as closed, yet its source lists it as open: follow-up "expired" needs that.
      expect(documents.find((d) => d.id === 'digid')).toMatchObject({ sourceStatus: 'open', expiresAt: new Date('2026-11-01T00:00:00+01:00').getTime() / 1000 })
      expect(requestsTo('POST', '/indexes/apply/documents/delete-batch')[0]!.body).toEqual(['verborgen'])
    })

    it("keeps the changes in the outbox when Meilisearch fails a task, with Meilisearch's message", async () => {
      await clearOutbox()
      await enqueueAll(store.db)
      await store.db.insertInto('search_outbox').values({ item_id: 'verborgen', op: 'delete' }).execute()
      fake.failTask = (request) =>
        request.path.endsWith('/documents')
          ? { message: 'The `_geo` field in the document with the id: `hond` is not an object.', code: 'invalid_document_geo_field', type: 'invalid_request' }
          : null
      const drained = await drainOutbox(store.db, index)
      expect(drained.error).toMatch(/documentAdditionOrUpdate task \d+ failed: The `_geo` field in the document with the id: `hond` is not an object/)
      expect(drained.pending).toBe(VISIBLE_ITEMS + 1)
      expect(calls()).toEqual(['POST /indexes/apply/documents', 'wait'])
    })

    it('fails when Meilisearch cannot be reached', async () => {
      const unreachable = new MeilisearchSearch({ client: new Meilisearch({ host: 'http://127.0.0.1:9' }), indexUid: 'apply', db: store.db })
      await expect(unreachable.apply({ upserts: [], deletes: ['x'] })).rejects.toThrow(/Request to http:\/\/127\.0\.0\.1:9\/indexes\/apply has failed/)
    })

    it('sends more than a thousand documents or deletes in batches of a thousand', async () => {
      const wijk = await saveWijk(store.db, { slug: 'drukke-buurt', name: 'Drukke buurt' })
      const source = await seedSource(store.db, wijk, { name: 'Drukke buurtsite', url: 'https://druk.example.nl', platform: 'feed' })
      const ids = Array.from({ length: 1001 }, (_, i) => `druk-${i}`)
      await seedItems(store.db, source, wijk, ids.map((id) => ({ id, title: `Bericht ${id}` })))
      await index.apply({ upserts: await findItems(store.db, ids), deletes: ids })
      expect(requestsTo('POST', '/indexes/apply/documents').map((r) => (r.body as unknown[]).length)).toEqual([1000, 1])
      expect(requestsTo('POST', '/indexes/apply/documents/delete-batch').map((r) => (r.body as unknown[]).length)).toEqual([1000, 1])
    })
  })

  describe('search', () => {
    const query = (fields: Partial<SearchQuery>): SearchQuery => ({ wijk: 'vogelbuurt', limit: 3, ...fields })
    const sentQueries = () => (requestsTo('POST', '/multi-search').at(-1)!.body as { queries: Record<string, unknown>[] }).queries

    beforeEach(() => {
      fake.answerSearch = () => ({})
    })

    it('asks for the page, the facets and the timed counts in one multi-search', async () => {
      await backend('search').search(query({ q: "hond' & uitlaten!", kind: ['request'] }))
      const filter = searchFilter(query({ kind: ['request'] }), { now: NOW, upcomingOnly: false })
      const [page, ...counts] = sentQueries()
      expect(page).toEqual({
        indexUid: 'search',
        q: 'hond uitlat',
        matchingStrategy: 'all',
        locales: ['nld'],
        filter,
        facets: ['kind', 'categories', 'platform', 'sourceId'],
        offset: 0,
        limit: 4,
        attributesToRetrieve: ['id'],
      })
      const common = { indexUid: 'search', q: 'hond uitlat', matchingStrategy: 'all', locales: ['nld'], facets: ['kind'], limit: 0 }
      expect(counts).toEqual([
        { ...common, filter: [...filter, statusFilter('open', NOW)] },
        { ...common, filter: [...filter, statusFilter('closed', NOW)] },
        { ...common, filter: [...filter, followUpFilter('expired', NOW)] },
        { ...common, filter: [...filter, followUpFilter('unanswered', NOW)] },
      ])
    })

    it("reads the hits from the database in Meilisearch's order, leaving out what is hidden or gone, with highlights", async () => {
      fake.answerSearch = (_query, position) =>
        position === 0
          ? {
              hits: [
                { id: 'oplichters' },
                { id: 'verborgen' },
                { id: 'al-verwijderd' },
                { id: 'hond' },
                { id: 'bankjes' },
              ],
            }
          : {}
      const result = await backend('search').search(query({ q: 'hond', limit: 4 }))
      // The newest comes first in PostgreSQL; here Meilisearch's order holds.
      expect(result.items.map((item) => item.id)).toEqual(['oplichters', 'hond'])
      expect(result.nextCursor).not.toBeNull()
      const hond = result.items[1]
      expect(itemSchema.parse(hond)).toMatchObject({ id: 'hond', source: { name: 'NLvoorElkaar Amsterdam' }, wijk: { slug: 'vogelbuurt' } })
      // Highlighted from the item itself, as the PostgreSQL backend does.
      expect(hond!.highlight).toEqual({ title: '<mark>Hond</mark> uitlaten gezocht', summary: 'Wie kan overdag een rondje lopen met mijn labrador? Hij is lief en rustig.' })
    })

    it('maps the facet distribution and the timed counts, and totals the kinds', async () => {
      const countAnswers = [{ request: 700, info: 600 }, { request: 300, offer: 1 }, {}, { request: 12 }]
      fake.answerSearch = (_query, position) =>
        position === 0
          ? {
              estimatedTotalHits: 1000,
              facetDistribution: {
                kind: { request: 1000, offer: 1, info: 600 },
                categories: { boodschappen: 900, dieren: 101, overig: 600 },
                platform: { mijnbuurtje: 1601 },
                sourceId: { src_a: 1600, src_b: 1 },
              },
            }
          : { facetDistribution: { kind: countAnswers[position - 1] } }
      const result = await backend('search').search(query({}))
      expect(result.total).toBe(1601)
      expect(result.facets).toEqual({
        kind: { request: 1000, offer: 1, info: 600 },
        category: { boodschappen: 900, dieren: 101, overig: 600 },
        platform: { mijnbuurtje: 1601 },
        source: { src_a: 1600, src_b: 1 },
        status: { open: 1300, closed: 301 },
        followUp: { unanswered: 12 },
      })
      expect(result.items).toEqual([])
      expect(result.nextCursor).toBeNull()
    })

    it('sorts newest and soonest on the asked attributes then id; relevance without words is newest', async () => {
      const index = backend('search')
      const sortOf = async (fields: Partial<SearchQuery>) => {
        await index.search(query(fields))
        const [page] = sentQueries()
        return { sort: page!.sort, q: page!.q, filter: page!.filter }
      }
      expect(await sortOf({})).toEqual({ sort: ['sortAt:desc', 'id:asc'], q: '', filter: ['wijk = "vogelbuurt"', 'showsCluster = true'] })
      expect(await sortOf({ q: 'hond', sort: 'newest' })).toMatchObject({ sort: ['sortAt:desc', 'id:asc'], q: 'hond' })
      expect(await sortOf({ sort: 'soonest' })).toMatchObject({ sort: ['startsAt:asc', 'id:asc'], filter: ['wijk = "vogelbuurt"', 'showsCluster = true', `(overAt >= ${T} AND NOT expiresAt < ${T})`] })
      expect(await sortOf({ sort: 'relevance', q: '!!' })).toMatchObject({ sort: ['sortAt:desc', 'id:asc'], q: '' })
      expect(await sortOf({ q: 'hond' })).toMatchObject({ sort: undefined })
      // The query is stemmed as the documents are: Meilisearch does not stem Dutch.
      expect(await sortOf({ q: 'Boodschappen fietsen' })).toMatchObject({ q: 'boodschap fiet' })
    })

    it("pages on with the cursor: the next offset, filtered as of the first page's time", async () => {
      let clock = NOW
      const index = backend('search', { now: () => clock })
      fake.answerSearch = (_query, position) => (position === 0 ? { hits: [{ id: 'boodschap' }, { id: 'klusjes' }, { id: 'bankjes' }, { id: 'hond' }] } : {})
      const first = await index.search(query({ status: 'open' }))
      expect(first.items.map((item) => item.id)).toEqual(['boodschap', 'klusjes', 'bankjes'])
      clock = new Date('2026-12-24T12:00:00+01:00')
      fake.answerSearch = (_query, position) => (position === 0 ? { hits: [{ id: 'hond' }] } : {})
      const second = await index.search(query({ status: 'open', cursor: first.nextCursor! }))
      const [page] = sentQueries()
      expect(page).toMatchObject({ offset: 3, limit: 4, filter: searchFilter(query({ status: 'open' }), { now: NOW, upcomingOnly: false }) })
      expect(second.items.map((item) => item.id)).toEqual(['hond'])
      expect(second.nextCursor).toBeNull()
    })

    it('rejects a cursor of another sort, and one it did not make', async () => {
      const index = backend('search')
      fake.answerSearch = (_query, position) => (position === 0 ? { hits: [{ id: 'boodschap' }, { id: 'klusjes' }, { id: 'bankjes' }, { id: 'hond' }] } : {})
      const { nextCursor } = await index.search(query({}))
      await expect(index.search(query({ sort: 'soonest', cursor: nextCursor! }))).rejects.toBeInstanceOf(InvalidCursorError)
      await expect(index.search(query({ cursor: 'nonsense' }))).rejects.toBeInstanceOf(InvalidCursorError)
      const postgresCursor = Buffer.from(JSON.stringify({ sort: 'newest', now: NOW.toISOString(), after: ['2026-11-09T09:00:00.000000Z'], id: 'x', fuzzy: false }))
      await expect(index.search(query({ cursor: postgresCursor.toString('base64url') }))).rejects.toBeInstanceOf(InvalidCursorError)
    })
  })

  describe('createRuntime', () => {
    it('searches Meilisearch with MEILI_KEY when MEILI_URL is set, and PostgreSQL otherwise', async () => {
      const { index } = createRuntime(store, loadConfig({ MEILI_URL: fake.host, MEILI_KEY: 'runtime-key' }))
      expect(index.backend).toBe('meilisearch')
      await index.search({ limit: 1 })
      expect(calls()).toEqual([`GET /indexes/${MEILI_INDEX_UID}`, 'POST /indexes', 'wait', `PATCH /indexes/${MEILI_INDEX_UID}/settings`, 'wait', 'POST /multi-search'])
      expect(fake.requests.every((r) => r.authorization === 'Bearer runtime-key')).toBe(true)
      expect(createRuntime(store, loadConfig({})).index.backend).toBe('postgres')
    })
  })
})
