import { describe, expect, it } from 'vitest'
import { lastWeeks } from '../../../src/web/dashboard/activity.ts'

describe('the weeks of the activity chart', () => {
  it('are the 12 ISO weeks up to the current one, Monday midnight in Amsterdam', () => {
    const weeks = lastWeeks(new Date('2026-11-10T12:00:00+01:00'))
    expect(weeks).toHaveLength(12)
    expect(weeks.map((week) => week.number)).toEqual([35, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46])
    expect(weeks[0]!.start.toISO()).toBe('2026-08-24T00:00:00.000+02:00')
    expect(weeks.at(-1)!.start.toISO()).toBe('2026-11-09T00:00:00.000+01:00')
    expect(weeks.map((week) => week.current)).toEqual([...Array(11).fill(false), true])
  })

  it('cross the year boundary through week 53 of 2026 and the end of summer time', () => {
    const weeks = lastWeeks(new Date('2027-01-06T12:00:00+01:00'))
    expect(weeks.map((week) => week.key)).toEqual([
      '2026-43', '2026-44', '2026-45', '2026-46', '2026-47', '2026-48', '2026-49', '2026-50', '2026-51', '2026-52', '2026-53', '2027-01',
    ])
    // Summer time ends on Sunday 25 October: week 43 starts at +02:00, week 44 at +01:00.
    expect(weeks[0]!.start.toISO()).toBe('2026-10-19T00:00:00.000+02:00')
    expect(weeks[1]!.start.toISO()).toBe('2026-10-26T00:00:00.000+01:00')
  })

  it('count a Sunday night as the week that is ending, in Amsterdam time', () => {
    // Sunday 22:30 in UTC is Monday 00:30 in summer time: already the next week.
    const weeks = lastWeeks(new Date('2026-10-18T22:30:00Z'))
    expect(weeks.at(-1)!.key).toBe('2026-43')
    expect(lastWeeks(new Date('2026-10-18T21:30:00Z')).at(-1)!.key).toBe('2026-42')
  })
})
