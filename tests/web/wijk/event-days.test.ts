import { describe, expect, it } from 'vitest'
import { endOfPeriod, eventDayGroup, groupByDay } from '../../../src/web/wijk/event-days.ts'

/** Tuesday 10 November 2026, noon in Amsterdam (as the seeded wijk is looked at). */
const TUESDAY = new Date('2026-11-10T12:00:00+01:00')
const headingAt = (now: Date | string) => (startsAt: string) => eventDayGroup(startsAt, new Date(now)).heading

describe('the day headings of the agenda', () => {
  it.each([
    ['2026-11-10T18:00:00+01:00', 'Vandaag'],
    ['2026-11-10T23:59:00+01:00', 'Vandaag'],
    ['2026-11-11T00:00:00+01:00', 'Morgen'],
    // 23:30 UTC on Tuesday is half past midnight on Wednesday in Amsterdam.
    ['2026-11-10T23:30:00Z', 'Morgen'],
    ['2026-11-11T23:59:00+01:00', 'Morgen'],
    ['2026-11-12T09:00:00+01:00', 'Deze week'],
    ['2026-11-15T23:59:00+01:00', 'Deze week'],
    ['2026-11-16T00:00:00+01:00', 'Volgende week'],
    ['2026-11-22T23:59:00+01:00', 'Volgende week'],
    ['2026-11-23T00:00:00+01:00', 'maandag 23 november'],
    ['2026-12-12T10:00:00+01:00', 'zaterdag 12 december'],
    ['2027-01-02T10:00:00+01:00', 'zaterdag 2 januari 2027'],
  ])('on a Tuesday, an event at %s is under "%s"', (startsAt, heading) => {
    expect(headingAt(TUESDAY)(startsAt)).toBe(heading)
  })

  it('on a Saturday: Sunday is tomorrow and Monday is next week, with no "Deze week" in between', () => {
    const at = headingAt('2026-11-14T10:00:00+01:00')
    expect(at('2026-11-15T10:00:00+01:00')).toBe('Morgen')
    expect(at('2026-11-16T10:00:00+01:00')).toBe('Volgende week')
  })

  it('on a Sunday evening: Monday is tomorrow, the rest of that week is next week', () => {
    const at = headingAt('2026-11-15T20:00:00+01:00')
    expect(at('2026-11-15T21:00:00+01:00')).toBe('Vandaag')
    expect(at('2026-11-16T09:00:00+01:00')).toBe('Morgen')
    expect(at('2026-11-17T09:00:00+01:00')).toBe('Volgende week')
    expect(at('2026-11-22T23:00:00+01:00')).toBe('Volgende week')
    expect(at('2026-11-23T09:00:00+01:00')).toBe('maandag 23 november')
  })

  it('at Monday midnight: a new week has begun', () => {
    const at = headingAt('2026-11-16T00:00:00+01:00')
    expect(at('2026-11-16T10:00:00+01:00')).toBe('Vandaag')
    expect(at('2026-11-22T20:00:00+01:00')).toBe('Deze week')
    expect(at('2026-11-23T10:00:00+01:00')).toBe('Volgende week')
  })

  it('counts calendar days in Amsterdam when summer time ends (Sunday 25 October 2026 has 25 hours)', () => {
    const saturday = headingAt('2026-10-24T12:00:00+02:00')
    expect(saturday('2026-10-25T00:30:00+02:00')).toBe('Morgen')
    expect(saturday('2026-10-25T23:30:00+01:00')).toBe('Morgen')
    expect(saturday('2026-10-26T00:30:00+01:00')).toBe('Volgende week')
    const lateSunday = headingAt('2026-10-25T23:30:00+01:00')
    expect(lateSunday('2026-10-25T23:45:00+01:00')).toBe('Vandaag')
    expect(lateSunday('2026-10-26T00:15:00+01:00')).toBe('Morgen')
  })

  it('counts calendar days in Amsterdam when summer time begins (Sunday 29 March 2026 has 23 hours)', () => {
    const at = headingAt('2026-03-28T23:30:00+01:00')
    expect(at('2026-03-29T00:30:00+01:00')).toBe('Morgen')
    expect(at('2026-03-29T23:30:00+02:00')).toBe('Morgen')
    expect(at('2026-03-30T00:00:00+02:00')).toBe('Volgende week')
  })
})

describe('the periods of the agenda', () => {
  it('ends today at the next midnight and this week at Monday midnight, in Amsterdam', () => {
    expect(endOfPeriod('today', TUESDAY)).toEqual(new Date('2026-11-11T00:00:00+01:00'))
    expect(endOfPeriod('week', TUESDAY)).toEqual(new Date('2026-11-16T00:00:00+01:00'))
  })

  it('on Sunday, this week is what is left of today', () => {
    const sunday = new Date('2026-11-15T10:00:00+01:00')
    expect(endOfPeriod('today', sunday)).toEqual(new Date('2026-11-16T00:00:00+01:00'))
    expect(endOfPeriod('week', sunday)).toEqual(new Date('2026-11-16T00:00:00+01:00'))
  })

  it('just after Monday midnight in Amsterdam (still Sunday in UTC), the week is the new one', () => {
    expect(endOfPeriod('week', new Date('2026-11-15T23:30:00Z'))).toEqual(new Date('2026-11-23T00:00:00+01:00'))
  })

  it('keeps local midnights when summer time ends', () => {
    const saturday = new Date('2026-10-24T12:00:00+02:00')
    expect(endOfPeriod('today', saturday)).toEqual(new Date('2026-10-25T00:00:00+02:00'))
    expect(endOfPeriod('week', saturday)).toEqual(new Date('2026-10-26T00:00:00+01:00'))
  })
})

describe('grouping the agenda', () => {
  it('puts consecutive events of one heading together, in their order', () => {
    const events = [
      { id: 'koffie', startsAt: '2026-11-10T15:00:00+01:00' },
      { id: 'taal', startsAt: '2026-11-11T10:00:00+01:00' },
      { id: 'repair', startsAt: '2026-11-14T13:00:00+01:00' },
      { id: 'wandeling', startsAt: '2026-11-15T10:00:00+01:00' },
      { id: 'kerst', startsAt: '2026-12-12T10:00:00+01:00' },
    ]
    expect(groupByDay(events, TUESDAY).map(({ group, items }) => [group.heading, items.map((event) => event.id)])).toEqual([
      ['Vandaag', ['koffie']],
      ['Morgen', ['taal']],
      ['Deze week', ['repair', 'wandeling']],
      ['zaterdag 12 december', ['kerst']],
    ])
  })

  it('keeps an event without a start, under its own heading', () => {
    expect(groupByDay([{ id: 'x', startsAt: null }], TUESDAY).map(({ group }) => group.heading)).toEqual(['Zonder datum'])
  })
})
