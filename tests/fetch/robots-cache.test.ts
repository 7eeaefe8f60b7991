import { describe, expect, it } from 'vitest'
import type { FetchedDocument } from '../../src/domain/adapter.ts'
import type { FetchFailure, FetchOutcome } from '../../src/fetch/index.ts'
import { RobotsCache } from '../../src/fetch/robots.ts'

const PAGE = new URL('https://buurt.example/prikbord/1')

function document(text: string): FetchOutcome {
  const bytes = new TextEncoder().encode(text)
  const fetched: FetchedDocument = { url: 'https://buurt.example/robots.txt', status: 200, contentType: 'text/plain', headers: {}, text, bytes }
  return { ok: true, notModified: false, document: fetched, etag: null, lastModified: null, maxAgeSeconds: null }
}

const failed = (error: Omit<FetchFailure, 'url'>): FetchOutcome => ({ ok: false, error: { url: 'https://buurt.example/robots.txt', ...error } })

/** A cache whose loader answers with outcome and counts its calls. */
function cacheWith(outcome: FetchOutcome, ttlMs?: number) {
  const loads: string[] = []
  const cache = new RobotsCache(async (robotsUrl) => {
    loads.push(robotsUrl.href)
    return outcome
  }, ttlMs)
  return { cache, loads }
}

describe('RobotsCache', () => {
  it('applies the group for Buurtfeed and its crawl delay', async () => {
    const { cache } = cacheWith(document('User-agent: *\nDisallow: /\n\nUser-agent: Buurtfeed\nDisallow: /prikbord/\nCrawl-delay: 2\n'))
    expect(await cache.isAllowed(PAGE, false)).toMatchObject({ allowed: false, failure: { type: 'robots', url: PAGE.href } })
    expect(await cache.isAllowed(new URL('https://buurt.example/agenda'), false)).toEqual({ allowed: true })
    expect(cache.crawlDelayMs(PAGE, false)).toBe(2000)
  })

  it('caps a hostile crawl delay at a minute so one host cannot stall a run', async () => {
    const { cache } = cacheWith(document('User-agent: *\nCrawl-delay: 86400\n'))
    await cache.isAllowed(PAGE, false)
    expect(cache.crawlDelayMs(PAGE, false)).toBe(60_000)
  })

  it('loads robots.txt once per origin, also for requests at the same time', async () => {
    const { cache, loads } = cacheWith(document('User-agent: *\nAllow: /\n'))
    await Promise.all([cache.isAllowed(PAGE, false), cache.isAllowed(new URL('https://buurt.example/b'), false)])
    await cache.isAllowed(new URL('https://buurt.example/c'), false)
    await cache.isAllowed(new URL('https://andere.example/c'), false)
    expect(loads).toEqual(['https://buurt.example/robots.txt', 'https://andere.example/robots.txt'])
  })

  it('loads robots.txt again after the time to live', async () => {
    const { cache, loads } = cacheWith(document(''), 0)
    await cache.isAllowed(PAGE, false)
    await cache.isAllowed(PAGE, false)
    expect(loads).toHaveLength(2)
  })

  it('allows all when robots.txt is unavailable (4xx or endless redirects)', async () => {
    for (const outcome of [failed({ type: 'http_status', status: 404, message: 'HTTP 404' }), failed({ type: 'too_many_redirects', message: 'loop' })]) {
      expect(await cacheWith(outcome).cache.isAllowed(PAGE, false)).toEqual({ allowed: true })
    }
  })

  it('disallows all when robots.txt answers 5xx or 429, keeping status and Retry-After', async () => {
    const { cache } = cacheWith(failed({ type: 'http_status', status: 503, retryAfterSeconds: 60, message: 'HTTP 503 from https://buurt.example/robots.txt' }))
    const verdict = await cache.isAllowed(PAGE, false)
    expect(verdict).toMatchObject({ allowed: false, failure: { type: 'robots', status: 503, retryAfterSeconds: 60 } })
    expect(await cacheWith(failed({ type: 'http_status', status: 429, message: 'HTTP 429' })).cache.isAllowed(PAGE, false)).toMatchObject({ allowed: false })
  })

  it('passes an unreachable host on as its own failure', async () => {
    const { cache } = cacheWith(failed({ type: 'dns', message: 'Cannot resolve host name buurt.example (ENOTFOUND)' }))
    expect(await cache.isAllowed(PAGE, false)).toMatchObject({ allowed: false, failure: { type: 'dns' } })
    expect(cache.crawlDelayMs(PAGE, false)).toBe(0)
  })

  it('keeps local and public lookups of one origin apart', async () => {
    const { cache, loads } = cacheWith(failed({ type: 'blocked_address', message: 'loopback' }))
    await cache.isAllowed(PAGE, false)
    await cache.isAllowed(PAGE, true)
    expect(loads).toHaveLength(2)
  })
})
