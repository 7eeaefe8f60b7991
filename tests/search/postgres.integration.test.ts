import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { itemSchema } from '../../src/domain/item.ts'
import { PostgresSearch } from '../../src/search/postgres.ts'
import { InvalidCursorError, type SearchQuery } from '../../src/search/search-index.ts'
import { saveWijk } from '../../src/store/wijken.ts'
import { createTestStore, testDatabaseKind, type TestStore } from '../helpers/database.ts'
import { NOW, seedItems, seedSource, seedVogelbuurt, type SeedFields } from '../helpers/seed-items.ts'

let store: TestStore
let search: PostgresSearch

beforeAll(async () => {
  store = await createTestStore()
  search = new PostgresSearch(store.db, () => NOW)
  await seedVogelbuurt(store.db)
})
afterAll(() => store.destroy())

const ids = async (query: Partial<SearchQuery>) =>
  (await search.search({ wijk: 'vogelbuurt', limit: 100, ...query })).items.map((item) => item.id)

describe(`PostgresSearch on ${testDatabaseKind}`, () => {
  describe('text', () => {
    it('stems Dutch words: "boodschappen" finds "boodschap"', async () => {
      expect(await ids({ q: 'boodschappen' })).toEqual(['boodschap'])
    })

    it('finds the plural from the singular, also before the last word', async () => {
      expect(await ids({ wijk: 'rivierenbuurt', q: 'boodschap doen' })).toEqual(['rivieren-boodschappen'])
    })

    it('ignores accents: "cafe" finds "Café"', async () => {
      expect(await ids({ q: 'cafe' })).toEqual(['repair-cafe'])
      expect(await ids({ q: 'CAFÉ' })).toEqual(['repair-cafe'])
    })

    it('matches the last word as a prefix while typing', async () => {
      expect(await ids({ q: 'boodsch' })).toEqual(['boodschap'])
      expect(await ids({ q: 'kapotte spul' })).toEqual(['repair-cafe'])
    })

    it('needs every word', async () => {
      expect(await ids({ q: 'hond labrador' })).toEqual(['hond'])
    })

    it('ranks a word in the title above the same word in the body', async () => {
      expect(await ids({ q: 'hond' })).toEqual(['hond', 'bankjes'])
    })

    it('treats tsquery syntax as plain words and punctuation-only input as no query', async () => {
      expect(await ids({ q: "hond' & !(" })).toEqual(['hond', 'bankjes'])
      expect(await ids({ q: '!!' })).toHaveLength(10)
    })

    it('filters nothing for a query of only stop words', async () => {
      expect(await ids({ q: 'de' })).toHaveLength(10)
    })
  })

  describe('filters', () => {
    it('never returns hidden items', async () => {
      expect(await ids({})).not.toContain('verborgen')
      expect(await ids({ q: 'verborgen' })).toEqual([])
    })

    it('filters by wijk', async () => {
      expect(await ids({ wijk: 'rivierenbuurt' })).toEqual(['rivieren-boodschappen'])
      expect(await ids({ wijk: undefined, q: 'boodschappen' })).toEqual(expect.arrayContaining(['boodschap', 'rivieren-boodschappen']))
    })

    it('filters by kind, one or several', async () => {
      expect(await ids({ kind: ['offer'] })).toEqual(['klusjes', 'kinderfiets'])
      expect((await ids({ kind: ['offer', 'event'] })).sort()).toEqual(['borrel', 'kinderfiets', 'klusjes', 'repair-cafe', 'rommelmarkt'])
    })

    it('filters by category, matching any of an item\'s categories', async () => {
      expect((await ids({ category: ['klussen'] })).sort()).toEqual(['klusjes', 'repair-cafe'])
      expect((await ids({ category: ['kinderen', 'dieren'] })).sort()).toEqual(['hond', 'kinderfiets'])
    })

    it('filters by platform and by source', async () => {
      expect((await ids({ platform: ['nlvoorelkaar'] })).sort()).toEqual(['hond', 'kinderfiets'])
      const { agenda } = await sourcesByName()
      expect((await ids({ source: [agenda] })).sort()).toEqual(['borrel', 'repair-cafe', 'rommelmarkt'])
    })

    it('filters by effective status: closed by the source, expired, or an event that is over', async () => {
      expect((await ids({ status: 'closed' })).sort()).toEqual(['borrel', 'digid', 'kinderfiets'])
      const open = await ids({ status: 'open' })
      expect(open).toHaveLength(7)
      expect(open).not.toContain('borrel')
    })

    it('reports the effective status on each item', async () => {
      const { items } = await search.search({ wijk: 'vogelbuurt', limit: 100 })
      const status = Object.fromEntries(items.map((item) => [item.id, item.status]))
      expect(status).toMatchObject({ borrel: 'closed', digid: 'closed', kinderfiets: 'closed', 'repair-cafe': 'open', rommelmarkt: 'open' })
    })

    it('counts an all-day event open until the local midnight after its last day, as effectiveStatus does', async () => {
      const wijk = await saveWijk(store.db, { slug: 'marktbuurt', name: 'Marktbuurt' })
      const source = await seedSource(store.db, wijk, { name: 'Agenda Marktbuurt', url: 'https://marktbuurt.nl/agenda.ics', platform: 'ical' })
      await seedItems(store.db, source, wijk, [
        { id: 'wintermarkt', title: 'Wintermarkt', kind: 'event', allDay: true, startsAt: '2026-11-20T00:00:00+01:00', endsAt: '2026-11-22T00:00:00+01:00' },
        // Without an end it is one day, and 25 October 2026 has 25 hours.
        { id: 'herfstmarkt', title: 'Herfstmarkt', kind: 'event', allDay: true, startsAt: '2026-10-25T00:00:00+02:00' },
      ])
      const openAt = async (now: string) => {
        const { items } = await new PostgresSearch(store.db, () => new Date(now)).search({ wijk: 'marktbuurt', status: 'open', limit: 10 })
        return items.map((item) => item.id).sort()
      }
      expect(await openAt('2026-10-25T23:30:00+01:00')).toEqual(['herfstmarkt', 'wintermarkt'])
      expect(await openAt('2026-10-26T00:30:00+01:00')).toEqual(['wintermarkt'])
      expect(await openAt('2026-11-21T15:00:00+01:00')).toEqual(['wintermarkt'])
      expect(await openAt('2026-11-22T00:30:00+01:00')).toEqual([])
    })

    it('keeps an event in sort=soonest while it runs: an all-day one until the midnight after its last day', async () => {
      const soonestAt = async (now: string) => {
        const { items } = await new PostgresSearch(store.db, () => new Date(now)).search({ wijk: 'marktbuurt', sort: 'soonest', limit: 10 })
        return items.map((item) => item.id)
      }
      // The wintermarkt started on the 20th and is on until the 22nd: running, so listed, first.
      expect(await soonestAt('2026-11-19T12:00:00+01:00')).toEqual(['wintermarkt'])
      expect(await soonestAt('2026-11-21T15:00:00+01:00')).toEqual(['wintermarkt'])
      expect(await soonestAt('2026-11-22T00:30:00+01:00')).toEqual([])
    })

    it('filters from/to on the event start, else the publication date', async () => {
      const from = new Date('2026-11-09T00:00:00+01:00')
      const to = new Date('2026-11-15T00:00:00+01:00')
      expect((await ids({ from, to })).sort()).toEqual(['boodschap', 'repair-cafe'])
      expect((await ids({ from: new Date('2026-11-20T00:00:00+01:00') })).sort()).toEqual(['rommelmarkt'])
    })

    it('combines filters with AND', async () => {
      expect(await ids({ kind: ['request'], status: 'open', q: 'hond' })).toEqual(['hond'])
    })
  })

  describe('sorting', () => {
    it('sorts newest first without a query', async () => {
      expect((await ids({})).slice(0, 3)).toEqual(['boodschap', 'klusjes', 'bankjes'])
    })

    it('sorts upcoming events by start with sort=soonest', async () => {
      expect(await ids({ sort: 'soonest' })).toEqual(['repair-cafe', 'rommelmarkt'])
    })
  })

  it('counts facets over the filtered set, and the total', async () => {
    const result = await search.search({ wijk: 'vogelbuurt', limit: 1 })
    expect(result.total).toBe(10)
    expect(result.items).toHaveLength(1)
    const { buurtsite, nlvoorelkaar, agenda } = await sourcesByName()
    expect(result.facets).toEqual({
      kind: { request: 3, offer: 2, event: 3, info: 2 },
      category: {
        boodschappen: 1, klussen: 2, 'sport-cultuur': 1, spullen: 2, kinderen: 1, dieren: 1, gezelschap: 1, buurt: 1, veiligheid: 1, digitaal: 1,
      },
      platform: { mijnbuurtje: 5, nlvoorelkaar: 2, feed: 3 },
      source: { [buurtsite]: 5, [nlvoorelkaar]: 2, [agenda]: 3 },
      status: { open: 7, closed: 3 },
      // The DigiD request passed its end date while its source still lists it as open.
      followUp: { expired: 1 },
    })

    const filtered = await search.search({ wijk: 'vogelbuurt', kind: ['event'], limit: 1 })
    expect(filtered.total).toBe(3)
    expect(filtered.facets.kind).toEqual({ event: 3 })
    expect(filtered.facets.status).toEqual({ open: 2, closed: 1 })
    expect(filtered.facets.category).toEqual({ klussen: 1, 'sport-cultuur': 1, spullen: 1, gezelschap: 1 })
  })

  it('returns public items with source and wijk names', async () => {
    const { items } = await search.search({ wijk: 'vogelbuurt', q: 'repair', limit: 5 })
    const item = itemSchema.parse(items[0])
    expect(item).toMatchObject({
      id: 'repair-cafe',
      source: { name: 'Agenda Buurthuis De Kolibrie', url: 'https://dekolibrie.nl/agenda' },
      wijk: { slug: 'vogelbuurt', name: 'Vogelbuurt' },
      startsAt: '2026-11-14T13:00:00+01:00',
      location: { name: 'Buurthuis De Kolibrie', address: 'Mezenstraat 12' },
    })
  })

  it('rejects a cursor it did not make', async () => {
    const query = { wijk: 'vogelbuurt', limit: 2 }
    await expect(search.search({ ...query, cursor: 'nonsense' })).rejects.toBeInstanceOf(InvalidCursorError)
    const forged = Buffer.from(JSON.stringify({ sort: 'newest', now: NOW.toISOString(), after: ['yesterday'], id: 'x' })).toString('base64url')
    await expect(search.search({ ...query, cursor: forged })).rejects.toBeInstanceOf(InvalidCursorError)
    const { nextCursor } = await search.search(query)
    await expect(search.search({ ...query, sort: 'relevance', cursor: nextCursor! })).rejects.toBeInstanceOf(InvalidCursorError)
  })

  describe('pagination', () => {
    const COUNT = 23

    beforeAll(async () => {
      const wijk = await saveWijk(store.db, { slug: 'koffiebuurt', name: 'Koffiebuurt' })
      const source = await seedSource(store.db, wijk, { name: 'Buurtsite Koffiebuurt', url: 'https://koffiebuurt.nl', platform: 'mijnbuurtje' })
      const items: SeedFields[] = Array.from({ length: COUNT }, (_, i) => ({
        id: `koffie-${String(i).padStart(2, '0')}`,
        title: i % 3 === 0 ? `Koffieochtend ${i}` : `Bericht ${i}`,
        body: i % 3 === 0 ? 'Iedereen welkom.' : `Na afloop is er koffie, ronde ${i}.`,
        // Groups of four share a date, and the last three have none (the same first-seen time): ties to break.
        publishedAt: i < 20 ? new Date(Date.UTC(2026, 10, 1 + Math.floor(i / 4), 9)).toISOString() : null,
        kind: i % 2 === 0 ? 'event' : 'info',
        startsAt: i % 2 === 0 ? new Date(Date.UTC(2026, 10, 20 + Math.floor(i / 6), 18)).toISOString() : null,
      }))
      await seedItems(store.db, source, wijk, items)
    })

    async function pageThrough(query: Omit<SearchQuery, 'limit' | 'cursor'>, limit: number) {
      const pages: string[][] = []
      let cursor: string | undefined
      let total = 0
      do {
        const result = await search.search({ ...query, limit, ...(cursor ? { cursor } : {}) })
        pages.push(result.items.map((item) => item.id))
        total = result.total
        cursor = result.nextCursor ?? undefined
      } while (cursor && pages.length < 50)
      return { pages, all: pages.flat(), total }
    }

    it.each([
      ['newest', { wijk: 'koffiebuurt' }, COUNT],
      ['relevance', { wijk: 'koffiebuurt', q: 'koffie' }, COUNT],
      ['soonest', { wijk: 'koffiebuurt', sort: 'soonest' as const }, 12],
    ])('pages through %s without repeating or skipping', async (_name, query, expected) => {
      const { pages, all, total } = await pageThrough(query, 5)
      expect(total).toBe(expected)
      expect(pages.length).toBe(Math.ceil(expected / 5))
      expect(new Set(all).size).toBe(expected)
      const single = await search.search({ ...query, limit: 100 })
      expect(all).toEqual(single.items.map((item) => item.id))
    })

    it('orders ties on the date by id', async () => {
      const { all } = await pageThrough({ wijk: 'koffiebuurt' }, 4)
      const dated = all.filter((id) => Number(id.slice(-2)) < 20)
      expect(dated.slice(0, 4)).toEqual(['koffie-16', 'koffie-17', 'koffie-18', 'koffie-19'])
    })
  })
})

async function sourcesByName() {
  const rows = await store.db.selectFrom('sources').select(['id', 'name']).execute()
  const id = (name: string) => rows.find((row) => row.name.startsWith(name))!.id
  return { buurtsite: id('Buurtsite Vogelbuurt'), nlvoorelkaar: id('NLvoorElkaar'), agenda: id('Agenda') }
}
