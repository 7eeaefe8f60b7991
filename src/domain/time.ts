import { DateTime } from 'luxon'

export const DEFAULT_ZONE = 'Europe/Amsterdam'

/** ISO 8601 with the Amsterdam offset of that moment, without milliseconds: 2026-11-14T13:00:00+01:00. */
export function toZonedIso(date: Date, zone: string = DEFAULT_ZONE): string {
  return DateTime.fromJSDate(date, { zone }).toISO({ suppressMilliseconds: true })!
}

/** The calendar day after a `YYYY-MM-DD` date: the exclusive end of an all-day event whose last day it is. */
export function dayAfter(date: string): string {
  return DateTime.fromISO(date, { zone: DEFAULT_ZONE }).plus({ days: 1 }).toISODate()!
}
