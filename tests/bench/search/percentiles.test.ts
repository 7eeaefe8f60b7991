import { describe, expect, it } from 'vitest'
import { percentile, summariseLatencies } from './percentiles.ts'

describe('percentiles', () => {
  const oneToHundred = Array.from({ length: 100 }, (_, i) => i + 1)

  it('takes the nearest rank: a value that was measured', () => {
    expect(percentile(oneToHundred, 50)).toBe(50)
    expect(percentile(oneToHundred, 95)).toBe(95)
    expect(percentile(oneToHundred, 99)).toBe(99)
    expect(percentile(oneToHundred, 100)).toBe(100)
    expect(percentile(oneToHundred, 0)).toBe(1)
    expect(percentile([10, 20, 30], 50)).toBe(20)
    expect(percentile([10, 20, 30, 40], 50)).toBe(20)
    expect(percentile([7], 99)).toBe(7)
  })

  it('refuses no values and percentiles outside 0-100', () => {
    expect(() => percentile([], 50)).toThrow(RangeError)
    expect(() => percentile([1], 101)).toThrow(RangeError)
    expect(() => percentile([1], Number.NaN)).toThrow(RangeError)
  })

  it('summarises unsorted durations', () => {
    const shuffled = [...oneToHundred].reverse()
    expect(summariseLatencies(shuffled)).toEqual({ runs: 100, p50: 50, p95: 95, p99: 99, mean: 50.5, max: 100 })
  })
})
