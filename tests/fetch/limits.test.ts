import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { Fetcher } from '../../src/fetch/index.ts'
import { documentOf, failureOf, USER_AGENT } from './outcomes.ts'
import { startServer } from './test-server.ts'
import type { TestServer } from './test-server.ts'

const CAP = 1000

describe('size and time limits', () => {
  let server: TestServer
  const fetcher = new Fetcher({ userAgent: USER_AGENT, hostGapMs: 0, maxBytes: CAP, timeoutMs: 300 })

  beforeAll(async () => {
    server = await startServer({
      '/at-cap': (_request, response) => response.writeHead(200).end('x'.repeat(CAP)),
      // The rest of the body never comes: only the declared length can tell it is too large.
      '/declared-large': (_request, response) => response.writeHead(200, { 'Content-Length': CAP + 1 }).write('x'),
      '/streamed-large': (_request, response) => {
        response.writeHead(200)
        const timer = setInterval(() => response.write('x'.repeat(400)), 5)
        response.on('close', () => clearInterval(timer))
      },
      '/late-headers': (_request, response) => {
        const timer = setTimeout(() => response.writeHead(200).end('late'), 1000)
        response.on('close', () => clearTimeout(timer))
      },
      '/dribble': (_request, response) => {
        response.writeHead(200, { 'Content-Type': 'text/plain' })
        const timer = setInterval(() => response.write('.'), 50)
        response.on('close', () => clearInterval(timer))
      },
    })
  })
  afterAll(async () => {
    await fetcher.close()
    await server.close()
  })

  it('accepts a body of exactly maxBytes', async () => {
    expect(documentOf(await fetcher.fetch({ url: server.url('/at-cap'), local: true })).bytes).toHaveLength(CAP)
  })

  it('refuses a body whose Content-Length is over the cap', async () => {
    const error = failureOf(await fetcher.fetch({ url: server.url('/declared-large'), local: true }))
    expect(error).toMatchObject({ type: 'too_large', url: server.url('/declared-large') })
    expect(error.message).toContain(`larger than ${CAP} bytes`)
  })

  it('stops reading a streamed body once it grows over the cap', async () => {
    expect(failureOf(await fetcher.fetch({ url: server.url('/streamed-large'), local: true })).type).toBe('too_large')
  })

  it('times out when the headers come too late', async () => {
    const error = failureOf(await fetcher.fetch({ url: server.url('/late-headers'), local: true }))
    expect(error).toMatchObject({ type: 'timeout', message: `No complete answer from ${server.url('/late-headers')} within 300 ms` })
  })

  it('times out when the body dribbles in slower than the deadline, even though bytes keep coming', async () => {
    expect(failureOf(await fetcher.fetch({ url: server.url('/dribble'), local: true })).type).toBe('timeout')
  })
})
