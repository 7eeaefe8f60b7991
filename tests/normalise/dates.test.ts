import { describe, expect, it } from 'vitest'
import { toAmsterdamIso } from '../../src/normalise/dates.ts'

describe('toAmsterdamIso', () => {
  it.each<[string, string | Date, string]>([
    ['ISO with the Amsterdam offset', '2026-11-02T09:30:00+01:00', '2026-11-02T09:30:00+01:00'],
    ['ISO in UTC, winter', '2026-11-02T08:30:00Z', '2026-11-02T09:30:00+01:00'],
    ['ISO in UTC, summer', '2026-07-01T12:00:00Z', '2026-07-01T14:00:00+02:00'],
    ['ISO with another offset', '2026-11-02T03:30:00-05:00', '2026-11-02T09:30:00+01:00'],
    ['floating ISO, winter', '2026-11-14T13:00:00', '2026-11-14T13:00:00+01:00'],
    ['floating ISO, summer', '2027-04-10T13:00', '2027-04-10T13:00:00+02:00'],
    ['milliseconds kept', '2026-11-02T08:30:00.250Z', '2026-11-02T09:30:00.250+01:00'],
    ['RFC 822 with offset', 'Mon, 02 Nov 2026 09:30:00 +0100', '2026-11-02T09:30:00+01:00'],
    ['RFC 822 in GMT', 'Sun, 01 Nov 2026 19:15:00 GMT', '2026-11-01T20:15:00+01:00'],
    ['RFC 822 without weekday, one-digit day', '2 Nov 2026 09:30 +0100', '2026-11-02T09:30:00+01:00'],
    ['RFC 822 with CET', 'Mon, 02 Nov 2026 09:30:00 CET', '2026-11-02T09:30:00+01:00'],
    ['RFC 822 with CEST', 'Sat, 04 Jul 2026 10:00:00 CEST', '2026-07-04T10:00:00+02:00'],
    ['RFC 822 with extra spaces', 'Mon,  02 Nov 2026  09:30:00 +0100', '2026-11-02T09:30:00+01:00'],
    ['SQL style, floating', '2026-11-02 09:30:00', '2026-11-02T09:30:00+01:00'],
    ['a Date', new Date('2026-11-02T08:30:00Z'), '2026-11-02T09:30:00+01:00'],
  ])('%s', (_, value, iso) => {
    expect(toAmsterdamIso(value)).toBe(iso)
  })

  it.each<[string, string | Date, string]>([
    ['a date in winter', '2026-12-05', '2026-12-05T00:00:00+01:00'],
    ['a date in summer', '2026-06-05', '2026-06-05T00:00:00+02:00'],
    ['a date with a time', '2026-12-05T15:00:00+01:00', '2026-12-05T00:00:00+01:00'],
    ['UTC midnight of an Amsterdam day', new Date('2026-12-04T23:00:00Z'), '2026-12-05T00:00:00+01:00'],
  ])('all day: %s is local midnight', (_, value, iso) => {
    expect(toAmsterdamIso(value, { allDay: true })).toBe(iso)
  })

  it.each<[string, string | Date | undefined]>([
    ['absent', undefined],
    ['empty', ''],
    ['text', 'not a date'],
    ['a Dutch word', 'morgen'],
    ['an impossible date', '2026-13-45'],
    ['an invalid Date', new Date('invalid')],
  ])('%s gives null, never the current time', (_, value) => {
    expect(toAmsterdamIso(value)).toBeNull()
  })
})
