import { describe, expect, it } from 'vitest'
import { BlockedAddressError } from '../../src/fetch/address-guard.ts'
import { classifyTransportError } from '../../src/fetch/transport-error.ts'

/** An error as undici's fetch throws it: "fetch failed" with the socket's error as cause. */
function fetchFailed(cause: unknown): TypeError {
  return new TypeError('fetch failed', { cause })
}
const coded = (code: string, message = code) => Object.assign(new Error(message), { code })

describe('classifyTransportError', () => {
  it.each([
    ['ENOTFOUND', 'dns'],
    ['EAI_AGAIN', 'dns'],
    ['CERT_HAS_EXPIRED', 'tls'],
    ['DEPTH_ZERO_SELF_SIGNED_CERT', 'tls'],
    ['ERR_TLS_CERT_ALTNAME_INVALID', 'tls'],
    ['ERR_SSL_WRONG_VERSION_NUMBER', 'tls'],
    ['UND_ERR_CONNECT_TIMEOUT', 'timeout'],
    ['ECONNREFUSED', 'network'],
    ['ECONNRESET', 'network'],
    ['UND_ERR_SOCKET', 'network'],
  ])('classifies %s as %s', (code, type) => {
    expect(classifyTransportError(fetchFailed(coded(code)))).toEqual({ type, detail: code })
  })

  it('looks into the errors of an AggregateError', () => {
    const aggregate = new AggregateError([coded('ECONNREFUSED'), coded('ETIMEDOUT')], 'connect failed')
    expect(classifyTransportError(fetchFailed(aggregate))).toEqual({ type: 'timeout', detail: 'ETIMEDOUT' })
  })

  it('finds a blocked address deep in the chain', () => {
    const blocked = new BlockedAddressError('intranet.example', '10.0.0.7', 'private')
    expect(classifyTransportError(fetchFailed(new Error('connect', { cause: blocked })))).toEqual({
      type: 'blocked_address',
      detail: 'intranet.example resolves to 10.0.0.7, a private address, not a public one',
    })
  })

  it('falls back to network with the innermost message', () => {
    expect(classifyTransportError(fetchFailed(new Error('other side closed')))).toEqual({ type: 'network', detail: 'other side closed' })
    expect(classifyTransportError('strange')).toEqual({ type: 'network', detail: 'strange' })
  })
})
