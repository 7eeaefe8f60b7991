import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { itemSchema } from '../../src/domain/item.ts'
import { testDatabaseKind } from '../helpers/database.ts'
import { seedItems } from '../helpers/seed-items.ts'
import { createTestApp, type TestApp } from './test-app.ts'

const matchesSchema = z.object({
  wijk: z.string(),
  requests: z.number().int(),
  offers: z.number().int(),
  matches: z.array(
    z.object({ request: itemSchema, suggestions: z.array(z.object({ offer: itemSchema, score: z.number(), reason: z.string() })) }),
  ),
})

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  // Offers on other platforms than the requests they fit: the point of matching across platforms.
  await seedItems(t.store.db, t.seed.nlvoorelkaar, t.seed.wijk, [
    {
      id: 'jumbo',
      kind: 'offer',
      categories: ['boodschappen'],
      title: 'Ik neem graag boodschappen mee',
      body: 'Ik ga elke donderdag naar de supermarkt en kan best wat meenemen voor een buurtgenoot die slecht ter been is.',
      publishedAt: '2026-11-08T12:00:00+01:00',
    },
    {
      id: 'tablet',
      kind: 'offer',
      categories: ['digitaal'],
      title: 'Hulp met tablet en telefoon',
      body: 'Student helpt ouderen met hun tablet, telefoon of laptop: apps, foto’s, videobellen.',
      publishedAt: '2026-11-08T12:00:00+01:00',
    },
  ])
  await seedItems(t.store.db, t.seed.prikbord, t.seed.otherWijk, [
    {
      id: 'rivieren-jumbo',
      kind: 'offer',
      categories: ['boodschappen'],
      title: 'Boodschappen meenemen',
      body: 'Ik doe op vrijdag boodschappen en neem graag iets mee.',
      publishedAt: '2026-11-08T12:00:00+01:00',
    },
  ])
})
afterAll(() => t.store.destroy())

async function matches(slug: string) {
  const res = await t.app.request(`/api/wijken/${slug}/matches`)
  expect(res.status).toBe(200)
  return matchesSchema.parse(await res.json())
}

describe(`GET /api/wijken/:slug/matches on ${testDatabaseKind}`, () => {
  it('suggests the open offer that fits an open request, from another platform in the same wijk, with a reason', async () => {
    const result = await matches('vogelbuurt')
    // Open requests: boodschap and hond (digid expired, the hidden one is not shown); open offers: klusjes, jumbo, tablet.
    expect([result.requests, result.offers]).toEqual([2, 3])
    const boodschap = result.matches.find((match) => match.request.id === 'boodschap')
    expect(boodschap?.suggestions[0]?.offer.id).toBe('jumbo')
    expect(boodschap?.suggestions[0]?.reason).toContain('Boodschappen')
    // Nobody offers to walk a dog: no forced match; offers of other wijken are never suggested.
    expect(result.matches.find((match) => match.request.id === 'hond')).toBeUndefined()
    expect(result.matches.flatMap((match) => match.suggestions.map((s) => s.offer.id))).not.toContain('rivieren-jumbo')
  })

  it('answers 404 with the reason for an unknown wijk', async () => {
    const res = await t.app.request('/api/wijken/nergenshuizen/matches')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: 'not_found', message: "no wijk 'nergenshuizen'" })
  })
})

describe(`follow-up on ${testDatabaseKind}`, () => {
  it('marks an expired request, and an old request nobody visibly answered, and filters on them', async () => {
    await seedItems(t.store.db, t.seed.buurtsite, t.seed.wijk, [
      {
        id: 'ladder',
        kind: 'request',
        categories: ['spullen'],
        title: 'Wie heeft een ladder te leen?',
        body: 'Ik wil de dakgoot schoonmaken. Wie heeft een ladder die ik een dag mag lenen?',
        publishedAt: '2026-10-30T09:00:00+01:00',
      },
      {
        id: 'ladder-beantwoord',
        kind: 'request',
        categories: ['spullen'],
        title: 'Wie heeft een kruiwagen te leen?',
        body: 'Voor een zaterdag in de tuin.',
        publishedAt: '2026-10-30T09:00:00+01:00',
        reactions: 3,
      },
    ])
    const res = await t.app.request('/api/items?wijk=vogelbuurt&followUp=unanswered')
    const unanswered = (await res.json()) as { items: { id: string; followUp: string }[]; facets: { followUp: Record<string, number> } }
    expect(unanswered.items.map((item) => [item.id, item.followUp])).toEqual([['ladder', 'unanswered']])
    const all = (await (await t.app.request('/api/items?wijk=vogelbuurt&limit=100')).json()) as typeof unanswered
    expect(all.facets.followUp).toEqual({ unanswered: 1, expired: 1 })
    expect(all.items.find((item) => item.id === 'digid')?.followUp).toBe('expired')
    expect(all.items.filter((item) => item.followUp !== null).map((item) => item.id).sort()).toEqual(['digid', 'ladder'])
  })

  it('refuses an unknown follow-up with the reason', async () => {
    const res = await t.app.request('/api/items?followUp=later')
    expect(res.status).toBe(400)
    expect(((await res.json()) as { message: string }).message).toContain("unknown followUp 'later'")
  })
})
