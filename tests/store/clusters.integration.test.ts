import { sql } from 'kysely'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { PostgresSearch } from '../../src/search/postgres.ts'
import { reclusterWijken } from '../../src/store/clusters.ts'
import { findItem, hideItem } from '../../src/store/items.ts'
import { removeSource } from '../../src/store/sources.ts'
import { saveWijk, type Wijk } from '../../src/store/wijken.ts'
import { createTestStore, testDatabaseKind, type TestStore } from '../helpers/database.ts'
import { NOW, seedItems, seedSource, type SeededSource } from '../helpers/seed-items.ts'

let store: TestStore
let wijk: Wijk
let agenda: SeededSource
let facebook: SeededSource
let whatsapp: SeededSource

const buurtcafe = {
  kind: 'event' as const,
  categories: ['gezelschap' as const],
  startsAt: '2026-11-14T15:00:00+01:00',
}

beforeAll(async () => {
  store = await createTestStore()
  wijk = await saveWijk(store.db, { slug: 'vogelbuurt', name: 'Vogelbuurt', gemeente: 'Voorbeeldstad' })
})
afterAll(() => store.destroy())

beforeEach(async () => {
  await sql`TRUNCATE items, tombstones, search_outbox, sources CASCADE`.execute(store.db)
  agenda = await seedSource(store.db, wijk, { name: 'Agenda De Nachtegaal', url: 'https://denachtegaal.nl/agenda', platform: 'feed' })
  facebook = await seedSource(store.db, wijk, { name: 'Prikbord Vogelbuurt', url: 'https://www.facebook.com/groups/prikbordvogelbuurt', platform: 'facebook' })
  whatsapp = await seedSource(store.db, wijk, { name: 'Buurtapp Vogelbuurt', url: 'https://chat.whatsapp.com/vogelbuurt', platform: 'whatsapp' })
  await seedItems(store.db, agenda, wijk, [
    {
      ...buurtcafe,
      id: 'agenda-cafe',
      title: 'Buurtcafé in De Nachtegaal',
      body: 'Zaterdag 14 november is er weer buurtcafé in buurthuis De Nachtegaal, vanaf 15.00 uur. Iedereen welkom, ook nieuwe buren.',
      location: { name: 'Buurthuis De Nachtegaal', address: 'Merelstraat 12' },
      publishedAt: '2026-11-02T10:00:00+01:00',
    },
    {
      ...buurtcafe,
      id: 'agenda-koffie',
      title: 'Koffieochtend',
      body: 'Elke dinsdag koffieochtend in De Nachtegaal van 10.00 tot 12.00 uur.',
      startsAt: '2026-11-17T10:00:00+01:00',
      publishedAt: '2026-11-02T10:00:00+01:00',
    },
  ])
  await seedItems(store.db, facebook, wijk, [
    {
      ...buurtcafe,
      id: 'fb-cafe',
      title: 'Zaterdag is er weer het buurtcafé in De Nachtegaal',
      body: 'Zaterdag is er weer het buurtcafé in De Nachtegaal, vanaf 15.00 uur. Iedereen welkom, ook als je nieuw bent in de wijk ☕',
      publishedAt: '2026-11-09T19:30:00+01:00',
    },
    {
      ...buurtcafe,
      id: 'fb-koffie',
      title: 'Koffieochtend',
      body: 'Elke dinsdag koffieochtend in De Nachtegaal van 10.00 tot 12.00 uur.',
      startsAt: '2026-11-24T10:00:00+01:00',
      publishedAt: '2026-11-09T10:00:00+01:00',
    },
  ])
  await seedItems(store.db, whatsapp, wijk, [
    {
      ...buurtcafe,
      id: 'wa-cafe',
      title: 'Buurtcafé zaterdag 15.00 De Nachtegaal',
      body: 'Buurtcafé zaterdag 15.00 De Nachtegaal, kom ook! 😊',
      publishedAt: '2026-11-12T08:10:00+01:00',
    },
  ])
})

const search = () => new PostgresSearch(store.db, () => NOW)
const clusterOf = async (id: string) => (await store.db.selectFrom('items').select('cluster_id').where('id', '=', id).executeTakeFirstOrThrow()).cluster_id

describe(`clusters (${testDatabaseKind})`, () => {
  it('groups the same activity on three platforms and shows it once with links to the others', async () => {
    const result = await reclusterWijken(store.db, ['vogelbuurt'], NOW)
    expect(result.changed).toBe(2)
    const cluster = await clusterOf('agenda-cafe')
    expect([await clusterOf('fb-cafe'), await clusterOf('wa-cafe')]).toEqual([cluster, cluster])
    // The weekly koffieochtend on two dates is two activities.
    expect(await clusterOf('agenda-koffie')).not.toBe(await clusterOf('fb-koffie'))

    const feed = await search().search({ wijk: 'vogelbuurt', limit: 20 })
    const cafes = feed.items.filter((item) => item.title.toLowerCase().includes('buurtcafé'))
    expect(cafes).toHaveLength(1)
    // The copy that says where it is shows the activity.
    expect(cafes[0]!.id).toBe('agenda-cafe')
    expect(feed.total).toBe(3)
    expect(cafes[0]!.cluster).toBe(cluster)
    expect(cafes[0]!.alsoOn.map((link) => link.platform).sort()).toEqual(
      ['facebook', 'feed', 'whatsapp'].filter((platform) => platform !== cafes[0]!.platform),
    )
    expect(cafes[0]!.alsoOn.find((link) => link.platform === 'facebook')).toMatchObject({ sourceName: 'Prikbord Vogelbuurt' })
  })

  it('lists every member of a cluster, and the copy on a platform when filtering on it', async () => {
    await reclusterWijken(store.db, ['vogelbuurt'], NOW)
    const cluster = await clusterOf('wa-cafe')
    const members = await search().search({ cluster, limit: 20 })
    expect(members.items.map((item) => item.id).sort()).toEqual(['agenda-cafe', 'fb-cafe', 'wa-cafe'])
    const onWhatsapp = await search().search({ wijk: 'vogelbuurt', platform: ['whatsapp'], limit: 20 })
    expect(onWhatsapp.items.map((item) => item.id)).toEqual(['wa-cafe'])
    expect(onWhatsapp.items[0]!.alsoOn).toHaveLength(2)
  })

  it('queues every member whose links changed for the search index, and a second run changes nothing', async () => {
    await sql`TRUNCATE search_outbox`.execute(store.db)
    await reclusterWijken(store.db, ['vogelbuurt'], NOW)
    const queued = await store.db.selectFrom('search_outbox').select('item_id').distinct().execute()
    expect(queued.map((row) => row.item_id).sort()).toEqual(['agenda-cafe', 'fb-cafe', 'wa-cafe'])
    expect(await reclusterWijken(store.db, ['vogelbuurt'], NOW)).toEqual({ changed: 0, queued: 0 })
  })

  it('queues the member that shows a cluster when another member is hidden: it lost a link', async () => {
    await reclusterWijken(store.db, ['vogelbuurt'], NOW)
    await sql`TRUNCATE search_outbox`.execute(store.db)
    await hideItem(store.db, 'wa-cafe', NOW)
    const queued = await store.db.selectFrom('search_outbox').select(['item_id', 'op']).orderBy('id').execute()
    expect(queued).toContainEqual({ item_id: 'wa-cafe', op: 'delete' })
    expect(queued).toContainEqual({ item_id: 'agenda-cafe', op: 'upsert' })
    expect((await findItem(store.db, 'agenda-cafe', NOW))!.alsoOn.map((link) => link.platform)).toEqual(['facebook'])
  })

  it('keeps a cluster together when its first post grows older than the window', async () => {
    const request = (id: string, publishedAt: string) => ({
      id, kind: 'request' as const, categories: ['dieren' as const], publishedAt,
      title: 'Wie kan overdag onze labrador Max uitlaten?',
      body: 'Wij werken allebei lange dagen. Wie kan op dinsdag en donderdag rond het middaguur een rondje lopen met onze labrador Max?',
    })
    await seedItems(store.db, facebook, wijk, [request('fb-max', '2026-09-05T12:00:00+02:00')])
    await seedItems(store.db, whatsapp, wijk, [request('wa-max', '2026-09-15T12:00:00+02:00')])
    await reclusterWijken(store.db, ['vogelbuurt'], new Date('2026-09-20T12:00:00+02:00'))
    expect(await clusterOf('wa-max')).toBe(await clusterOf('fb-max'))
    // 66 days after the first post: it is outside the window, its copy (56 days) is not.
    await reclusterWijken(store.db, ['vogelbuurt'], new Date('2026-11-10T12:00:00+01:00'))
    expect(await clusterOf('wa-max')).toBe(await clusterOf('fb-max'))
  })

  it('still shows the post when the member that stood for it is hidden or its source removed', async () => {
    await reclusterWijken(store.db, ['vogelbuurt'], NOW)
    const head = await clusterOf('agenda-cafe')
    await hideItem(store.db, head, NOW)
    let cafes = (await search().search({ wijk: 'vogelbuurt', q: 'buurtcafé', limit: 20 })).items
    expect(cafes).toHaveLength(1)
    expect(cafes[0]!.id).not.toBe(head)
    expect(cafes[0]!.alsoOn).toHaveLength(1)

    const shown = cafes[0]!
    await removeSource(store.db, shown.source.id, NOW)
    cafes = (await search().search({ wijk: 'vogelbuurt', q: 'buurtcafé', limit: 20 })).items
    expect(cafes).toHaveLength(1)
    expect(cafes[0]!.alsoOn).toEqual([])
    expect((await findItem(store.db, cafes[0]!.id, NOW))!.cluster).toBe(cafes[0]!.id)
  })
})
