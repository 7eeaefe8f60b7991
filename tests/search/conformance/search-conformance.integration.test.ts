import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { SearchIndex, SearchQuery, SearchResult } from '../../../src/search/search-index.ts'
import { hideItem } from '../../../src/store/items.ts'
import { drainOutbox, enqueueAll } from '../../../src/store/outbox.ts'
import { createTestStore, testDatabaseKind, type TestStore } from '../../helpers/database.ts'
import { conformanceBackends } from './backends.ts'
import { BUURTHUIS, KALSDONK, KALSDONK_NEWEST, seedConformanceData } from './wijk-data.ts'

// The same queries against every backend: each must give these results. Read wijk-data.ts for the posts.
describe.each(conformanceBackends())(`search conformance: $name (items on ${testDatabaseKind})`, (backend) => {
  let store: TestStore
  let index: SearchIndex
  let close: () => Promise<void>

  beforeAll(async () => {
    store = await createTestStore()
    await seedConformanceData(store.db)
    ;({ index, close } = await backend.open(store))
    await enqueueAll(store.db)
    const drained = await drainOutbox(store.db, index)
    expect(drained.error).toBeNull()
  })
  afterAll(async () => {
    await close()
    await store.destroy()
  })

  const search = (query: Partial<SearchQuery>): Promise<SearchResult> => index.search({ wijk: KALSDONK.slug, limit: 50, ...query })
  const ids = async (query: Partial<SearchQuery>) => (await search(query)).items.map((item) => item.id)
  const top = async (q: string, n = 1) => (await ids({ q })).slice(0, n)

  describe('words as residents type them', () => {
    it('finds a misspelled word: "boodschapen" finds the boodschappen posts', async () => {
      expect(await ids({ q: 'boodschapen' })).toEqual(expect.arrayContaining(['boodschappen-hulp']))
      expect(await top('boodschapen')).toEqual(['boodschappen-hulp'])
    })

    it('finds a word with a typo inside: "laptp" finds the laptop request', async () => {
      expect(await top('laptp')).toEqual(['laptop-hulp'])
    })

    it('searches synonyms: "hulp computer" finds the laptop request; "computer" also the computer lessons', async () => {
      expect(await ids({ q: 'hulp computer' })).toEqual(['laptop-hulp'])
      expect((await ids({ q: 'computer' })).sort()).toEqual(['computer-les', 'laptop-hulp'])
    })

    it('searches synonyms: "supermarkt" finds the boodschappen request, and the other way round', async () => {
      expect(await ids({ q: 'supermarkt' })).toEqual(expect.arrayContaining(['supermarkt-rit', 'boodschappen-hulp']))
      expect(await ids({ q: 'boodschappen' })).toEqual(expect.arrayContaining(['supermarkt-rit', 'boodschappen-hulp']))
    })

    it('ignores accents both ways: "taalcafe" and "Taalcafé"', async () => {
      expect(await top('taalcafe')).toEqual(['taalcafe'])
      expect(await top('TAALCAFÉ')).toEqual(['taalcafe'])
    })

    it('finds Dutch plurals and singulars: "fietsen" finds the kinderfiets, "klus" the klussen', async () => {
      expect(await ids({ q: 'kinderfietsen' })).toEqual(['fiets-weg'])
      expect(await ids({ q: 'klus' })).toEqual(expect.arrayContaining(['klussen-aanbod']))
    })

    it('completes the word being typed: "rolla" finds the rollator', async () => {
      expect(await ids({ q: 'rolla' })).toEqual(['rollator-gevonden'])
    })

    it('ranks a word in the title above the same word further down', async () => {
      // "Buurthuis" is in the taalcafé's title and in the repair café's body; both are a week and a half old.
      expect(await ids({ q: 'buurthuis' })).toEqual(['taalcafe', 'repair-cafe'])
    })

    it('finds nothing, not everything, for a word no post has', async () => {
      const result = await search({ q: 'zwembadabonnement' })
      expect(result.items).toEqual([])
      expect(result.total).toBe(0)
    })

    it('highlights the matched words in title and summary, HTML-escaped', async () => {
      const [hit] = (await search({ q: 'laptop' })).items
      expect(hit?.highlight?.title).toBe('Hulp gezocht met mijn nieuwe <mark>laptop</mark>')
      expect(hit?.highlight?.summary).toContain('<mark>laptop</mark>')
    })
  })

  describe('filters', () => {
    it('keeps to the wijk', async () => {
      expect(await ids({})).toEqual(KALSDONK_NEWEST)
      expect(await ids({ wijk: 'westrand' })).toEqual(['westrand-boodschappen', 'westrand-laptop'])
    })

    it('filters on kind and category, several values of one filter as OR', async () => {
      expect(await ids({ kind: ['event'] })).toEqual(['kerstmarkt', 'taalcafe', 'repair-cafe', 'burendag-terug'])
      expect(await ids({ category: ['digitaal'] })).toEqual(['laptop-hulp', 'computer-les'])
      expect(await ids({ kind: ['request'], category: ['boodschappen', 'tuin'] })).toEqual(['boodschappen-hulp', 'tuin-verouderd'])
    })

    it('filters on platform and source', async () => {
      expect(await ids({ platform: ['facebook'] })).toEqual(['rollator-gevonden', 'inbraak', 'computer-les', 'supermarkt-rit'])
      const [item] = (await search({ q: 'taalcafe' })).items
      expect(await ids({ source: [item!.source.id] })).toEqual(['kerstmarkt', 'taalcafe', 'repair-cafe', 'burendag-terug'])
    })

    it('leaves closed and past items out with status open', async () => {
      const open = await ids({ status: 'open' })
      expect(open).not.toContain('oppas-gevraagd')
      expect(open).not.toContain('burendag-terug')
      expect(open).toHaveLength(KALSDONK_NEWEST.length - 2)
      expect(await ids({ status: 'closed' })).toEqual(['oppas-gevraagd', 'burendag-terug'])
    })

    it('filters on the date: the event start, else when it was published', async () => {
      expect(await ids({ from: new Date('2026-11-11T00:00:00+01:00'), to: new Date('2026-11-30T00:00:00+01:00') })).toEqual(['taalcafe', 'repair-cafe'])
    })

    it('finds what lies near a point', async () => {
      expect((await ids({ near: { ...BUURTHUIS, radiusKm: 1 } })).sort()).toEqual(['repair-cafe', 'taalcafe'])
      expect((await ids({ near: { ...BUURTHUIS, radiusKm: 3 } })).sort()).toEqual(['repair-cafe', 'rollator-gevonden', 'taalcafe'])
    })

    it('combines text and filters', async () => {
      expect(await ids({ q: 'boodschappen', kind: ['offer'] })).toEqual(['supermarkt-rit'])
    })
  })

  describe('facets and totals', () => {
    it('counts kinds, categories, platforms and status of what the query finds', async () => {
      const result = await search({ q: 'boodschappen' })
      expect(result.total).toBe(result.items.length)
      expect(result.facets.kind).toEqual({ request: 1, offer: 1 })
      expect(result.facets.platform).toEqual({ mijnbuurtje: 1, facebook: 1 })
      expect(result.facets.category).toEqual(expect.objectContaining({ boodschappen: 2, vervoer: 1 }))
    })

    it('counts the whole wijk without a query', async () => {
      const result = await search({ limit: 1 })
      expect(result.total).toBe(KALSDONK_NEWEST.length)
      expect(result.facets.kind).toEqual({ request: 5, offer: 4, info: 1, event: 4 })
      expect(result.facets.status).toEqual({ open: 12, closed: 2 })
    })
  })

  describe('order and pages', () => {
    const allPages = async (query: Partial<SearchQuery>) => {
      const seen: string[] = []
      let cursor: string | undefined
      for (let page = 0; page < 20; page++) {
        const result = await search({ ...query, limit: 3, ...(cursor ? { cursor } : {}) })
        seen.push(...result.items.map((item) => item.id))
        if (!result.nextCursor) return seen
        cursor = result.nextCursor
      }
      throw new Error('more than 20 pages')
    }

    it('pages through the newest without duplicates or gaps', async () => {
      expect(await allPages({})).toEqual(KALSDONK_NEWEST)
    })

    it('pages through relevance results exactly as one page shows them', async () => {
      expect(await allPages({ q: 'hulp' })).toEqual(await ids({ q: 'hulp' }))
      expect(await allPages({ q: 'boodschapen' })).toEqual(await ids({ q: 'boodschapen' }))
    })

    it('lists the upcoming events soonest first', async () => {
      expect(await ids({ sort: 'soonest' })).toEqual(['taalcafe', 'repair-cafe', 'kerstmarkt'])
    })
  })

  describe('consistency', () => {
    it('drops a hidden item from search at once', async () => {
      expect(await ids({ q: 'inbraken' })).toEqual(['inbraak'])
      await hideItem(store.db, 'inbraak')
      expect(await ids({ q: 'inbraken' })).toEqual([])
      await drainOutbox(store.db, index)
      expect(await ids({ q: 'inbraken' })).toEqual([])
    })
  })
})
