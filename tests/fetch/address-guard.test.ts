import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BlockedAddressError, guardedLookup, nonPublicRange } from '../../src/fetch/address-guard.ts'
import { Fetcher } from '../../src/fetch/index.ts'
import { failureOf, USER_AGENT } from './outcomes.ts'
import { startServer } from './test-server.ts'
import type { TestServer } from './test-server.ts'

describe('nonPublicRange', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.0.0.1', 'private'],
    ['172.16.5.4', 'private'],
    ['192.168.1.1', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['0.0.0.0', 'unspecified'],
    ['255.255.255.255', 'broadcast'],
    ['224.0.0.1', 'multicast'],
    ['192.0.2.1', 'reserved'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd12:3456::1', 'uniqueLocal'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.1.2.3', 'private'],
    ['::7f00:1', 'reserved'],
    ['64:ff9b::a00:1', 'private'],
    ['2002:7f00:1::', '6to4'],
  ])('%s is %s', (address, range) => {
    expect(nonPublicRange(address)).toBe(range)
  })

  it.each(['8.8.8.8', '172.32.0.1', '185.21.1.1', '2a00:1450:4001::1', '64:ff9b::808:808', '::ffff:8.8.8.8'])('%s is public', (address) => {
    expect(nonPublicRange(address)).toBeNull()
  })
})

describe('guardedLookup', () => {
  it('refuses a name that resolves to loopback', async () => {
    const error = await new Promise<unknown>((resolve) => guardedLookup('localhost', { all: true }, (lookupError) => resolve(lookupError)))
    expect(error).toBeInstanceOf(BlockedAddressError)
    expect((error as Error).message).toMatch(/^localhost resolves to (127\.0\.0\.1|::1), a loopback address/)
  })
})

describe('the fetcher and non-public addresses', () => {
  let server: TestServer
  const fetcher = new Fetcher({ userAgent: USER_AGENT, hostGapMs: 0, timeoutMs: 2000 })

  beforeAll(async () => {
    server = await startServer({ '/feed': (_request, response) => response.writeHead(200).end('feed') })
  })
  afterAll(async () => {
    await fetcher.close()
    await server.close()
  })

  it('refuses 127.0.0.1 for a source that is not local, without a request', async () => {
    const error = failureOf(await fetcher.fetch({ url: server.url('/feed') }))
    expect(error.type).toBe('blocked_address')
    expect(error.message).toContain('127.0.0.1 is a loopback address')
    expect(server.log).toHaveLength(0)
  })

  it('refuses the name localhost after resolving it, without a request', async () => {
    const error = failureOf(await fetcher.fetch({ url: `http://localhost:${server.port}/feed` }))
    expect(error.type).toBe('blocked_address')
    expect(error.message).toContain('localhost resolves to')
    expect(server.log).toHaveLength(0)
  })

  it('allows loopback for a local source', async () => {
    expect((await fetcher.fetch({ url: `http://localhost:${server.port}/feed`, local: true })).ok).toBe(true)
    expect(server.requests('/feed')).toHaveLength(1)
  })

  // None of these is reachable from here: an attempt to connect would end in a timeout, not a quick refusal.
  it.each([
    ['http://10.0.0.1/feed', 'private'],
    ['http://192.168.1.1/', 'private'],
    ['http://[::1]:8080/', 'loopback'],
    ['http://169.254.169.254/latest/meta-data/', 'linkLocal'],
    ['https://[::ffff:a00:1]/', 'private'],
    ['http://0x7f.1/', 'loopback'],
  ])('refuses %s without connecting', async (url, range) => {
    const error = failureOf(await fetcher.fetch({ url }))
    expect(error.type).toBe('blocked_address')
    expect(error.message).toContain(`a ${range} address`)
  })
})
