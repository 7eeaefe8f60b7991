import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { upsertItems } from '../../src/store/items.ts'
import { addSource, dueSources, findSource, listSources, recordFailure, recordSuccess } from '../../src/store/sources.ts'
import { findWijk, listWijken, saveWijk } from '../../src/store/wijken.ts'
import { createTestStore, testDatabaseKind, type TestStore } from '../helpers/database.ts'
import { storedItem } from '../helpers/item-factory.ts'

let store: TestStore
beforeAll(async () => {
  store = await createTestStore()
})
afterAll(() => store.destroy())

describe(`wijken and sources (${testDatabaseKind})`, () => {
  it('saves a wijk with normalised postcodes, and saving it again updates it', async () => {
    await saveWijk(store.db, { slug: 'oosterpark', name: 'Oosterpark', postcodes: ['1092 ab', '1093'] })
    const updated = await saveWijk(store.db, { slug: 'oosterpark', name: 'Oosterparkbuurt', gemeente: 'Amsterdam', cbsCode: 'BU0363AF01', cbsYear: 2026 })
    expect(updated).toMatchObject({ slug: 'oosterpark', name: 'Oosterparkbuurt', gemeente: 'Amsterdam', cbsCode: 'BU0363AF01', postcodes: [] })
    expect((await listWijken(store.db)).map((w) => w.slug)).toContain('oosterpark')
    expect(await findWijk(store.db, 'nergens')).toBeNull()
  })

  it('rejects a bad slug, postcode or CBS code', async () => {
    await expect(saveWijk(store.db, { slug: 'Oost Park', name: 'x' })).rejects.toThrow(/slug/)
    await expect(saveWijk(store.db, { slug: 'oost', name: 'x', postcodes: ['12345'] })).rejects.toThrow(/postcode/)
    await expect(saveWijk(store.db, { slug: 'oost', name: 'x', cbsCode: 'BU12' })).rejects.toThrow(/CBS/)
  })

  it('tracks health: failures count up with their type, a success resets them', async () => {
    await saveWijk(store.db, { slug: 'vogelbuurt', name: 'Vogelbuurt' })
    const source = await addSource(store.db, { adapter: 'feed', url: 'https://buurtsite-voorbeeld.nl/rss', wijkSlug: 'vogelbuurt', name: 'Buurtsite', config: {}, local: false })
    expect(source.health).toMatchObject({ state: 'new', consecutiveErrors: 0, itemCount: 0, lastError: null })
    expect(source.id).toMatch(/^src_[a-z2-9]{8}$/)

    const at = new Date('2026-11-21T10:00:00Z')
    await recordFailure(store.db, source.id, { at, nextCheckAt: new Date('2026-11-21T11:00:00Z'), type: 'http_status', message: 'HTTP 503 from https://buurtsite-voorbeeld.nl/rss' })
    await recordFailure(store.db, source.id, { at, nextCheckAt: new Date('2026-11-21T12:00:00Z'), type: 'timeout', message: 'no answer in 20 s' })
    const failing = (await findSource(store.db, source.id))!
    expect(failing.health).toMatchObject({ state: 'failing', consecutiveErrors: 2, lastError: { type: 'timeout', message: 'no answer in 20 s', at: at.toISOString() } })

    await upsertItems(store.db, source.id, [storedItem({ id: 'x1' }), storedItem({ id: 'x2' })])
    await recordSuccess(store.db, source.id, { at, nextCheckAt: new Date('2026-11-21T13:00:00Z'), itemCount: 2, fetchState: { etag: '"abc"', lastModified: null } })
    const healthy = (await listSources(store.db, { wijk: 'vogelbuurt' }))[0]!
    expect(healthy.health).toMatchObject({ state: 'ok', consecutiveErrors: 0, itemCount: 2, lastItemCount: 2, lastSuccessAt: at.toISOString() })
    expect(healthy.fetchState).toEqual({ etag: '"abc"', lastModified: null, lastParsedAt: at.toISOString() })

    // A 304 keeps the last count.
    await recordSuccess(store.db, source.id, { at, nextCheckAt: new Date('2026-11-21T14:00:00Z'), itemCount: null })
    expect((await findSource(store.db, source.id))!.health.lastItemCount).toBe(2)
  })

  it('lists sources that are due', async () => {
    const now = new Date('2026-11-21T12:30:00Z')
    const before = (await dueSources(store.db, now)).map((s) => s.id)
    const later = await addSource(store.db, { adapter: 'ical', url: 'https://buurthuis.nl/agenda.ics', wijkSlug: 'vogelbuurt', name: 'Buurthuis', config: {}, local: false })
    await recordSuccess(store.db, later.id, { at: now, nextCheckAt: new Date('2026-11-22T00:00:00Z'), itemCount: 0 })
    expect((await dueSources(store.db, now)).map((s) => s.id)).toEqual(before)
    await recordSuccess(store.db, later.id, { at: now, nextCheckAt: now, itemCount: 0 })
    expect((await dueSources(store.db, now)).map((s) => s.id)).toContain(later.id)
  })
})
