import { DateTime } from 'luxon'
import type { Item } from '../domain/item.ts'
import { DEFAULT_ZONE } from '../domain/time.ts'
import { allDayEnd, inAmsterdam } from '../store/item-mapper.ts'

/** Today's midnight in Amsterdam: the start of the calendar day `now` is in. */
export const startOfToday = (now: Date): DateTime => DateTime.fromJSDate(now, { zone: DEFAULT_ZONE }).startOf('day')

/** "za 14 nov" (short) or "zaterdag 14 november" (long), with the year when it is not this year. */
function day(date: DateTime, now: Date, length: 'short' | 'long' = 'short'): string {
  const format = length === 'short' ? 'ccc d LLL' : 'cccc d LLLL'
  return date.toFormat(date.year === startOfToday(now).year ? format : `${format} yyyy`, { locale: 'nl' })
}

/** "za 14 nov, 13:00". */
function dayAndTime(date: DateTime, now: Date): string {
  return `${day(date, now)}, ${date.toFormat('HH:mm')}`
}

/** When an event is: "za 14 nov, 13:00–16:00", "za 21 nov", "za 21 nov t/m zo 22 nov". Null without a start. */
export function formatEventTime(item: Item, now: Date): string | null {
  if (!item.startsAt) return null
  const start = inAmsterdam(item.startsAt)
  if (item.allDay) {
    const lastDay = allDayEnd(item.startsAt, item.endsAt).minus({ days: 1 })
    return lastDay > start ? `${day(start, now)} t/m ${day(lastDay, now)}` : day(start, now)
  }
  const end = item.endsAt ? inAmsterdam(item.endsAt) : null
  if (!end || end <= start) return dayAndTime(start, now)
  return end.hasSame(start, 'day') ? `${dayAndTime(start, now)}–${end.toFormat('HH:mm')}` : `${dayAndTime(start, now)} t/m ${dayAndTime(end, now)}`
}

/** "ma 9 nov" for a publication date. */
export function formatDay(iso: string, now: Date): string {
  return day(inAmsterdam(iso), now)
}

/** "zaterdag 14 november": a day written out, as a heading over that day's events. */
export function formatLongDay(date: DateTime, now: Date): string {
  return day(date.setZone(DEFAULT_ZONE), now, 'long')
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many} geleden`

/**
 * How long ago something was posted, counted in calendar days in Amsterdam: "vandaag", "gisteren",
 * "3 dagen geleden", "2 weken geleden", "3 maanden geleden", "1 jaar geleden".
 */
export function formatAge(iso: string, now: Date): string {
  const today = startOfToday(now)
  const posted = inAmsterdam(iso).startOf('day')
  // Days of 23 or 25 hours (summer time) are whole calendar days all the same.
  const days = Math.round(today.diff(posted, 'days').days)
  // A moment after now (a source's clock ahead of ours) is today as well.
  if (days <= 0) return 'vandaag'
  if (days === 1) return 'gisteren'
  if (days < 7) return plural(days, 'dag', 'dagen')
  if (days < 30) return plural(Math.floor(days / 7), 'week', 'weken')
  // 30 days can be just under a calendar month (1 to 31 January): that is 1 month, not 0.
  const months = Math.max(1, Math.floor(today.diff(posted, 'months').months))
  return months < 12 ? plural(months, 'maand', 'maanden') : plural(Math.floor(months / 12), 'jaar', 'jaar')
}
