import type { SourceErrorType } from '../domain/source-health.ts'
import { BlockedAddressError } from './address-guard.ts'

export interface TransportError {
  type: Extract<SourceErrorType, 'dns' | 'tls' | 'timeout' | 'blocked_address' | 'network'>
  /** The error code when there is one (ECONNREFUSED, CERT_HAS_EXPIRED), else the innermost message. */
  detail: string
}

const DNS_CODES = new Set(['ENOTFOUND', 'EAI_AGAIN', 'EAI_FAIL', 'EAI_NODATA', 'EAI_NONAME'])
const TIMEOUT_CODES = new Set(['ETIMEDOUT', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_HEADERS_TIMEOUT', 'UND_ERR_BODY_TIMEOUT'])
const TLS_CODES = new Set(['EPROTO', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'SELF_SIGNED_CERT_IN_CHAIN', 'HOSTNAME_MISMATCH'])
const TLS_CODE_PREFIXES = ['ERR_TLS_', 'ERR_SSL_', 'CERT_', 'UNABLE_TO_']

/**
 * Classifies what undici's fetch threw. The useful error sits deeper in the `cause` chain
 * ("fetch failed" -> the socket's error), or among an AggregateError's errors when several
 * addresses were tried.
 */
export function classifyTransportError(error: unknown): TransportError {
  const chain = causeChain(error)
  const blocked = chain.find((link) => link instanceof BlockedAddressError)
  if (blocked) return { type: 'blocked_address', detail: blocked.message }
  const codes = chain.map(errorCode).filter((code) => code !== null)
  const typed = codes.find((code) => classifyCode(code) !== 'network')
  const code = typed ?? codes[0]
  if (code !== undefined) return { type: classifyCode(code), detail: code }
  const innermost = chain.at(-1)
  return { type: 'network', detail: innermost instanceof Error ? innermost.message : String(innermost) }
}

function classifyCode(code: string): TransportError['type'] {
  if (DNS_CODES.has(code)) return 'dns'
  if (TIMEOUT_CODES.has(code)) return 'timeout'
  if (TLS_CODES.has(code) || TLS_CODE_PREFIXES.some((prefix) => code.startsWith(prefix))) return 'tls'
  return 'network'
}

function causeChain(error: unknown): unknown[] {
  const chain: unknown[] = []
  const pending = [error]
  while (pending.length > 0 && chain.length < 20) {
    const link = pending.shift()
    chain.push(link)
    if (link instanceof AggregateError) pending.push(...(link.errors as unknown[]))
    if (link instanceof Error && link.cause !== undefined) pending.push(link.cause)
  }
  return chain
}

function errorCode(error: unknown): string | null {
  if (typeof error !== 'object' || error === null || !('code' in error)) return null
  return typeof error.code === 'string' ? error.code : null
}
