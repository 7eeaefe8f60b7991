import { brotliCompressSync, deflateSync, gzipSync } from 'node:zlib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Fetcher } from '../../src/fetch/index.ts'
import { documentOf, failureOf, USER_AGENT } from './outcomes.ts'
import { startServer } from './test-server.ts'
import type { Route, TestServer } from './test-server.ts'

const FEED = '<?xml version="1.0" encoding="utf-8"?><rss><title>Buurthuis de Vogel – koffieochtend ☕</title></rss>'
const CAFE_1252 = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0x80, 0x35]) // "Café €5"

const send =
  (body: Buffer, headers: Record<string, string>): Route =>
  (_request, response) =>
    response.writeHead(200, { ...headers, 'Content-Length': body.byteLength }).end(body)

describe('content encodings and charsets', () => {
  let server: TestServer
  const fetcher = new Fetcher({ userAgent: USER_AGENT, hostGapMs: 0, maxBytes: 2000 })

  beforeAll(async () => {
    server = await startServer({
      '/gzip': send(gzipSync(FEED), { 'Content-Encoding': 'gzip', 'Content-Type': 'application/rss+xml' }),
      '/deflate': send(deflateSync(FEED), { 'Content-Encoding': 'deflate', 'Content-Type': 'application/rss+xml' }),
      '/br': send(brotliCompressSync(FEED), { 'Content-Encoding': 'br', 'Content-Type': 'application/rss+xml' }),
      '/bomb': send(gzipSync(Buffer.alloc(100_000)), { 'Content-Encoding': 'gzip' }),
      '/header-1252': send(CAFE_1252, { 'Content-Type': 'text/plain; charset=windows-1252' }),
      '/header-latin1': send(CAFE_1252, { 'Content-Type': 'text/plain; charset=ISO-8859-1' }),
      '/prolog-1252': send(Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><t>'), CAFE_1252, Buffer.from('</t>')]), {
        'Content-Type': 'application/xml',
      }),
    })
  })
  afterAll(async () => {
    await fetcher.close()
    await server.close()
  })

  it.each(['/gzip', '/deflate', '/br'])('decodes a %s body', async (path) => {
    const document = documentOf(await fetcher.fetch({ url: server.url(path), local: true }))
    expect(document.text).toBe(FEED)
    expect(server.requests(path)[0]?.headers['accept-encoding']).toBe('gzip, deflate, br')
  })

  it('applies the size cap to the decoded body', async () => {
    expect(failureOf(await fetcher.fetch({ url: server.url('/bomb'), local: true })).type).toBe('too_large')
  })

  it('decodes windows-1252 named in the Content-Type header', async () => {
    expect(documentOf(await fetcher.fetch({ url: server.url('/header-1252'), local: true })).text).toBe('Café €5')
  })

  it('reads ISO-8859-1 as windows-1252, as the web does', async () => {
    expect(documentOf(await fetcher.fetch({ url: server.url('/header-latin1'), local: true })).text).toBe('Café €5')
  })

  it('decodes windows-1252 named in the XML prolog', async () => {
    const document = documentOf(await fetcher.fetch({ url: server.url('/prolog-1252'), local: true }))
    expect(document.text).toContain('<t>Café €5</t>')
    expect(document.bytes).toContain(0xe9)
  })
})
