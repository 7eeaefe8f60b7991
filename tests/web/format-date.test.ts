import { describe, expect, it } from 'vitest'
import type { Item } from '../../src/domain/item.ts'
import { formatAge, formatDay, formatEventTime } from '../../src/web/format-date.ts'

const now = new Date('2026-11-10T12:00:00+01:00')
const event = (fields: Partial<Item>) => ({ startsAt: null, endsAt: null, allDay: false, ...fields }) as Item

describe('Dutch dates', () => {
  it('formats an event with a start and an end on the same day', () => {
    expect(formatEventTime(event({ startsAt: '2026-11-14T13:00:00+01:00', endsAt: '2026-11-14T16:00:00+01:00' }), now)).toBe('za 14 nov, 13:00–16:00')
  })

  it('shows Amsterdam time whatever the offset of the input', () => {
    expect(formatEventTime(event({ startsAt: '2026-07-04T08:30:00Z' }), now)).toBe('za 4 jul, 10:30')
  })

  it('formats events over several days and all-day events', () => {
    expect(formatEventTime(event({ startsAt: '2026-11-14T20:00:00+01:00', endsAt: '2026-11-15T02:00:00+01:00' }), now)).toBe('za 14 nov, 20:00 t/m zo 15 nov, 02:00')
    expect(formatEventTime(event({ startsAt: '2026-11-21T00:00:00+01:00', allDay: true }), now)).toBe('za 21 nov')
    expect(formatEventTime(event({ startsAt: '2026-11-21T00:00:00+01:00', endsAt: '2026-11-23T00:00:00+01:00', allDay: true }), now)).toBe('za 21 nov t/m zo 22 nov')
  })

  it('shows the day before an all-day end as the last day: the end is the midnight after it, like DTEND', () => {
    const allDay = (endsAt: string | null) => formatEventTime(event({ startsAt: '2026-11-20T00:00:00+01:00', endsAt, allDay: true }), now)
    expect(allDay('2026-11-22T00:00:00+01:00')).toBe('vr 20 nov t/m za 21 nov')
    expect(allDay('2026-11-21T00:00:00+01:00')).toBe('vr 20 nov')
    expect(allDay(null)).toBe('vr 20 nov')
    // Across the end of summer time: the last day is still 25 October.
    expect(formatEventTime(event({ startsAt: '2026-10-24T00:00:00+02:00', endsAt: '2026-10-26T00:00:00+01:00', allDay: true }), now)).toBe('za 24 okt t/m zo 25 okt')
  })

  it('adds the year when it is not this year, and gives null without a start', () => {
    expect(formatDay('2027-01-02T10:00:00+01:00', now)).toBe('za 2 jan 2027')
    expect(formatEventTime(event({}), now)).toBeNull()
  })
})

describe('how long ago something was posted', () => {
  it.each([
    ['this morning', '2026-11-10T08:00:00+01:00', 'vandaag'],
    ['later today (a source clock ahead)', '2026-11-10T23:30:00+01:00', 'vandaag'],
    ['a day ahead', '2026-11-12T08:00:00+01:00', 'vandaag'],
    ['after midnight in Amsterdam, still yesterday in UTC', '2026-11-09T23:30:00Z', 'vandaag'],
    ['yesterday just before midnight', '2026-11-09T23:59:00+01:00', 'gisteren'],
    ['yesterday morning', '2026-11-09T00:05:00+01:00', 'gisteren'],
    ['two days ago', '2026-11-08T09:30:00+01:00', '2 dagen geleden'],
    ['six days ago', '2026-11-04T20:00:00+01:00', '6 dagen geleden'],
    ['a week ago', '2026-11-03T12:00:00+01:00', '1 week geleden'],
    ['thirteen days ago', '2026-10-28T12:00:00+01:00', '1 week geleden'],
    ['two weeks ago', '2026-10-27T12:00:00+01:00', '2 weken geleden'],
    ['29 days ago', '2026-10-12T12:00:00+02:00', '4 weken geleden'],
    ['30 days ago', '2026-10-11T12:00:00+02:00', '1 maand geleden'],
    ['three months ago', '2026-08-09T12:00:00+02:00', '3 maanden geleden'],
    ['a year ago', '2025-11-10T12:00:00+01:00', '1 jaar geleden'],
    ['three and a half years ago', '2023-05-01T12:00:00+02:00', '3 jaar geleden'],
  ])('%s: %s is "%s"', (_, posted, expected) => {
    expect(formatAge(posted, now)).toBe(expected)
  })

  it('counts calendar days in Amsterdam across the end of summer time, not 24-hour spans', () => {
    // 26 hours, but two calendar days: Saturday evening to just after Sunday (25 hours long) ended.
    expect(formatAge('2026-10-24T23:30:00+02:00', new Date('2026-10-26T00:30:00+01:00'))).toBe('2 dagen geleden')
    // 24 hours and 40 minutes, all on Sunday 25 October.
    expect(formatAge('2026-10-25T00:10:00+02:00', new Date('2026-10-25T23:50:00+01:00'))).toBe('vandaag')
  })

  it('calls 30 days within a 31-day month one month, never zero', () => {
    expect(formatAge('2027-01-01T12:00:00+01:00', new Date('2027-01-31T12:00:00+01:00'))).toBe('1 maand geleden')
  })
})
