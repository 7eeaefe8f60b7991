import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Fetcher } from '../../src/fetch/index.ts'
import { documentOf, failureOf, USER_AGENT } from './outcomes.ts'
import { startServer } from './test-server.ts'
import type { TestServer } from './test-server.ts'

describe('typed failures', () => {
  let server: TestServer
  const fetcher = new Fetcher({ userAgent: USER_AGENT, hostGapMs: 0, timeoutMs: 2000 })

  beforeAll(async () => {
    server = await startServer({
      '/busy': (_request, response) => response.writeHead(503, { 'Retry-After': '120' }).end('come back later'),
      '/slow-down': (_request, response) => response.writeHead(429, { 'Retry-After': new Date(Date.now() + 60_000).toUTCString() }).end(),
      '/broken': (_request, response) => response.writeHead(500).end(),
    })
  })
  afterAll(async () => {
    await fetcher.close()
    await server.close()
  })

  it('reports a 404 as http_status', async () => {
    const error = failureOf(await fetcher.fetch({ url: server.url('/gone'), local: true }))
    expect(error).toEqual({ type: 'http_status', status: 404, message: `HTTP 404 from ${server.url('/gone')}`, url: server.url('/gone') })
  })

  it('reports a 503 with the seconds of its Retry-After', async () => {
    const error = failureOf(await fetcher.fetch({ url: server.url('/busy'), local: true }))
    expect(error).toEqual({ type: 'http_status', status: 503, retryAfterSeconds: 120, message: `HTTP 503 from ${server.url('/busy')}`, url: server.url('/busy') })
  })

  it('reads a Retry-After date on a 429', async () => {
    const error = failureOf(await fetcher.fetch({ url: server.url('/slow-down'), local: true }))
    expect(error.status).toBe(429)
    expect(error.retryAfterSeconds).toBeGreaterThanOrEqual(58)
    expect(error.retryAfterSeconds).toBeLessThanOrEqual(61)
  })

  it('leaves retryAfterSeconds out when there is no Retry-After', async () => {
    expect(failureOf(await fetcher.fetch({ url: server.url('/broken'), local: true }))).not.toHaveProperty('retryAfterSeconds')
  })

  it('reports a refused connection as network', async () => {
    const closed = await startServer({})
    const url = closed.url('/feed')
    await closed.close()
    const error = failureOf(await fetcher.fetch({ url, local: true }))
    expect(error.type).toBe('network')
    expect(error.message).toContain('ECONNREFUSED')
  })

  it('reports a host name that does not resolve as dns', async () => {
    const error = failureOf(await fetcher.fetch({ url: 'https://wijk.example.invalid/feed' }))
    expect(error.type).toBe('dns')
    expect(error.message).toBe('Cannot resolve host name wijk.example.invalid (ENOTFOUND)')
  })

  it('reports a failed TLS handshake as tls', async () => {
    const error = failureOf(await fetcher.fetch({ url: `https://127.0.0.1:${server.port}/feed`, local: true }))
    expect(error.type).toBe('tls')
    expect(error.message).toContain(`TLS connection to 127.0.0.1:${server.port} failed`)
  })

  it.each([
    ['not a url', 'Not a valid URL'],
    ['ftp://example.nl/feed.xml', 'Unsupported URL scheme "ftp:"'],
    ['file:///etc/hostname', 'file: URLs are only allowed for local sources'],
  ])('refuses %s as bad_url', async (url, message) => {
    const error = failureOf(await fetcher.fetch({ url }))
    expect(error.type).toBe('bad_url')
    expect(error.message).toContain(message)
  })
})

describe('file: URLs of local sources', () => {
  let directory: string
  const fetcher = new Fetcher({ userAgent: USER_AGENT, hostGapMs: 0, maxBytes: 100 })

  beforeAll(async () => {
    directory = await mkdtemp(join(tmpdir(), 'buurtfeed-fetch-'))
    await writeFile(join(directory, 'export.xml'), Buffer.from('<?xml version="1.0" encoding="windows-1252"?><a>Caf\xe9</a>', 'latin1'))
    await writeFile(join(directory, 'large.json'), 'x'.repeat(101))
  })
  afterAll(async () => {
    await fetcher.close()
    await rm(directory, { recursive: true })
  })

  it('reads the file and decodes it', async () => {
    const url = pathToFileURL(join(directory, 'export.xml')).href
    const document = documentOf(await fetcher.fetch({ url, local: true }))
    expect(document).toMatchObject({ url, status: 200, contentType: null, text: '<?xml version="1.0" encoding="windows-1252"?><a>Café</a>' })
  })

  it('applies the size cap', async () => {
    expect(failureOf(await fetcher.fetch({ url: pathToFileURL(join(directory, 'large.json')).href, local: true })).type).toBe('too_large')
  })

  it('reports a missing file', async () => {
    const error = failureOf(await fetcher.fetch({ url: pathToFileURL(join(directory, 'missing.xml')).href, local: true }))
    expect(error).toMatchObject({ type: 'bad_url' })
    expect(error.message).toContain('ENOENT')
  })
})
