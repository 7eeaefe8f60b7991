import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ensureDemo, DEMO_WIJK } from '../../src/demo/demo.ts'
import { Fetcher } from '../../src/fetch/index.ts'
import { ingestNow } from '../../src/ingest/ingest-many.ts'
import { findItems } from '../../src/store/items.ts'
import { findSource, listSources } from '../../src/store/sources.ts'
import { createSource } from '../../src/sources/create-source.ts'
import { saveWijk } from '../../src/store/wijken.ts'
import { createTestStore, testDatabaseKind, type TestStore } from '../helpers/database.ts'
import { startServer, type TestServer } from '../fetch/test-server.ts'

const drupalRss = readFileSync(new URL('../../../shared/fixtures/feeds/buurtsite-drupal.rss', import.meta.url))
const agendaIcs = readFileSync(new URL('../../../shared/fixtures/feeds/wijkagenda.ics', import.meta.url))

let store: TestStore
let server: TestServer
let emptied = false
const fetcher = new Fetcher({ userAgent: 'Buurtfeed-test/1.0', hostGapMs: 0, timeoutMs: 5000 })
const now = () => new Date('2026-11-10T12:00:00Z')

beforeAll(async () => {
  store = await createTestStore()
  server = await startServer({
    '/buurtsite.rss': (request, response) => {
      if (request.headers['if-none-match'] === '"v1"') return response.writeHead(304).end()
      response.writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1252', etag: '"v1"' }).end(drupalRss)
    },
    '/verbouwd.rss': (_request, response) =>
      response
        .writeHead(200, { 'content-type': 'application/rss+xml; charset=windows-1252' })
        .end(emptied ? '<?xml version="1.0"?><rss version="2.0"><channel><title>Buurtsite</title></channel></rss>' : drupalRss),
    '/agenda.ics': (_request, response) => response.writeHead(200, { 'content-type': 'text/calendar' }).end(agendaIcs),
    '/kapot.rss': (_request, response) => response.writeHead(503, { 'retry-after': '120' }).end('onderhoud'),
    '/afgebroken.rss': (_request, response) =>
      response.writeHead(200, { 'content-type': 'application/rss+xml' }).end('<?xml version="1.0"?><rss version="2.0"><channel><item><title>Half'),
  })
  await saveWijk(store.db, { slug: 'vogelbuurt', name: 'Vogelbuurt' })
})
afterAll(async () => {
  await server.close()
  await fetcher.close()
  await store.destroy()
})

describe(`ingest from a real HTTP server into ${testDatabaseKind}`, () => {
  it('stores items of healthy sources while broken ones fail on their own, then a re-run changes nothing', async () => {
    const add = (path: string, adapter: string, name: string) =>
      createSource(store.db, { adapter, url: server.url(path), wijk: 'vogelbuurt', name, local: true })
    const feed = await add('/buurtsite.rss', 'feed', 'Buurtsite Vogelbuurt')
    const calendar = await add('/agenda.ics', 'ical', 'Buurthuis De Linde')
    const down = await add('/kapot.rss', 'feed', 'Kapotte site')
    const truncated = await add('/afgebroken.rss', 'feed', 'Afgebroken feed')

    const first = await ingestNow({ db: store.db, fetcher, now }, { all: true })
    const byId = new Map(first!.map((r) => [r.sourceId, r]))
    expect(byId.get(feed.id)).toMatchObject({ outcome: 'ok', items: 2, stored: { inserted: 2 } })
    expect(byId.get(calendar.id)?.outcome).toBe('ok')
    expect(byId.get(calendar.id)!.items).toBeGreaterThanOrEqual(8)
    expect(byId.get(down.id)?.failure).toMatchObject({ type: 'http_status' })
    expect(byId.get(truncated.id)?.failure).toMatchObject({ type: 'parse' })

    const feedHealth = (await findSource(store.db, feed.id))!.health
    expect(feedHealth).toMatchObject({ state: 'ok', itemCount: 2, lastItemCount: 2, consecutiveErrors: 0 })
    const downHealth = (await findSource(store.db, down.id))!.health
    expect(downHealth).toMatchObject({ state: 'failing', consecutiveErrors: 1, lastError: { type: 'http_status' } })
    // Retry-After: 120 s is respected by the next check.
    expect(new Date(downHealth.nextCheckAt).getTime()).toBeGreaterThanOrEqual(now().getTime() + 120_000)

    const second = await ingestNow({ db: store.db, fetcher, now }, { all: true })
    const again = new Map(second!.map((r) => [r.sourceId, r]))
    expect(again.get(feed.id)?.outcome).toBe('not_modified')
    expect(server.requests('/buurtsite.rss').at(-1)?.headers['if-none-match']).toBe('"v1"')
    expect(again.get(calendar.id)?.stored).toMatchObject({ inserted: 0, updated: 0 })
    expect((await findSource(store.db, down.id))!.health.consecutiveErrors).toBe(2)
    expect((await findSource(store.db, feed.id))!.health.lastItemCount).toBe(2)
  })

  it('normalises what it stores: accents, absolute links, no script, masked e-mail', async () => {
    const rows = await store.db.selectFrom('items').select('id').where('platform', '=', 'feed').execute()
    const items = await findItems(store.db, rows.map((r) => r.id))
    const titles = items.map((i) => i.title).sort()
    expect(titles).toEqual(['Buurtcafé op vrijdag weer open', 'Gezocht: vrijwilligers voor de kerstmarkt'])
    const kerstmarkt = items.find((i) => i.title.startsWith('Gezocht'))!
    expect(kerstmarkt.url).toBe('https://buurtsite-voorbeeld.nl/agenda/kerstmarkt-2026')
    expect(kerstmarkt.bodyHtml).not.toMatch(/<script|jose@example\.org/)
    expect(kerstmarkt.summary).toContain('[e-mail verborgen]')
    expect(kerstmarkt.wijk).toEqual({ slug: 'vogelbuurt', name: 'Vogelbuurt' })
  })

  it('reads an unchanged document in full again after a day, so windows that move with the date move', async () => {
    const feedSource = (await listSources(store.db)).find((s) => s.name === 'Buurtsite Vogelbuurt')!
    const dayLater = () => new Date(now().getTime() + 25 * 60 * 60 * 1000)
    const [run] = (await ingestNow({ db: store.db, fetcher, now: dayLater }, { sourceId: feedSource.id }))!
    expect(run!.outcome).toBe('ok')
    expect(server.requests('/buurtsite.rss').at(-1)?.headers['if-none-match']).toBeUndefined()
    const [next] = (await ingestNow({ db: store.db, fetcher, now: dayLater }, { sourceId: feedSource.id }))!
    expect(next!.outcome).toBe('not_modified')
  })

  it('reports a source that suddenly yields nothing as suspect, and keeps its items', async () => {
    const source = await createSource(store.db, { adapter: 'feed', url: server.url('/verbouwd.rss'), wijk: 'vogelbuurt', name: 'Verbouwde site', local: true })
    expect((await ingestNow({ db: store.db, fetcher, now }, { sourceId: source.id }))![0]).toMatchObject({ outcome: 'ok', items: 2 })
    emptied = true
    const [run] = (await ingestNow({ db: store.db, fetcher, now }, { sourceId: source.id }))!
    expect(run!.failure).toMatchObject({ type: 'empty', message: expect.stringContaining('the last run found 2') })
    const health = (await findSource(store.db, source.id))!.health
    expect(health).toMatchObject({ state: 'suspect', itemCount: 2, lastItemCount: 2, lastError: { type: 'empty' } })
  })

  it('runs exactly the one source asked for, due or not, and no other due source', async () => {
    const before = server.log.length
    const feedSource = (await listSources(store.db)).find((s) => s.name === 'Buurtsite Vogelbuurt')!
    const runs = await ingestNow({ db: store.db, fetcher, now: () => new Date('2027-01-01T00:00:00Z') }, { sourceId: feedSource.id })
    expect(runs!.map((r) => r.sourceId)).toEqual([feedSource.id])
    expect(new Set(server.log.slice(before).map((entry) => entry.path))).toEqual(new Set(['/buurtsite.rss']))
  })

  it('answers null for an unknown source id', async () => {
    expect(await ingestNow({ db: store.db, fetcher, now }, { sourceId: 'src_bestaatniet' })).toBeNull()
  })
})

describe(`demo wijk (${testDatabaseKind})`, () => {
  it('is built from the bundled samples while no real source exists, and leaves when one does', async () => {
    const demoStore = await createTestStore()
    try {
      expect(await ensureDemo(demoStore.db)).toBe(DEMO_WIJK.slug)
      const results = await ingestNow({ db: demoStore.db, fetcher, now }, { all: true })
      // One demo source is broken on purpose (its site changed its markup), to show source health.
      const failed = results!.filter((r) => r.outcome !== 'ok')
      expect(failed.map((r) => [r.sourceId, r.failure?.type])).toEqual([['demo-wijkconnect', 'parse']])
      expect(failed[0]!.failure!.message).toMatch(/div\.prikbord-item.*found nothing/)
      const platforms = await demoStore.db.selectFrom('items').select('platform').distinct().where('wijk_slug', '=', DEMO_WIJK.slug).execute()
      expect(platforms.map((p) => p.platform).sort()).toEqual(
        ['deedmob', 'facebook', 'feed', 'ical', 'jsonld', 'mijnbuurtje', 'mobilizon', 'nlvoorelkaar', 'whatsapp', 'wordpress'],
      )
      // The samples are files on our disk: every public link goes to the sources' sites instead.
      const ids = await demoStore.db.selectFrom('items').select('id').execute()
      const items = await findItems(demoStore.db, ids.map((r) => r.id))
      for (const item of items) {
        expect(item.url).toMatch(/^https:\/\//)
        expect(item.source.url).toMatch(/^https:\/\//)
      }
      expect(items.find((i) => i.title.startsWith('Koffieochtend'))?.url).toBe('https://hallovoorbeeldwijk.nl/agenda/1881-koffieochtend')
      expect(items.find((i) => i.title.startsWith('Sinterklaas'))?.url).toBe('https://buurthuisdelinde.nl/agenda')
      // Starting again keeps one copy of everything.
      expect(await ensureDemo(demoStore.db)).toBe(DEMO_WIJK.slug)
      expect((await listSources(demoStore.db)).length).toBe(12)

      await saveWijk(demoStore.db, { slug: 'vogelbuurt', name: 'Vogelbuurt' })
      await createSource(demoStore.db, { adapter: 'feed', url: 'https://buurtsite-voorbeeld.nl/rss.xml', wijk: 'vogelbuurt' })
      expect(await ensureDemo(demoStore.db)).toBeNull()
      expect((await listSources(demoStore.db)).map((s) => s.wijk)).toEqual(['vogelbuurt'])
      expect(await demoStore.db.selectFrom('items').select('id').execute()).toEqual([])
    } finally {
      await demoStore.destroy()
    }
  })
})
