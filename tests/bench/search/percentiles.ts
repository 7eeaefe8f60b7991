/** The p-th percentile (0 to 100) of values sorted ascending, by nearest rank: a value that was measured, never an interpolation. */
export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) throw new RangeError('no values')
  if (!(p >= 0 && p <= 100)) throw new RangeError(`a percentile is 0 to 100, not ${p}`)
  return sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)]!
}

export interface LatencySummary {
  runs: number
  p50: number
  p95: number
  p99: number
  mean: number
  max: number
}

/** Milliseconds, rounded to hundredths. */
const ms = (value: number) => Math.round(value * 100) / 100

export function summariseLatencies(durationsMs: readonly number[]): LatencySummary {
  const sorted = [...durationsMs].sort((a, b) => a - b)
  return {
    runs: sorted.length,
    p50: ms(percentile(sorted, 50)),
    p95: ms(percentile(sorted, 95)),
    p99: ms(percentile(sorted, 99)),
    mean: ms(sorted.reduce((sum, value) => sum + value, 0) / sorted.length),
    max: ms(sorted.at(-1)!),
  }
}
