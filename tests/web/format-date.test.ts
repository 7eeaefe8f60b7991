import { describe, expect, it } from 'vitest'
import type { Item } from '../../src/domain/item.ts'
import { formatDay, formatEventTime } from '../../src/web/format-date.ts'

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
