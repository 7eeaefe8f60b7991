import { afterEach, describe, expect, it } from 'vitest'
import { Fetcher } from '../../src/fetch/index.ts'
import { documentOf, failureOf, USER_AGENT } from './outcomes.ts'
import { startServer } from './test-server.ts'
import type { Route, TestServer } from './test-server.ts'

const ok: Route = (_request, response) => response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok')
const robots =
  (status: number, body = ''): Route =>
  (_request, response) =>
    response.writeHead(status, { 'Content-Type': 'text/plain' }).end(body)

describe('robots.txt and crawl delays', () => {
  const cleanups: Array<() => Promise<void>> = []
  afterEach(async () => {
    await Promise.all(cleanups.splice(0).map((cleanup) => cleanup()))
  })

  async function setUp(routes: Record<string, Route>, options: { respectRobots?: boolean } = {}): Promise<{ server: TestServer; fetcher: Fetcher }> {
    const server = await startServer(routes)
    const fetcher = new Fetcher({ userAgent: USER_AGENT, hostGapMs: 0, ...options })
    cleanups.push(() => fetcher.close(), () => server.close())
    return { server, fetcher }
  }

  it('refuses a disallowed page without ever requesting it', async () => {
    const { server, fetcher } = await setUp({
      '/robots.txt': robots(200, 'User-agent: *\nAllow: /\n\nUser-agent: Buurtfeed\nDisallow: /prikbord\n'),
      '/prikbord': ok,
    })
    const error = failureOf(await fetcher.fetch({ url: server.url('/prikbord'), local: true }))
    expect(error).toEqual({ type: 'robots', message: `robots.txt of ${server.url('')} disallows ${server.url('/prikbord')}`, url: server.url('/prikbord') })
    expect(server.log.map((entry) => entry.path)).toEqual(['/robots.txt'])
  })

  it('fetches allowed pages and loads robots.txt once per origin', async () => {
    const { server, fetcher } = await setUp({ '/robots.txt': robots(200, 'User-agent: *\nDisallow: /admin\n'), '/a': ok, '/b': ok })
    await Promise.all([fetcher.fetch({ url: server.url('/a'), local: true }), fetcher.fetch({ url: server.url('/b'), local: true })])
    expect(server.log.map((entry) => entry.path).sort()).toEqual(['/a', '/b', '/robots.txt'])
  })

  it('allows everything when robots.txt is missing (4xx)', async () => {
    const { server, fetcher } = await setUp({ '/robots.txt': robots(403), '/a': ok })
    expect(documentOf(await fetcher.fetch({ url: server.url('/a'), local: true })).text).toBe('ok')
  })

  it('fetches nothing from an origin whose robots.txt answers 5xx', async () => {
    const { server, fetcher } = await setUp({ '/robots.txt': robots(503), '/a': ok })
    const error = failureOf(await fetcher.fetch({ url: server.url('/a'), local: true }))
    expect(error).toMatchObject({ type: 'robots', status: 503 })
    expect(error.message).toContain('robots.txt of')
    expect(server.requests('/a')).toHaveLength(0)
  })

  it('skips robots.txt when told not to respect it', async () => {
    const { server, fetcher } = await setUp({ '/robots.txt': robots(200, 'User-agent: *\nDisallow: /\n'), '/a': ok }, { respectRobots: false })
    expect(documentOf(await fetcher.fetch({ url: server.url('/a'), local: true })).text).toBe('ok')
    expect(server.requests('/robots.txt')).toHaveLength(0)
  })

  it('waits the crawl delay between requests to the same host, robots.txt included, one at a time', async () => {
    const { server, fetcher } = await setUp({ '/robots.txt': robots(200, 'User-agent: buurtfeed\nCrawl-delay: 0.3\n'), '/a': ok, '/b': ok })
    const outcomes = await Promise.all([fetcher.fetch({ url: server.url('/a'), local: true }), fetcher.fetch({ url: server.url('/b'), local: true })])
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true])
    expect(server.log.map((entry) => entry.path)).toEqual(['/robots.txt', '/a', '/b'])
    const [robotsTxt, first, second] = server.log.map((entry) => entry.at)
    expect(first! - robotsTxt!).toBeGreaterThanOrEqual(290)
    expect(second! - first!).toBeGreaterThanOrEqual(290)
  })
})
