import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Fetcher } from '../../src/fetch/index.ts'
import { documentOf, failureOf, USER_AGENT } from './outcomes.ts'
import { startServer } from './test-server.ts'
import type { Route, TestServer } from './test-server.ts'

const redirect =
  (location: string, status = 302): Route =>
  (_request, response) =>
    response.writeHead(status, { Location: location }).end()

describe('redirects', () => {
  let server: TestServer
  const fetcher = new Fetcher({ userAgent: USER_AGENT, hostGapMs: 0 })

  beforeAll(async () => {
    server = await startServer({
      '/robots.txt': (_request, response) => response.writeHead(200).end('User-agent: *\nDisallow: /private\n'),
      '/old': redirect('/moved', 301),
      '/moved': redirect('feed.xml?page=1', 307),
      '/feed.xml?page=1': (_request, response) => response.writeHead(200, { 'Content-Type': 'application/xml' }).end('<feed/>'),
      '/loop': redirect('/loop'),
      '/to-file': redirect('file:///etc/passwd'),
      '/to-private': redirect('/private/feed'),
      '/private/feed': (_request, response) => response.writeHead(200).end('secret'),
    })
  })
  afterAll(async () => {
    await fetcher.close()
    await server.close()
  })

  it('follows redirects and reports the final URL', async () => {
    const document = documentOf(await fetcher.fetch({ url: server.url('/old'), local: true }))
    expect(document.url).toBe(server.url('/feed.xml?page=1'))
    expect(document.text).toBe('<feed/>')
  })

  it('gives up on a redirect loop after maxRedirects', async () => {
    const error = failureOf(await fetcher.fetch({ url: server.url('/loop'), local: true }))
    expect(error).toMatchObject({ type: 'too_many_redirects', url: server.url('/loop') })
    expect(error.message).toContain('More than 5 redirects')
    expect(server.requests('/loop')).toHaveLength(6)
  })

  it('counts redirects against the configured maximum', async () => {
    const strict = new Fetcher({ userAgent: USER_AGENT, hostGapMs: 0, maxRedirects: 1 })
    expect(failureOf(await strict.fetch({ url: server.url('/old'), local: true })).type).toBe('too_many_redirects')
    await strict.close()
  })

  it('never follows a redirect to a file: URL, even for a local source', async () => {
    expect(failureOf(await fetcher.fetch({ url: server.url('/to-file'), local: true }))).toMatchObject({ type: 'bad_url', url: 'file:///etc/passwd' })
  })

  it('checks robots.txt again for the redirect target', async () => {
    const error = failureOf(await fetcher.fetch({ url: server.url('/to-private'), local: true }))
    expect(error).toMatchObject({ type: 'robots', url: server.url('/private/feed') })
    expect(server.requests('/private/feed')).toHaveLength(0)
  })
})
