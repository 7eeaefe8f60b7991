import { MAX_RETRY_AFTER_SECONDS } from './response-headers.ts'

const MINUTE_MS = 60_000
const MIN_INTERVAL_MS = 5 * MINUTE_MS
const MAX_INTERVAL_MS = 24 * 60 * MINUTE_MS
/** Backoffs are stretched by up to this fraction, so sources that failed together spread out. */
const JITTER = 0.1

export interface NextCheckInput {
  now: Date
  succeeded: boolean
  /** Failures in a row, counting this one when it failed. */
  consecutiveErrors: number
  intervalMinutes: number
  /** Cache-Control max-age of the last answer. */
  maxAgeSeconds?: number | null
  /** Retry-After of the last failure. */
  retryAfterSeconds?: number | null
  /** A number in [0, 1) for the jitter; Math.random unless a test fixes it. */
  random?: () => number
}

/**
 * When to check a source next. After a success: its interval, longer when the server's max-age
 * asks for it. After a failure: exponential backoff, never before Retry-After. Within 5 min - 24 h,
 * except that Retry-After is always honoured.
 */
export function nextCheckAt(input: NextCheckInput): Date {
  const { now, intervalMinutes } = input
  const intervalMs = intervalMinutes * MINUTE_MS
  if (input.succeeded) {
    const delayMs = Math.max(intervalMs, (input.maxAgeSeconds ?? 0) * 1000)
    return new Date(now.getTime() + clamp(delayMs))
  }
  const backoffMs = intervalMs * 2 ** (Math.max(1, input.consecutiveErrors) - 1)
  const jitteredMs = clamp(backoffMs) * (1 + JITTER * (input.random ?? Math.random)())
  const retryAfterMs = Math.min(input.retryAfterSeconds ?? 0, MAX_RETRY_AFTER_SECONDS) * 1000
  const delayMs = Math.max(clamp(jitteredMs), Number.isFinite(retryAfterMs) ? retryAfterMs : 0)
  return new Date(now.getTime() + delayMs)
}

function clamp(delayMs: number): number {
  return Math.min(MAX_INTERVAL_MS, Math.max(MIN_INTERVAL_MS, delayMs))
}
