import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refreshStatisticsIfStale } from '../../src/store/statistics.ts'
import { createTestStore, testDatabaseKind, type TestStore } from '../helpers/database.ts'
import { seedItems, seedSource } from '../helpers/seed-items.ts'
import { saveWijk } from '../../src/store/wijken.ts'

let store: TestStore
beforeAll(async () => {
  store = await createTestStore()
})
afterAll(() => store.destroy())

const estimatedRows = async () =>
  (await sql<{ n: number }>`select reltuples::float8 as n from pg_class where oid = 'items'::regclass`.execute(store.db)).rows[0]!.n

describe(`planner statistics of the items table (${testDatabaseKind})`, () => {
  it('analyzes a table never analyzed, then only once it changed by more than a tenth', async () => {
    const wijk = await saveWijk(store.db, { slug: 'kalsdonk', name: 'Kalsdonk' })
    const source = await seedSource(store.db, wijk, { name: 'Buurtsite', url: 'https://kalsdonk.mijnbuurtje.nl', platform: 'mijnbuurtje' })
    const post = (i: number) => ({ id: `bericht-${i}`, title: `Bericht ${i} uit de buurt`, publishedAt: '2026-11-09T10:00:00+01:00' })
    await seedItems(store.db, source, wijk, Array.from({ length: 600 }, (_, i) => post(i)))
    // A fresh template may already carry statistics of the empty table; 600 rows is more than the floor of 500.
    expect(await refreshStatisticsIfStale(store.db)).toBe(true)
    expect(await estimatedRows()).toBe(600)
    expect(await refreshStatisticsIfStale(store.db)).toBe(false)

    await seedItems(store.db, source, wijk, Array.from({ length: 100 }, (_, i) => post(600 + i)))
    expect(await refreshStatisticsIfStale(store.db)).toBe(false)
    await seedItems(store.db, source, wijk, Array.from({ length: 500 }, (_, i) => post(700 + i)))
    expect(await refreshStatisticsIfStale(store.db)).toBe(true)
    expect(await estimatedRows()).toBe(1200)
  })
})
