import { lookup as dnsLookup } from 'node:dns'
import { isIP } from 'node:net'
import type { LookupFunction } from 'node:net'
import ipaddr from 'ipaddr.js'

const NAT64_PREFIX = ipaddr.parseCIDR('64:ff9b::/96')
// ::/8 holds the deprecated IPv4-compatible addresses (::127.0.0.1), which ipaddr.js calls unicast.
const IETF_RESERVED_V6 = ipaddr.parseCIDR('::/8')

/**
 * The special-use range an IP address falls in ('loopback', 'private', 'linkLocal', ...),
 * or null when it is a public unicast address we may connect to.
 */
export function nonPublicRange(address: string): string | null {
  const ip = ipaddr.process(address)
  if (ip.kind() === 'ipv4') {
    const range = ip.range()
    return range === 'unicast' ? null : range
  }
  const v6 = ip as ipaddr.IPv6
  if (v6.match(NAT64_PREFIX)) {
    const [high = 0, low = 0] = v6.parts.slice(6)
    return nonPublicRange([high >> 8, high & 0xff, low >> 8, low & 0xff].join('.'))
  }
  const range = v6.range()
  if (range !== 'unicast') return range
  return v6.match(IETF_RESERVED_V6) ? 'reserved' : null
}

/** A host name or literal that leads to a non-public address. Thrown inside the connector; reported as `blocked_address`. */
export class BlockedAddressError extends Error {
  override readonly name = 'BlockedAddressError'

  constructor(host: string, address: string, range: string) {
    super(host === address ? `${address} is a ${range} address, not a public one` : `${host} resolves to ${address}, a ${range} address, not a public one`)
  }
}

/** Checks a URL host that is an IP literal, which never goes through DNS lookup. */
export function literalHostBlock(url: URL): BlockedAddressError | null {
  const host = url.hostname.replace(/^\[|\]$/g, '')
  if (isIP(host) === 0) return null
  const range = nonPublicRange(host)
  return range === null ? null : new BlockedAddressError(host, host, range)
}

/**
 * DNS lookup for the connector that refuses the host when ANY resolved address is non-public,
 * so a name cannot slip a private address past the check in a second answer (DNS rebinding).
 */
export const guardedLookup: LookupFunction = (hostname, options, callback) => {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, '')
    for (const { address } of addresses) {
      const range = nonPublicRange(address)
      if (range !== null) return callback(new BlockedAddressError(hostname, address, range), '')
    }
    if (options.all) return callback(null, addresses)
    // dns.lookup reports ENOTFOUND rather than an empty list, so there is a first address.
    const { address, family } = addresses[0]!
    callback(null, address, family)
  })
}
