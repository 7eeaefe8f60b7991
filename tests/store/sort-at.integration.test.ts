import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { PostgresSearch } from '../../src/search/postgres.ts'
import { upsertItems } from '../../src/store/items.ts'
import * as sortAtNotInFuture from '../../src/store/migrations/0003-sort-at-not-in-future.ts'
import { addSource } from '../../src/store/sources.ts'
import { saveWijk } from '../../src/store/wijken.ts'
import { createTestStore, testDatabaseKind, type TestStore } from '../helpers/database.ts'
import { storedItem } from '../helpers/item-factory.ts'

let store: TestStore
const DAY = 24 * 60 * 60 * 1000
const FUTURE = '2030-01-01T10:00:00+01:00'
const yesterday = new Date(Date.now() - DAY)
const twoDaysAgo = new Date(Date.now() - 2 * DAY)

beforeAll(async () => {
  store = await createTestStore()
  await saveWijk(store.db, { slug: 'vogelbuurt', name: 'Vogelbuurt', postcodes: [] })
  const source = await addSource(store.db, { adapter: 'feed', url: 'https://buurtsite-voorbeeld.nl/rss.xml', wijkSlug: 'vogelbuurt', name: 'Buurtsite', config: {}, local: false })
  await upsertItems(store.db, source.id, [
    storedItem({ id: 'yesterday', publishedAt: yesterday.toISOString() }),
    storedItem({ id: 'future', publishedAt: FUTURE }),
  ])
  // The future-dated item was seen two days ago, before the other one was even published.
  await sql`UPDATE items SET first_seen_at = ${twoDaysAgo} WHERE id = 'future'`.execute(store.db)
})
afterAll(() => store.destroy())

const sortAt = async (id: string) =>
  (await store.db.selectFrom('items').select('sort_at').where('id', '=', id).executeTakeFirstOrThrow()).sort_at.toISOString()

const newest = async () => (await new PostgresSearch(store.db).search({ wijk: 'vogelbuurt', sort: 'newest', limit: 10 })).items.map((item) => item.id)

/** The column is still stored (not virtual) and still indexed for "newest". */
async function expectStoredAndIndexed(): Promise<void> {
  const { rows: [column] } = await sql<{ attgenerated: string }>`
    SELECT attgenerated FROM pg_attribute WHERE attrelid = 'items'::regclass AND attname = 'sort_at'`.execute(store.db)
  expect(column?.attgenerated).toBe('s')
  const { rows: [index] } = await sql<{ indexdef: string }>`SELECT indexdef FROM pg_indexes WHERE indexname = 'items_wijk_sort_idx'`.execute(store.db)
  expect(index?.indexdef).toMatch(/\(wijk_slug, sort_at DESC, id\)/)
}

describe(`items.sort_at (${testDatabaseKind})`, () => {
  it('is never later than when the item was first seen', async () => {
    expect(await sortAt('yesterday')).toBe(yesterday.toISOString())
    expect(await sortAt('future')).toBe(twoDaysAgo.toISOString())
    expect(await newest()).toEqual(['yesterday', 'future'])
    await expectStoredAndIndexed()
  })

  it('goes back to the publication date when migrated down, and forward again', async () => {
    const db = store.db as Kysely<unknown>
    await sortAtNotInFuture.down(db)
    expect(await sortAt('future')).toBe(new Date(FUTURE).toISOString())
    expect(await newest()).toEqual(['future', 'yesterday'])
    await expectStoredAndIndexed()
    await sortAtNotInFuture.up(db)
    expect(await newest()).toEqual(['yesterday', 'future'])
    await expectStoredAndIndexed()
  })
})
