import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_WIJK } from '../../src/demo/demo.ts'
import { createTestDatabaseEnv, testDatabaseKind } from '../helpers/database.ts'

const bin = fileURLToPath(new URL('../../bin/buurtfeed.js', import.meta.url))
let database: Awaited<ReturnType<typeof createTestDatabaseEnv>>
let server: ChildProcess
let base: string
let env: NodeJS.ProcessEnv
let log = ''

async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const { port } = probe.address() as { port: number }
  probe.close()
  return port
}

async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server log:\n${log}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

beforeAll(async () => {
  database = await createTestDatabaseEnv()
  const port = await freePort()
  base = `http://127.0.0.1:${port}`
  env = { ...process.env, DATABASE_URL: '', BUURTFEED_DATA_DIR: '', ...database.env, BUURTFEED_SCHEDULER_SECONDS: '0' }
  server = spawn(process.execPath, [bin, 'serve', '--port', String(port)], { env, stdio: ['ignore', 'pipe', 'pipe'] })
  server.stderr!.on('data', (chunk: Buffer) => (log += chunk.toString()))
  server.stdout!.on('data', (chunk: Buffer) => (log += chunk.toString()))
}, 90_000)

afterAll(async () => {
  if (server.exitCode === null) {
    server.kill('SIGKILL')
    await once(server, 'exit')
  }
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
    const second = spawnSync(process.execPath, [bin, 'ingest', '--all'], { env, encoding: 'utf8', timeout: 60_000 })
    expect(second.status).toBe(1)
    expect(second.stderr.trim().split('\n')).toHaveLength(1)
    expect(second.stderr).toMatch(/in use by another Buurtfeed process/)
  }, 60_000)

  it('stops cleanly on SIGTERM', async () => {
    server.kill('SIGTERM')
    const [code] = await once(server, 'exit')
    expect(code).toBe(0)
  }, 30_000)
})
