import { spawnSync } from 'node:child_process'
import { once } from 'node:events'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_WIJK } from '../../src/demo/demo.ts'
import { createTestDatabaseEnv, testDatabaseKind } from '../helpers/database.ts'
import { buurtfeedBin, startServer, waitFor as waitForValue, type ServerProcess } from '../helpers/server-process.ts'

let database: Awaited<ReturnType<typeof createTestDatabaseEnv>>
let server: ServerProcess
let base: string

const waitFor = <T>(what: string, probe: () => Promise<T | undefined>) => waitForValue(what, probe, 60_000, () => server.log())

beforeAll(async () => {
  database = await createTestDatabaseEnv()
  server = await startServer({ ...database.env, BUURTFEED_SCHEDULER_SECONDS: '0' })
  base = server.base
}, 90_000)

afterAll(async () => {
  await server.kill()
  await database.destroy()
})

describe(`npm start on a fresh ${testDatabaseKind}`, () => {
  it('serves the demo wijk with items from at least five platforms, a feed and a calendar among them', async () => {
    const platforms = await waitFor('demo items of five platforms', async () => {
      const response = await fetch(`${base}/api/items?wijk=${DEMO_WIJK.slug}&limit=100`)
      const body = (await response.json()) as { facets: { platform: Record<string, number> } }
      const found = Object.keys(body.facets.platform)
      return found.length >= 5 && found.includes('feed') && found.includes('ical') ? found : undefined
    })
    expect(platforms.length).toBeGreaterThanOrEqual(5)

    const page = await fetch(`${base}/wijk/${DEMO_WIJK.slug}`)
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(html).toContain('Repair Café')
    expect(html).toContain('href="https://buurtsite-voorbeeld.nl/agenda/kerstmarkt-2026"')
    expect(html).toMatch(/demo/i)
    expect(html).not.toContain('jose@example.org')
    expect(html).not.toContain('file:')

    expect(await (await fetch(`${base}/healthz`)).json()).toMatchObject({ status: 'ok' })
  }, 90_000)

  it('shows the koffieochtend of the wijk agenda and the WhatsApp group once, with a link to the other', async () => {
    const shown = await waitFor('the koffieochtend as one cluster', async () => {
      const response = await fetch(`${base}/api/items?wijk=${DEMO_WIJK.slug}&q=koffieochtend`)
      const body = (await response.json()) as { items: { platform: string; alsoOn: { platform: string }[] }[] }
      return body.items.length === 1 && body.items[0]!.alsoOn.length === 1 ? body.items[0] : undefined
    })
    expect([shown.platform, shown.alsoOn[0]!.platform].sort()).toEqual(['feed', 'whatsapp'])
    expect(await (await fetch(`${base}/wijk/${DEMO_WIJK.slug}`)).text()).toContain('Ook op:')
  }, 90_000)

  it.runIf(!process.env.TEST_DATABASE_URL)('tells a second process that the embedded database is in use', () => {
    const second = spawnSync(process.execPath, [buurtfeedBin, 'ingest', '--all'], { env: server.env, encoding: 'utf8', timeout: 60_000 })
    expect(second.status).toBe(1)
    expect(second.stderr.trim().split('\n')).toHaveLength(1)
    expect(second.stderr).toMatch(/in use by another Buurtfeed process/)
  }, 60_000)

  it('stops cleanly on SIGTERM', async () => {
    server.process.kill('SIGTERM')
    const [code] = await once(server.process, 'exit')
    expect(code).toBe(0)
  }, 30_000)
})
