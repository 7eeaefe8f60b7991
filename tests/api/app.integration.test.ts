import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { createApp } from '../../src/api/app.ts'
import { PostgresSearch } from '../../src/search/postgres.ts'
import type { SearchIndex } from '../../src/search/search-index.ts'
import { saveWijk } from '../../src/store/wijken.ts'
import { createTestStore, type TestStore } from '../helpers/database.ts'

let store: TestStore
beforeAll(async () => {
  store = await createTestStore()
})
afterAll(() => store.destroy())

describe('the app', () => {
  it('answers /healthz after a database round trip', async () => {
    const res = await createApp({ db: store.db, search: new PostgresSearch(store.db) }).request('/healthz')
    expect(res.status).toBe(200)
    expect(await res.json()).toEqual({ status: 'ok', database: 'ok' })
  })

  it('answers /healthz with 503 when the database is gone', async () => {
    const gone = await createTestStore()
    await gone.destroy()
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await createApp({ db: gone.db, search: new PostgresSearch(gone.db) }).request('/healthz')
    error.mockRestore()
    expect(res.status).toBe(503)
    expect(await res.json()).toEqual({ status: 'error', database: 'error' })
  })

  it('generates an OpenAPI 3.1 document with every route', async () => {
    const res = await createApp({ db: store.db, search: new PostgresSearch(store.db) }).request('/openapi.json')
    expect(res.status).toBe(200)
    const doc = (await res.json()) as { openapi: string; info: { title: string }; paths: Record<string, Record<string, unknown>>; components: { schemas: Record<string, unknown> } }
    expect(doc.openapi).toBe('3.1.0')
    expect(doc.info.title).toBe('Buurtfeed')
    const routes = Object.entries(doc.paths).flatMap(([path, methods]) => Object.keys(methods).map((method) => `${method.toUpperCase()} ${path}`))
    expect(routes).toEqual(
      expect.arrayContaining([
        'GET /api/items', 'GET /api/items/{id}', 'POST /api/items/{id}/hide',
        'GET /api/wijken', 'POST /api/wijken', 'GET /api/wijken/{slug}',
        'GET /api/sources', 'POST /api/sources', 'DELETE /api/sources/{id}',
        'GET /wijk/{slug}/feed.rss', 'GET /wijk/{slug}/feed.atom', 'GET /wijk/{slug}/feed.json', 'GET /wijk/{slug}/feed.ics',
        'GET /wijk/{slug}', 'GET /', 'GET /healthz',
      ]),
    )
    expect(doc.components.schemas).toHaveProperty('Item')
  })

  it('answers unknown API routes with 404 JSON', async () => {
    const res = await createApp({ db: store.db, search: new PostgresSearch(store.db) }).request('/api/nothing-here')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: 'not_found', message: 'no route GET /api/nothing-here (see /openapi.json)' })
  })

  it('answers an unexpected failure with 500 JSON and no stack trace', async () => {
    const broken: SearchIndex = {
      backend: 'postgres',
      search: () => Promise.reject(new Error('secret internals at /srv/buurtfeed/src/x.ts:12')),
      apply: () => Promise.resolve(),
      reset: () => Promise.resolve(),
    }
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await createApp({ db: store.db, search: broken }).request('/api/items')
    expect(error).toHaveBeenCalled()
    error.mockRestore()
    expect(res.status).toBe(500)
    const text = await res.text()
    expect(JSON.parse(text)).toEqual({ error: 'internal_error', message: expect.any(String) })
    expect(text).not.toMatch(/secret|\.ts|at /)
  })

  it('answers a failure on a page with a Dutch page, and no details', async () => {
    const broken: SearchIndex = {
      backend: 'postgres',
      search: () => Promise.reject(new Error('secret internals at /srv/buurtfeed/src/x.ts:12')),
      apply: () => Promise.resolve(),
      reset: () => Promise.resolve(),
    }
    await saveWijk(store.db, { slug: 'kapotbuurt', name: 'Kapotbuurt' })
    const error = vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await createApp({ db: store.db, search: broken }).request('/wijk/kapotbuurt')
    error.mockRestore()
    expect(res.status).toBe(500)
    expect(res.headers.get('Content-Type')).toMatch(/^text\/html/)
    const html = await res.text()
    expect(html).toContain('<h1>Er ging iets mis</h1>')
    expect(html).not.toMatch(/secret|\.ts|at \//)
  })

  it('refuses an address with a NUL character before it reaches the database: 400 for the API, 404 for pages', async () => {
    const app = createApp({ db: store.db, search: new PostgresSearch(store.db) })
    const statuses = await Promise.all(['/api/items?wijk=%00', '/api/items?platform=a%00b', '/wijk/%00', '/dashboard/%00', '/embed/%00'].map(async (path) => (await app.request(path)).status))
    expect(statuses).toEqual([400, 400, 404, 404, 404])
    expect(await (await app.request('/api/items?q=%00')).json()).toEqual({ error: 'invalid_request', message: 'the address contains a NUL character (%00)' })
  })
})
