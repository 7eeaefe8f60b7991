import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Fetcher } from '../../src/fetch/index.ts'
import { documentOf, USER_AGENT } from './outcomes.ts'
import { startServer } from './test-server.ts'
import type { TestServer } from './test-server.ts'

const LAST_MODIFIED = 'Tue, 04 Nov 2025 10:00:00 GMT'

describe('conditional GET', () => {
  let server: TestServer
  const fetcher = new Fetcher({ userAgent: USER_AGENT, hostGapMs: 0 })

  beforeAll(async () => {
    server = await startServer({
      '/etag': (request, response) => {
        if (request.headers['if-none-match'] === '"v1"') return response.writeHead(304).end()
        response
          .writeHead(200, { 'Content-Type': 'application/RSS+xml; charset=utf-8', ETag: '"v1"', 'Cache-Control': 'public, max-age=900', 'X-Platform': 'Test' })
          .end('<rss>nieuw</rss>')
      },
      '/dated': (request, response) => {
        if (request.headers['if-modified-since'] === LAST_MODIFIED) return response.writeHead(304).end()
        response.writeHead(200, { 'Content-Type': 'text/calendar', 'Last-Modified': LAST_MODIFIED }).end('BEGIN:VCALENDAR')
      },
    })
  })
  afterAll(async () => {
    await fetcher.close()
    await server.close()
  })

  it('returns the document with its ETag, then notModified when the ETag is sent back', async () => {
    const first = await fetcher.fetch({ url: server.url('/etag'), local: true })
    const document = documentOf(first)
    expect(document).toMatchObject({ url: server.url('/etag'), status: 200, contentType: 'application/rss+xml', text: '<rss>nieuw</rss>' })
    expect(document.headers['x-platform']).toBe('Test')
    expect(first).toMatchObject({ etag: '"v1"', lastModified: null, maxAgeSeconds: 900 })

    const second = await fetcher.fetch({ url: server.url('/etag'), etag: '"v1"', local: true })
    expect(second).toEqual({ ok: true, notModified: true, url: server.url('/etag') })
    expect(server.requests('/etag').map((entry) => entry.headers['if-none-match'])).toEqual([undefined, '"v1"'])
  })

  it('returns Last-Modified, then notModified when it is sent back as If-Modified-Since', async () => {
    const first = await fetcher.fetch({ url: server.url('/dated'), local: true })
    expect(first).toMatchObject({ etag: null, lastModified: LAST_MODIFIED, maxAgeSeconds: null })
    const second = await fetcher.fetch({ url: server.url('/dated'), lastModified: LAST_MODIFIED, local: true })
    expect(second).toMatchObject({ ok: true, notModified: true })
  })

  it('identifies itself with its User-Agent, also when asking for robots.txt, and keeps adapter headers', async () => {
    await fetcher.fetch({ url: server.url('/etag'), headers: { 'User-Agent': 'curl/8', Accept: 'application/json' }, local: true })
    const [robots] = server.requests('/robots.txt')
    expect(robots?.headers['user-agent']).toBe(USER_AGENT)
    const page = server.requests('/etag').at(-1)
    expect(page?.headers['user-agent']).toBe(USER_AGENT)
    expect(page?.headers.accept).toBe('application/json')
  })
})
