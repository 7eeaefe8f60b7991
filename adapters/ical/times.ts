import ICAL from 'ical.js'
import { DateTime, IANAZone } from 'luxon'
import { DEFAULT_ZONE } from '../../src/domain/time.ts'

/**
 * An iCalendar time as a moment. ical.js already applies the calendar's own VTIMEZONE definitions and UTC;
 * what it leaves floating is either truly floating (read as Europe/Amsterdam) or has a TZID the calendar does
 * not define, which counts when it is an IANA zone name. Dates (VALUE=DATE) are local midnight.
 */
export function toDateTime(time: ICAL.Time, tzid: string | undefined): DateTime {
  if (time.isDate) return DateTime.fromObject({ year: time.year, month: time.month, day: time.day }, { zone: DEFAULT_ZONE })
  if (time.zone === ICAL.Timezone.localTimezone) {
    const zone = tzid && IANAZone.isValidZone(tzid) ? tzid : DEFAULT_ZONE
    const { year, month, day, hour, minute, second } = time
    return DateTime.fromObject({ year, month, day, hour, minute, second }, { zone })
  }
  return DateTime.fromSeconds(time.toUnixTime(), { zone: DEFAULT_ZONE })
}

/**
 * ical.js reads a floating time, a date and a TZID it has no VTIMEZONE for as UTC: its `toUnixTime` is at
 * most the widest UTC offset (14 hours) away from the moment `toDateTime` makes of it.
 */
export const UTC_READING_ERROR_SECONDS = 14 * 60 * 60

/**
 * Below zero, zero or above zero as the iCalendar time is before, at or after the moment. ical.js' own
 * reading decides unless it is too close to call: `toDateTime` is exact but costly, and the recurrence walk
 * compares every step.
 */
export function compareTime(time: ICAL.Time, tzid: string | undefined, moment: DateTime): number {
  const difference = time.toUnixTime() - moment.toSeconds()
  return Math.abs(difference) > UTC_READING_ERROR_SECONDS ? difference : toDateTime(time, tzid).toSeconds() - moment.toSeconds()
}

/** A draft date: ISO with offset, or a plain ISO date for an all-day date. */
export function toDraftDate(time: ICAL.Time, tzid: string | undefined): string {
  const moment = toDateTime(time, tzid)
  return (time.isDate ? moment.toISODate() : moment.toISO({ suppressMilliseconds: true })) ?? ''
}

/** The TZID parameter of a date property, when it has one. */
export function tzidOf(component: ICAL.Component, property: string): string | undefined {
  const tzid = component.getFirstProperty(property)?.getParameter('tzid')
  return typeof tzid === 'string' ? tzid : undefined
}
