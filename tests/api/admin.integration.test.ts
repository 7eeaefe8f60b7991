import { addSource } from '../../src/store/sources.ts'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../src/api/app.ts'
import { PostgresSearch } from '../../src/search/postgres.ts'
import { testDatabaseKind } from '../helpers/database.ts'
import { ADMIN_TOKEN, asAdmin, createTestApp, type TestApp } from './test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.store.destroy())

const json = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } })
const newSource = { adapter: 'feed', url: 'https://vogelbuurt.example.nl/nieuws.rss', wijk: 'vogelbuurt', name: 'Nieuws Vogelbuurt' }

async function ids(query: string): Promise<string[]> {
  const body = (await (await t.app.request(`/api/items?${query}`)).json()) as { items: { id: string }[] }
  return body.items.map((item) => item.id)
}

describe(`admin writes on ${testDatabaseKind}`, () => {
  const writes: [string, string, RequestInit][] = [
    ['POST', '/api/wijken', json({ slug: 'merelbuurt', name: 'Merelbuurt' })],
    ['POST', '/api/sources', json(newSource)],
    ['DELETE', '/api/sources/src_whatever', { method: 'DELETE' }],
    ['POST', '/api/items/hond/hide', { method: 'POST' }],
  ]

  it.each(writes)('%s %s answers 401 without the token or with a wrong one, 400 for another scheme', async (_method, path, init) => {
    const missing = await t.app.request(path, init)
    expect(missing.status).toBe(401)
    expect(missing.headers.get('WWW-Authenticate')).toMatch(/^Bearer/)
    expect(await missing.json()).toMatchObject({ error: 'unauthorized' })
    const wrong = await t.app.request(path, { ...init, headers: { ...init.headers, Authorization: `Bearer ${ADMIN_TOKEN}x` } })
    expect(wrong.status).toBe(401)
    const basic = await t.app.request(path, { ...init, headers: { ...init.headers, Authorization: `Basic ${ADMIN_TOKEN}` } })
    expect(basic.status).toBe(400)
    expect(await basic.json()).toMatchObject({ error: 'invalid_request' })
  })

  it('answers 403 with a clear message when the server has no ADMIN_TOKEN', async () => {
    const app = createApp({ db: t.store.db, search: new PostgresSearch(t.store.db) })
    const res = await app.request('/api/wijken', asAdmin(json({ slug: 'merelbuurt', name: 'Merelbuurt' })))
    expect(res.status).toBe(403)
    expect(await res.json()).toEqual({ error: 'admin_disabled', message: expect.stringContaining('ADMIN_TOKEN') })
  })

  it('adds a wijk (201), updates it (200), and lists it', async () => {
    const added = await t.app.request('/api/wijken', asAdmin(json({ slug: 'merelbuurt', name: 'Merelbuurt', postcodes: ['1031 ab'] })))
    expect(added.status).toBe(201)
    expect(await added.json()).toMatchObject({ slug: 'merelbuurt', name: 'Merelbuurt', postcodes: ['1031AB'], demo: false })
    const updated = await t.app.request('/api/wijken', asAdmin(json({ slug: 'merelbuurt', name: 'De Merelbuurt' })))
    expect(updated.status).toBe(200)
    const { wijken } = (await (await t.app.request('/api/wijken')).json()) as { wijken: { slug: string; name: string }[] }
    expect(wijken.map((wijk) => wijk.name)).toEqual(['De Merelbuurt', 'Rivierenbuurt', 'Vogelbuurt'])
  })

  it('answers 400 naming the field for an invalid wijk', async () => {
    const res = await t.app.request('/api/wijken', asAdmin(json({ slug: 'Merel Buurt', name: '' })))
    expect(res.status).toBe(400)
    const body = (await res.json()) as { error: string; message: string }
    expect(body.error).toBe('invalid_request')
    expect(body.message).toMatch(/slug: a slug is lower-case letters/)
    expect(body.message).toMatch(/name: /)
  })

  it('answers 400 for a body that is not JSON', async () => {
    const res = await t.app.request('/api/wijken', asAdmin({ method: 'POST', body: '{slug:' }))
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: 'invalid_request' })
  })

  it('adds a source (201); GET /api/sources then shows it with its health', async () => {
    const res = await t.app.request('/api/sources', asAdmin(json(newSource)))
    expect(res.status).toBe(201)
    const source = (await res.json()) as { id: string; name: string; health: { state: string } }
    expect(source).toMatchObject({ adapter: 'feed', name: 'Nieuws Vogelbuurt', wijk: 'vogelbuurt', health: { state: 'new' } })

    const { sources } = (await (await t.app.request('/api/sources?wijk=vogelbuurt')).json()) as { sources: { id: string }[] }
    expect(sources.map((s) => s.id)).toContain(source.id)
    expect(sources).toHaveLength(4)
    const other = (await (await t.app.request('/api/sources?wijk=rivierenbuurt')).json()) as { sources: { id: string }[] }
    expect(other.sources.map((s) => s.id)).toEqual([t.seed.prikbord.id])
  })

  it('answers 400 with the reason for a source that cannot be added', async () => {
    const unknownAdapter = await t.app.request('/api/sources', asAdmin(json({ ...newSource, adapter: 'myspace' })))
    expect(unknownAdapter.status).toBe(400)
    expect(await unknownAdapter.json()).toEqual({ error: 'invalid_request', message: expect.stringContaining("unknown adapter 'myspace'") })
    const unknownWijk = await t.app.request('/api/sources', asAdmin(json({ ...newSource, wijk: 'atlantis' })))
    expect(await unknownWijk.json()).toEqual({ error: 'invalid_request', message: expect.stringContaining("unknown wijk 'atlantis'") })
    const missingUrl = await t.app.request('/api/sources', asAdmin(json({ adapter: 'feed', wijk: 'vogelbuurt' })))
    expect(missingUrl.status).toBe(400)
    expect(((await missingUrl.json()) as { message: string }).message).toMatch(/^url: /)
  })

  it('never adds a local source over HTTP (files and intranet addresses stay CLI-only)', async () => {
    const file = await t.app.request('/api/sources', asAdmin(json({ ...newSource, url: 'file:///etc/passwd', siteUrl: 'https://x.nl/', local: true })))
    expect(file.status).toBe(400)
    expect(await file.json()).toMatchObject({ message: expect.stringContaining('file://') })
    const intranet = await t.app.request('/api/sources', asAdmin(json({ ...newSource, url: 'http://10.0.0.5/agenda.ics', local: true })))
    expect(intranet.status).toBe(201)
    expect(await intranet.json()).toMatchObject({ local: false })
  })

  it('shows a local source by its public page, not by a path on this server', async () => {
    await addSource(t.store.db, { adapter: 'whatsapp-export', url: 'file:///srv/uploads/chat.zip', siteUrl: 'https://chat.whatsapp.com/AbCd', wijkSlug: 'vogelbuurt', name: 'Buurtapp', config: {}, local: true })
    const { sources } = (await (await t.app.request('/api/sources?wijk=vogelbuurt')).json()) as { sources: Record<string, unknown>[] }
    const upload = sources.find((s) => s.name === 'Buurtapp')!
    expect(upload.url).toBe('https://chat.whatsapp.com/AbCd')
    expect(JSON.stringify(sources)).not.toContain('/srv/uploads')
    expect(sources.every((s) => !('fetchState' in s))).toBe(true)
  })

  it('removes a source: its items leave /api/items and the feeds', async () => {
    const before = await t.app.request('/wijk/vogelbuurt/feed.json')
    expect(await before.text()).toContain('Hond uitlaten gezocht')
    expect(await ids('wijk=vogelbuurt&platform=nlvoorelkaar')).toEqual(['hond', 'kinderfiets'])

    const res = await t.app.request(`/api/sources/${t.seed.nlvoorelkaar.id}`, asAdmin({ method: 'DELETE' }))
    expect(res.status).toBe(204)
    expect(await ids('wijk=vogelbuurt&platform=nlvoorelkaar')).toEqual([])
    expect(await ids('wijk=vogelbuurt')).not.toContain('hond')
    expect((await t.app.request('/api/items/hond')).status).toBe(404)
    expect(await (await t.app.request('/wijk/vogelbuurt/feed.json')).text()).not.toContain('Hond uitlaten gezocht')

    const again = await t.app.request(`/api/sources/${t.seed.nlvoorelkaar.id}`, asAdmin({ method: 'DELETE' }))
    expect(again.status).toBe(404)
  })

  it('hides an item from the API', async () => {
    expect(await ids('wijk=vogelbuurt&q=oplichters')).toEqual(['oplichters'])
    const res = await t.app.request('/api/items/oplichters/hide', asAdmin({ method: 'POST' }))
    expect(res.status).toBe(204)
    expect(await ids('wijk=vogelbuurt&q=oplichters')).toEqual([])
    expect((await t.app.request('/api/items/bestaat-niet/hide', asAdmin({ method: 'POST' }))).status).toBe(404)
  })
})
