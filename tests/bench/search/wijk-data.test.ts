import { describe, expect, it } from 'vitest'
import { itemSchema } from '../../../src/domain/item.ts'
import { CATEGORIES, KINDS } from '../../../src/domain/taxonomy.ts'
import { EVENT_LEAD_DAYS, HISTORY_DAYS, generateItems, planGemeente, readLabelledPosts } from './wijk-data.ts'

const NOW = new Date('2026-11-10T12:00:00+01:00')
const DAY_MS = 86_400_000
const posts = readLabelledPosts()
const generate = (total: number, seed: number) => [...generateItems(planGemeente(total, seed), posts, { seed, now: NOW })]

describe('the bench data generator', () => {
  it('reads the 800 labelled development posts', () => {
    expect(posts).toHaveLength(800)
  })

  it('gives the same gemeente and items for the same seed, and others for another seed', () => {
    expect(planGemeente(12_000, 7)).toEqual(planGemeente(12_000, 7))
    const first = generate(3000, 7)
    expect(generate(3000, 7)).toEqual(first)
    expect(generate(3000, 8).map((item) => item.stored.item.title)).not.toEqual(first.map((item) => item.stored.item.title))
  })

  it('spreads the items over wijken of about 2000 to 5000 items, each with its sources', () => {
    const plan = planGemeente(100_000, 1)
    expect(plan.wijken.reduce((sum, wijk) => sum + wijk.items, 0)).toBe(100_000)
    expect(plan.wijken.length).toBeGreaterThanOrEqual(20)
    for (const wijk of plan.wijken) expect(wijk.items).toBeGreaterThan(1500)
    expect(new Set(plan.wijken.map((wijk) => wijk.slug)).size).toBe(plan.wijken.length)
    expect(new Set(plan.sources.map((source) => source.id)).size).toBe(plan.sources.length)
  })

  it('makes valid items: taxonomy kinds and categories, unique ids, their own cluster, dates over the year before now', () => {
    const items = generate(4000, 3)
    expect(new Set(items.map(({ stored }) => stored.item.id)).size).toBe(items.length)
    for (const { stored, firstSeenAt } of items) {
      const { item } = stored
      expect(itemSchema.safeParse(item).success).toBe(true)
      expect(KINDS).toContain(item.kind)
      for (const category of item.categories) expect(CATEGORIES).toContain(category)
      expect(item.cluster).toBe(item.id)
      expect(stored.contentHash).toMatch(/^[0-9a-f]{64}$/)
      expect(firstSeenAt.getTime()).toBeLessThanOrEqual(NOW.getTime())
      expect(firstSeenAt.getTime()).toBeGreaterThan(NOW.getTime() - (HISTORY_DAYS + 1) * DAY_MS)
      if (item.publishedAt) expect(new Date(item.publishedAt).getTime()).toBeGreaterThan(NOW.getTime() - HISTORY_DAYS * DAY_MS)
      if (item.startsAt) expect(new Date(item.startsAt).getTime()).toBeLessThan(NOW.getTime() + EVENT_LEAD_DAYS * DAY_MS)
      expect(item.startsAt !== null).toBe(item.kind === 'event')
    }
  })

  it('has the variety the queries need: every kind, upcoming events, closed items, coordinates, several platforms', () => {
    const items = generate(4000, 3).map(({ stored }) => stored.item)
    expect(new Set(items.map((item) => item.kind))).toEqual(new Set(KINDS))
    expect(items.some((item) => item.kind === 'event' && new Date(item.startsAt!) > NOW)).toBe(true)
    expect(items.some((item) => item.status === 'closed')).toBe(true)
    expect(items.some((item) => item.location?.lat !== undefined)).toBe(true)
    expect(new Set(items.map((item) => item.platform)).size).toBeGreaterThan(8)
    expect(items.some((item) => /boodschap/i.test(item.title + item.summary))).toBe(true)
  })
})
