import { sql } from 'kysely'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import type { SearchIndex } from '../../src/search/search-index.ts'
import { findItem, hideItem, removeMissingItems, upsertItems } from '../../src/store/items.ts'
import { drainOutbox } from '../../src/store/outbox.ts'
import { addSource, removeSource } from '../../src/store/sources.ts'
import { saveWijk } from '../../src/store/wijken.ts'
import { createTestStore, testDatabaseKind, type TestStore } from '../helpers/database.ts'
import { storedItem } from '../helpers/item-factory.ts'

let store: TestStore
let sourceId: string

beforeAll(async () => {
  store = await createTestStore()
  await saveWijk(store.db, { slug: 'vogelbuurt', name: 'Vogelbuurt', gemeente: 'Voorbeeldstad', postcodes: ['3572', '3573 ab'] })
})
afterAll(() => store.destroy())

beforeEach(async () => {
  await sql`TRUNCATE items, tombstones, search_outbox, sources CASCADE`.execute(store.db)
  const source = await addSource(store.db, { adapter: 'feed', url: 'https://buurtsite-voorbeeld.nl/rss.xml', wijkSlug: 'vogelbuurt', name: 'Buurtsite', config: {}, local: false })
  sourceId = source.id
})

const count = async (table: 'items' | 'search_outbox' | 'tombstones') =>
  (await store.db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n

describe(`items store (${testDatabaseKind})`, () => {
  it('stores a run, and storing the same run again writes nothing', async () => {
    const run = [storedItem({ id: 'a1' }), storedItem({ id: 'a2', kind: 'offer', title: 'Gratis af te halen: kledingkast' })]
    expect(await upsertItems(store.db, sourceId, run)).toEqual({ inserted: 2, updated: 0, unchanged: 0, tombstoned: 0 })
    expect(await upsertItems(store.db, sourceId, run)).toEqual({ inserted: 0, updated: 0, unchanged: 2, tombstoned: 0 })
    expect(await count('items')).toBe(2)
    expect(await count('search_outbox')).toBe(2)
  })

  it('updates a changed item and queues it for the index again', async () => {
    await upsertItems(store.db, sourceId, [storedItem({ id: 'a1' })])
    const changed = storedItem({ id: 'a1', title: 'Boodschappen gezocht voor dinsdag en vrijdag' })
    expect(await upsertItems(store.db, sourceId, [changed])).toMatchObject({ inserted: 0, updated: 1 })
    expect((await findItem(store.db, 'a1'))?.title).toBe('Boodschappen gezocht voor dinsdag en vrijdag')
    expect(await count('search_outbox')).toBe(2)
  })

  it('takes the last of two drafts with one id in a run', async () => {
    const result = await upsertItems(store.db, sourceId, [storedItem({ id: 'a1', title: 'eerste' }), storedItem({ id: 'a1', title: 'tweede' })])
    expect(result.inserted).toBe(1)
    expect((await findItem(store.db, 'a1'))?.title).toBe('tweede')
  })

  it('round-trips every field of the item with Amsterdam offsets', async () => {
    const input = storedItem({
      id: 'ev1',
      kind: 'event',
      categories: ['klussen', 'buurt'],
      location: { name: 'Buurthuis De Linde', address: 'Kerkstraat 2', postcode: '3572 CD' },
      startsAt: '2026-11-14T12:00:00Z',
      endsAt: '2026-11-14T15:00:00Z',
      publishedAt: '2026-07-01T08:00:00Z',
    })
    await upsertItems(store.db, sourceId, [input])
    const item = await findItem(store.db, 'ev1', new Date('2026-11-01T00:00:00Z'))
    expect(item).toEqual({
      ...input.item,
      startsAt: '2026-11-14T13:00:00+01:00',
      endsAt: '2026-11-14T16:00:00+01:00',
      publishedAt: '2026-07-01T10:00:00+02:00',
      source: { id: sourceId, name: 'Buurtsite', url: 'https://buurtsite-voorbeeld.nl/rss.xml' },
    })
    expect((await findItem(store.db, 'ev1', new Date('2026-11-15T00:00:00Z')))?.status).toBe('closed')
  })

  it('closes an all-day event at the local midnight after its last day, also across the end of summer time', async () => {
    await upsertItems(store.db, sourceId, [
      storedItem({ id: 'wintermarkt', kind: 'event', allDay: true, startsAt: '2026-11-20T00:00:00+01:00', endsAt: '2026-11-22T00:00:00+01:00' }),
      storedItem({ id: 'herfstmarkt', kind: 'event', allDay: true, startsAt: '2026-10-25T00:00:00+02:00' }),
    ])
    const status = async (id: string, now: string) => (await findItem(store.db, id, new Date(now)))?.status
    expect(await status('wintermarkt', '2026-11-21T15:00:00+01:00')).toBe('open')
    expect(await status('wintermarkt', '2026-11-22T00:30:00+01:00')).toBe('closed')
    // Without an end it is one day, and 25 October 2026 has 25 hours.
    expect(await status('herfstmarkt', '2026-10-25T23:30:00+01:00')).toBe('open')
    expect(await status('herfstmarkt', '2026-10-26T00:30:00+01:00')).toBe('closed')
  })

  it('keeps a hidden item hidden when its source sends it again, changed or not', async () => {
    await upsertItems(store.db, sourceId, [storedItem({ id: 'a1' })])
    expect(await hideItem(store.db, 'a1')).toBe(true)
    await upsertItems(store.db, sourceId, [storedItem({ id: 'a1', title: 'Nieuwe titel' })])
    expect(await findItem(store.db, 'a1')).toBeNull()
    expect(await hideItem(store.db, 'bestaat-niet')).toBe(false)
  })

  it('removes items a complete listing no longer has, keeps past events, and keeps the removed ones out', async () => {
    const now = new Date('2026-11-21T12:00:00Z')
    await upsertItems(store.db, sourceId, [
      storedItem({ id: 'stays' }),
      storedItem({ id: 'gone' }),
      storedItem({ id: 'past-event', kind: 'event', startsAt: '2026-10-01T19:00:00+02:00' }),
    ])
    expect(await removeMissingItems(store.db, sourceId, ['stays'], now)).toBe(1)
    expect(await findItem(store.db, 'gone')).toBeNull()
    expect(await findItem(store.db, 'past-event', now)).not.toBeNull()
    expect(await upsertItems(store.db, sourceId, [storedItem({ id: 'gone' })])).toMatchObject({ inserted: 0, tombstoned: 1 })
  })

  it('removing a source removes its items from feed and index', async () => {
    await upsertItems(store.db, sourceId, [storedItem({ id: 'a1' }), storedItem({ id: 'a2' })])
    expect(await removeSource(store.db, sourceId)).toBe(true)
    expect(await count('items')).toBe(0)
    expect(await count('tombstones')).toBe(2)
    const deletes = await store.db.selectFrom('search_outbox').select('item_id').where('op', '=', 'delete').execute()
    expect(deletes.map((d) => d.item_id).sort()).toEqual(['a1', 'a2'])
    expect(await removeSource(store.db, sourceId)).toBe(false)
  })
})

describe(`search outbox (${testDatabaseKind})`, () => {
  function recordingIndex(failTimes: number) {
    const applied: { upserts: string[]; deletes: string[] }[] = []
    let failures = failTimes
    const index: SearchIndex = {
      backend: 'meilisearch',
      search: () => Promise.reject(new Error('not used')),
      reset: () => Promise.reject(new Error('not used')),
      apply: async (changes) => {
        if (failures-- > 0) throw new Error('connect ECONNREFUSED 127.0.0.1:7700')
        applied.push({ upserts: changes.upserts.map((i) => i.id), deletes: changes.deletes })
      },
    }
    return { index, applied }
  }

  it('keeps changes while the index is unreachable and catches up when it returns', async () => {
    await upsertItems(store.db, sourceId, [storedItem({ id: 'a1' }), storedItem({ id: 'a2' })])
    await hideItem(store.db, 'a2')
    const { index, applied } = recordingIndex(1)

    const down = await drainOutbox(store.db, index)
    expect(down).toMatchObject({ upserted: 0, pending: 3, error: 'connect ECONNREFUSED 127.0.0.1:7700' })

    const up = await drainOutbox(store.db, index)
    expect(up).toMatchObject({ upserted: 1, deleted: 1, pending: 0, error: null })
    expect(applied).toEqual([{ upserts: ['a1'], deletes: ['a2'] }])
  })

  it('drains in batches until nothing waits', async () => {
    await upsertItems(store.db, sourceId, Array.from({ length: 7 }, (_, i) => storedItem({ id: `b${i}` })))
    const { index, applied } = recordingIndex(0)
    expect(await drainOutbox(store.db, index, 3)).toMatchObject({ upserted: 7, pending: 0 })
    expect(applied.map((a) => a.upserts.length)).toEqual([3, 3, 1])
  })
})
