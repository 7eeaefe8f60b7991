import { describe, expect, it, vi } from 'vitest'
import { DocumentCache } from '../../src/web/document-cache.ts'

function setup() {
  let now = new Date('2026-11-10T12:00:00Z')
  const cache = new DocumentCache({ ttlMs: 60_000, maxEntries: 2, now: () => now })
  const advance = (ms: number) => (now = new Date(now.getTime() + ms))
  return { cache, advance }
}

const doc = (body: string) => () => Promise.resolve({ body, contentType: 'text/plain' })

describe('DocumentCache', () => {
  it('builds once while fresh, shares one build between concurrent requests, and gives an ETag', async () => {
    const { cache } = setup()
    const build = vi.fn(doc('hallo'))
    const [a, b] = await Promise.all([cache.get('k', build), cache.get('k', build)])
    expect(await cache.get('k', build)).toBe(a)
    expect(b).toBe(a)
    expect(build).toHaveBeenCalledTimes(1)
    expect(a).toMatchObject({ body: 'hallo', contentType: 'text/plain', etag: expect.stringMatching(/^"[\w-]{32}"$/) })
  })

  it('rebuilds after the time to live, with the same ETag for the same bytes', async () => {
    const { cache, advance } = setup()
    const first = await cache.get('k', doc('hallo'))
    advance(60_001)
    const second = await cache.get('k', doc('hallo'))
    const changed = await cache.get('k', doc('dag'))
    expect(second).not.toBe(first)
    expect(second!.etag).toBe(first!.etag)
    expect(changed).toBe(second)
  })

  it('keeps neither nothing nor failures', async () => {
    const { cache } = setup()
    expect(await cache.get('k', () => Promise.resolve(null))).toBeNull()
    await expect(cache.get('x', () => Promise.reject(new Error('stuk')))).rejects.toThrow('stuk')
    expect(await cache.get('k', doc('er is iets'))).toMatchObject({ body: 'er is iets' })
    expect(await cache.get('x', doc('weer heel'))).toMatchObject({ body: 'weer heel' })
  })

  it('drops the oldest entry when full, and everything on clear', async () => {
    const { cache } = setup()
    const build = vi.fn(doc('a'))
    await cache.get('a', build)
    await cache.get('b', doc('b'))
    await cache.get('c', doc('c'))
    await cache.get('a', build)
    expect(build).toHaveBeenCalledTimes(2)
    cache.clear()
    await cache.get('a', build)
    expect(build).toHaveBeenCalledTimes(3)
  })
})
