import { gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { asAdmin, createTestApp, type TestApp } from '../../api/test-app.ts'
import { testDatabaseKind } from '../../helpers/database.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.store.destroy())

const SITE = 'https://www.buurthuisdekolibrie.nl'
const fromSite = (init: RequestInit = {}): RequestInit => ({ ...init, headers: { Origin: SITE, ...init.headers } })

describe('GET /widget.js', () => {
  it('is served as cacheable JavaScript with an ETag, and 304 when unchanged', async () => {
    const res = await t.app.request('/widget.js')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('Cache-Control')).toBe('public, max-age=3600')
    const etag = res.headers.get('ETag')
    expect(etag).toMatch(/^"[^"]+"$/)
    const again = await t.app.request('/widget.js', { headers: { 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
  })

  it('is under 10 KB gzipped', async () => {
    const script = await (await t.app.request('/widget.js')).text()
    const gzipped = gzipSync(script).byteLength
    expect(gzipped).toBeGreaterThan(1000)
    expect(gzipped).toBeLessThan(10 * 1024)
  })

  it("carries the server's kind labels, platform names, limits and the agenda order, filled in", async () => {
    const script = await (await t.app.request('/widget.js')).text()
    const text = /\}\)\((\{.*\})\)\s*$/.exec(script)?.[1]
    expect(JSON.parse(text!)).toEqual({
      kinds: { request: 'Hulpvraag', offer: 'Aanbod', event: 'Activiteit', info: 'Nieuws & mededelingen' },
      platforms: expect.objectContaining({ nlvoorelkaar: 'NLvoorElkaar', mijnbuurtje: 'mijnbuurtje.nl', whatsapp: 'WhatsApp' }),
      sorts: { event: 'soonest' },
      limit: { min: 1, max: 20, default: 5 },
    })
    expect(script).not.toContain('(WIDGET_TEXT)')
  })

  it('defines the buurtfeed-feed element and builds its DOM without markup from data', async () => {
    const script = await (await t.app.request('/widget.js')).text()
    expect(script).toContain("const TAG = 'buurtfeed-feed'")
    expect(script).toContain("attachShadow({ mode: 'open' })")
    expect(script).toContain("static observedAttributes = ['wijk', 'kind', 'limit']")
    for (const forbidden of ['innerHTML', 'outerHTML', 'insertAdjacentHTML', 'eval(', 'new Function', 'document.write']) {
      expect(script).not.toContain(forbidden)
    }
  })

  it('requests nothing from another host: its only server is the one it came from', async () => {
    const script = await (await t.app.request('/widget.js')).text()
    expect(script).not.toMatch(/https?:\/\//)
    expect(script).not.toMatch(/\/\/[a-z0-9-]+\.[a-z]{2,}/i)
    expect(script).toContain('new URL(script.src).origin')
    expect(script).toContain('fetch(`${origin}/api/items?${query}`')
  })
})

describe(`CORS on ${testDatabaseKind}`, () => {
  it('lets any site read the items list, without credentials', async () => {
    const res = await t.app.request('/api/items?wijk=vogelbuurt&limit=2', fromSite())
    expect(res.status).toBe(200)
    expect(res.headers.get('Access-Control-Allow-Origin')).toBe('*')
    expect(res.headers.get('Access-Control-Allow-Credentials')).toBeNull()
    expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(2)
  })

  it('also on a HEAD and on an answer from the short search cache', async () => {
    const head = await t.app.request('/api/items?wijk=vogelbuurt&kind=request', fromSite({ method: 'HEAD' }))
    expect(head.headers.get('Access-Control-Allow-Origin')).toBe('*')
    await t.app.request('/api/items?wijk=vogelbuurt&kind=offer', fromSite())
    const cached = await t.app.request('/api/items?kind=offer&wijk=vogelbuurt', fromSite())
    expect(cached.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('also on a 304, so a revalidated copy stays readable for the site', async () => {
    const first = await t.app.request('/api/items?wijk=vogelbuurt&kind=event', fromSite())
    const etag = first.headers.get('ETag')!
    const again = await t.app.request('/api/items?wijk=vogelbuurt&kind=event', fromSite({ headers: { 'If-None-Match': etag } }))
    expect(again.status).toBe(304)
    expect(again.headers.get('Access-Control-Allow-Origin')).toBe('*')
  })

  it('is not on anything else: one item, sources, admin writes, pages, the script', async () => {
    const responses = [
      await t.app.request('/api/items/boodschap', fromSite()),
      await t.app.request('/api/sources', fromSite()),
      await t.app.request('/api/wijken/vogelbuurt', fromSite()),
      await t.app.request('/api/items/klusjes/hide', asAdmin(fromSite({ method: 'POST' }))),
      await t.app.request('/api/items/klusjes/hide', fromSite({ method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'POST' } })),
      await t.app.request('/wijk/vogelbuurt', fromSite()),
      await t.app.request('/embed/vogelbuurt', fromSite()),
      await t.app.request('/widget.js', fromSite()),
    ]
    expect(responses.map((res) => res.status)).toEqual([200, 200, 200, 204, 404, 200, 200, 200])
    for (const res of responses) expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull()
  })

  it('answers no preflight for the items list: the widget sends a simple GET', async () => {
    const res = await t.app.request('/api/items', fromSite({ method: 'OPTIONS', headers: { 'Access-Control-Request-Method': 'GET' } }))
    expect(res.headers.get('Access-Control-Allow-Origin')).toBeNull()
    expect(res.headers.get('Access-Control-Allow-Methods')).toBeNull()
  })
})
