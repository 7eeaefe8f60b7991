import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { itemSchema } from '../../src/domain/item.ts'
import { testDatabaseKind } from '../helpers/database.ts'
import { seedItems } from '../helpers/seed-items.ts'
import { asAdmin, createTestApp, type TestApp } from './test-app.ts'

const pageSchema = z.object({
  items: z.array(itemSchema),
  nextCursor: z.string().nullable(),
  total: z.number().int(),
  facets: z.object({
    kind: z.record(z.string(), z.number()),
    category: z.record(z.string(), z.number()),
    platform: z.record(z.string(), z.number()),
    source: z.record(z.string(), z.number()),
    status: z.record(z.string(), z.number()),
  }),
})

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.store.destroy())

async function page(query: string) {
  const res = await t.app.request(`/api/items?${query}`)
  expect(res.status).toBe(200)
  return pageSchema.parse(await res.json())
}

async function badRequest(query: string) {
  const res = await t.app.request(`/api/items?${query}`)
  expect(res.status).toBe(400)
  const body = (await res.json()) as { error: string; message: string }
  expect(body.error).toBe('invalid_request')
  return body.message
}

describe(`GET /api/items on ${testDatabaseKind}`, () => {
  it('answers { items, nextCursor, total, facets } with valid public items', async () => {
    const result = await page('wijk=vogelbuurt')
    expect(result.total).toBe(10)
    expect(result.items).toHaveLength(10)
    expect(result.nextCursor).toBeNull()
    expect(result.facets.kind).toEqual({ request: 3, offer: 2, event: 3, info: 2 })
  })

  it('limits to 20 by default', async () => {
    const result = await page('')
    expect(result.total).toBe(11)
    expect(result.items).toHaveLength(11)
    expect((await page('limit=3')).items).toHaveLength(3)
  })

  it('searches with q', async () => {
    const result = await page('wijk=vogelbuurt&q=boodschappen')
    expect(result.items.map((item) => item.id)).toEqual(['boodschap'])
  })

  it('takes list filters as comma lists or repeated parameters', async () => {
    const comma = await page('wijk=vogelbuurt&kind=offer,event')
    const repeated = await page('wijk=vogelbuurt&kind=offer&kind=event')
    expect(comma.total).toBe(5)
    expect(repeated.items.map((item) => item.id)).toEqual(comma.items.map((item) => item.id))
    expect((await page('wijk=vogelbuurt&category=dieren&category=kinderen')).total).toBe(2)
    expect((await page('wijk=vogelbuurt&platform=nlvoorelkaar,feed')).total).toBe(5)
    expect((await page(`source=${t.seed.prikbord.id}`)).items.map((item) => item.id)).toEqual(['rivieren-boodschappen'])
  })

  it('filters on status and dates; a date alone as `to` includes that day', async () => {
    expect((await page('wijk=vogelbuurt&status=closed')).total).toBe(3)
    const week = await page('wijk=vogelbuurt&from=2026-11-09&to=2026-11-14')
    expect(week.items.map((item) => item.id).sort()).toEqual(['boodschap', 'repair-cafe'])
    const until = await page('wijk=vogelbuurt&from=2026-11-09T00:00:00%2B01:00&to=2026-11-14T13:00')
    expect(until.items.map((item) => item.id)).toEqual(['boodschap'])
  })

  it('ignores empty parameters, as a form sends them', async () => {
    expect((await page('wijk=vogelbuurt&q=&kind=&status=&limit=&cursor=&from=')).total).toBe(10)
  })

  it('pages with nextCursor until the end', async () => {
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const result: z.infer<typeof pageSchema> = await page(`wijk=vogelbuurt&limit=4${cursor ? `&cursor=${cursor}` : ''}`)
      seen.push(...result.items.map((item) => item.id))
      cursor = result.nextCursor
    } while (cursor)
    expect(seen).toHaveLength(10)
    expect(new Set(seen).size).toBe(10)
  })

  it('highlights what q matched in title and summary', async () => {
    const res = await t.app.request('/api/items?wijk=vogelbuurt&q=boodschappen')
    const body = (await res.json()) as { items: { id: string; highlight?: { title: string; summary: string } }[] }
    expect(body.items[0]?.highlight?.title).toBe('Wie doet een <mark>boodschap</mark> voor mij?')
    const plain = (await (await t.app.request('/api/items?wijk=vogelbuurt')).json()) as { items: { highlight?: unknown }[] }
    expect(plain.items.every((item) => item.highlight === undefined)).toBe(true)
  })

  it('finds items near a point, within radius kilometres (1 by default)', async () => {
    await seedItems(t.store.db, t.seed.agenda, t.seed.wijk, [
      { id: 'bij-het-ij', kind: 'event', title: 'Picknick aan het IJ', publishedAt: '2026-11-09T09:00:00+01:00', location: { name: 'Noorderpark', lat: 52.3925, lon: 4.9200 } },
    ])
    expect((await page('near=52.3900,4.9200')).items.map((item) => item.id)).toEqual(['bij-het-ij'])
    // 2.5 km north of the second point.
    expect((await page('near=52.3700,4.9200&radius=1')).items).toEqual([])
    expect((await page('near=52.3700,4.9200&radius=3')).items.map((item) => item.id)).toEqual(['bij-het-ij'])
  })

  it('answers the same search from the bytes of the first answer, with parameters in any order', async () => {
    const first = await t.app.request('/api/items?wijk=vogelbuurt&q=hond&kind=request')
    const second = await t.app.request('/api/items?kind=request&q=hond&wijk=vogelbuurt')
    expect(second.headers.get('ETag')).toBe(first.headers.get('ETag'))
    expect(await second.text()).toBe(await first.text())
    expect(first.headers.get('Content-Type')).toMatch(/^application\/json/)
  })

  it('forgets cached searches when an admin hides an item', async () => {
    const before = (await page('wijk=vogelbuurt&q=oplichters')).items.map((item) => item.id)
    expect(before).toEqual(['oplichters'])
    const hidden = await t.app.request('/api/items/oplichters/hide', asAdmin({ method: 'POST' }))
    expect(hidden.status).toBe(204)
    expect((await page('wijk=vogelbuurt&q=oplichters')).items).toEqual([])
  })

  it('answers 400 with the field and the reason', async () => {
    expect(await badRequest('near=amsterdam')).toBe("near: 'amsterdam' is not a point 'lat,lon' in degrees, e.g. '52.3702,4.8952'")
    expect(await badRequest('near=95,4.9')).toMatch(/^near: /)
    expect(await badRequest('near=52.37,4.89&radius=500')).toMatch(/^radius: /)
    expect(await badRequest('kind=hulp')).toMatch(/^kind\[0\]: unknown kind 'hulp'; one of request, offer, event, info$/)
    expect(await badRequest('category=boodschappen,fietsen')).toMatch(/^category\[1\]: unknown category 'fietsen'/)
    expect(await badRequest('limit=500')).toMatch(/^limit: .*100/)
    expect(await badRequest('limit=twee')).toMatch(/^limit: /)
    expect(await badRequest('from=volgende-week')).toBe("from: 'volgende-week' is not an ISO date (2026-11-14) or date-time (2026-11-14T13:00:00+01:00)")
    expect(await badRequest('status=misschien')).toMatch(/^status: unknown status 'misschien'/)
    expect(await badRequest('sort=random')).toMatch(/^sort: unknown sort 'random'/)
    expect(await badRequest(`q=${'a'.repeat(201)}`)).toMatch(/^q: /)
  })

  it('answers 400 for a cursor it did not hand out', async () => {
    expect(await badRequest('cursor=bm90LWEtY3Vyc29y')).toMatch(/^cursor: /)
    const { nextCursor } = await page('wijk=vogelbuurt&limit=2')
    expect(await badRequest(`wijk=vogelbuurt&limit=2&sort=soonest&cursor=${nextCursor}`)).toMatch(/^cursor: /)
  })

  it('sends an ETag and answers 304 when it still matches', async () => {
    const first = await t.app.request('/api/items?wijk=vogelbuurt')
    const etag = first.headers.get('ETag')
    expect(etag).toBeTruthy()
    const again = await t.app.request('/api/items?wijk=vogelbuurt', { headers: { 'If-None-Match': etag! } })
    expect(again.status).toBe(304)
  })
})

describe('GET /api/items/:id', () => {
  it('answers one valid item', async () => {
    const res = await t.app.request('/api/items/repair-cafe')
    expect(res.status).toBe(200)
    const item = itemSchema.parse(await res.json())
    expect(item).toMatchObject({ id: 'repair-cafe', kind: 'event', allDay: false, source: { name: 'Agenda Buurthuis De Kolibrie' } })
  })

  it('answers 404 JSON for a missing or hidden item', async () => {
    for (const id of ['bestaat-niet', 'verborgen']) {
      const res = await t.app.request(`/api/items/${id}`)
      expect(res.status).toBe(404)
      expect(await res.json()).toEqual({ error: 'not_found', message: `no item '${id}'` })
    }
  })
})
