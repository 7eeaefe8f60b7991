import { DateTime } from 'luxon'
import { DEFAULT_ZONE } from '../../src/domain/time.ts'

const WORDPRESS_DATE_TIME = /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}$/

/** WordPress's "2026-11-05 18:30:00" read in `zone`; undefined when unreadable ("0000-00-00 00:00:00", a bad zone). */
function readDateTime(value: string | null | undefined, zone: string): DateTime | undefined {
  if (!value || !WORDPRESS_DATE_TIME.test(value)) return undefined
  const date = DateTime.fromISO(value.replace(' ', 'T'), { zone })
  return date.isValid ? date : undefined
}

/** A `*_gmt` or `utc_*` field: UTC written without an offset. */
export function utcDate(value: string | null | undefined): string | undefined {
  return readDateTime(value, 'utc')?.toISO({ suppressMilliseconds: true }) ?? undefined
}

/** A local time in the event's own zone (a zone name or "UTC+1"); Europe/Amsterdam when that zone is unknown. */
export function zonedDate(value: string | null | undefined, zone: string | null | undefined): string | undefined {
  const date = (zone ? readDateTime(value, zone) : undefined) ?? readDateTime(value, DEFAULT_ZONE)
  return date?.toISO({ suppressMilliseconds: true }) ?? undefined
}

/** The calendar day of a local date time, for all-day events. */
export function localDay(value: string | null | undefined): string | undefined {
  return readDateTime(value, DEFAULT_ZONE)?.toISODate() ?? undefined
}
