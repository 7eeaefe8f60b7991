import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { itemSchema } from '../../src/domain/item.ts'
import { asAdmin, createTestApp, type TestApp } from './test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.store.destroy())

const submission = {
  wijk: 'vogelbuurt',
  platform: 'nextdoor',
  group: { name: 'Nextdoor Vogelbuurt', url: 'https://nextdoor.nl/neighborhood/vogelbuurt--voorbeeldstad/' },
  text: 'Wie wil er zaterdag meehelpen met de opruimactie in het park? We beginnen om 10 uur bij de speeltuin.',
  link: 'https://nextdoor.nl/p/AbCdEfGh123',
}

describe('POST /api/submissions', () => {
  it('needs the admin token', async () => {
    const res = await t.app.request('/api/submissions', { method: 'POST', body: JSON.stringify(submission), headers: { 'Content-Type': 'application/json' } })
    expect(res.status).toBe(401)
  })

  it('stores a forwarded post and shows it in the wijk feed', async () => {
    const res = await t.app.request('/api/submissions', asAdmin({ method: 'POST', body: JSON.stringify(submission) }))
    expect(res.status).toBe(201)
    const item = itemSchema.parse(await res.json())
    expect(item).toMatchObject({ platform: 'nextdoor', url: submission.link, source: { name: 'Nextdoor Vogelbuurt' } })
    const found = (await (await t.app.request('/api/items?wijk=vogelbuurt&platform=nextdoor')).json()) as { items: { id: string }[] }
    expect(found.items.map((i) => i.id)).toEqual([item.id])
  })

  it('answers 400 naming the field for a bad post', async () => {
    const res = await t.app.request('/api/submissions', asAdmin({ method: 'POST', body: JSON.stringify({ ...submission, link: 'niet-een-link' }) }))
    expect(res.status).toBe(400)
    expect(await res.json()).toMatchObject({ error: 'invalid_request', message: expect.stringContaining('link') })
    const unknown = await t.app.request('/api/submissions', asAdmin({ method: 'POST', body: JSON.stringify({ ...submission, wijk: 'nergens' }) }))
    expect(await unknown.json()).toMatchObject({ error: 'invalid_request', message: "unknown wijk 'nergens'" })
  })
})
