import { describe, expect, it } from 'vitest'
import { nextCheckAt } from '../../src/fetch/index.ts'
import type { NextCheckInput } from '../../src/fetch/index.ts'

const NOW = new Date('2025-11-04T10:00:00Z')
const MINUTE = 60_000
const HOUR = 60 * MINUTE

/** Minutes from NOW to the next check. */
function minutesUntil(input: Omit<NextCheckInput, 'now'>): number {
  return (nextCheckAt({ now: NOW, ...input }).getTime() - NOW.getTime()) / MINUTE
}

describe('nextCheckAt after a success', () => {
  const success = { succeeded: true, consecutiveErrors: 0 }

  it('waits the interval', () => {
    expect(minutesUntil({ ...success, intervalMinutes: 30 })).toBe(30)
  })

  it('stretches to max-age when the server asks for longer, never shortens', () => {
    expect(minutesUntil({ ...success, intervalMinutes: 30, maxAgeSeconds: 2 * 3600 })).toBe(120)
    expect(minutesUntil({ ...success, intervalMinutes: 30, maxAgeSeconds: 60 })).toBe(30)
  })

  it('stays within 5 minutes and 24 hours', () => {
    expect(minutesUntil({ ...success, intervalMinutes: 1 })).toBe(5)
    expect(minutesUntil({ ...success, intervalMinutes: 30, maxAgeSeconds: 7 * 24 * 3600 })).toBe(24 * 60)
  })
})

describe('nextCheckAt after a failure', () => {
  const failure = (consecutiveErrors: number, random = 0) => ({ succeeded: false, consecutiveErrors, intervalMinutes: 30, random: () => random })

  it('gives a valid date, at most a week away, for a hostile Retry-After', () => {
    expect(minutesUntil({ ...failure(1), retryAfterSeconds: 1e20 })).toBe(7 * 24 * 60)
    expect(minutesUntil({ ...failure(1), retryAfterSeconds: Number.POSITIVE_INFINITY })).toBe(7 * 24 * 60)
  })

  it('doubles the interval with every failure in a row', () => {
    expect([1, 2, 3, 4].map((errors) => minutesUntil(failure(errors)))).toEqual([30, 60, 120, 240])
  })

  it('adds at most 10 % jitter', () => {
    expect(minutesUntil(failure(2, 0.999))).toBeCloseTo(66, 0)
    for (let i = 0; i < 50; i++) {
      const minutes = minutesUntil({ succeeded: false, consecutiveErrors: 3, intervalMinutes: 30 })
      expect(minutes).toBeGreaterThanOrEqual(120)
      expect(minutes).toBeLessThan(132)
    }
  })

  it('caps the backoff at 24 hours, jitter included', () => {
    expect(minutesUntil(failure(50, 0.99))).toBe(24 * 60)
    expect(minutesUntil(failure(1000, 0.5))).toBe(24 * 60)
  })

  it('never checks before Retry-After, even past the cap', () => {
    expect(minutesUntil({ ...failure(1), retryAfterSeconds: 2 * 3600 })).toBe(120)
    expect(minutesUntil({ ...failure(1), retryAfterSeconds: 60 })).toBe(30)
    expect(nextCheckAt({ now: NOW, ...failure(1), retryAfterSeconds: 48 * 3600 }).getTime() - NOW.getTime()).toBe(48 * HOUR)
  })

  it('keeps a short interval at the 5 minute floor', () => {
    expect(minutesUntil({ ...failure(1), intervalMinutes: 1 })).toBe(5)
  })
})
