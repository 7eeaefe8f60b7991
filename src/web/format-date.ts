import { DateTime } from 'luxon'
import type { Item } from '../domain/item.ts'
import { DEFAULT_ZONE } from '../domain/time.ts'

const local = (iso: string) => DateTime.fromISO(iso, { setZone: true }).setZone(DEFAULT_ZONE).setLocale('nl')

/** "za 14 nov", with the year when it is not this year. */
function day(date: DateTime, now: Date): string {
  return date.toFormat(date.year === DateTime.fromJSDate(now, { zone: DEFAULT_ZONE }).year ? 'ccc d LLL' : 'ccc d LLL yyyy')
}

/** "za 14 nov, 13:00". */
function dayAndTime(date: DateTime, now: Date): string {
  return `${day(date, now)}, ${date.toFormat('HH:mm')}`
}

/** When an event is: "za 14 nov, 13:00–16:00", "za 21 nov", "za 21 nov t/m zo 22 nov". Null without a start. */
export function formatEventTime(item: Item, now: Date): string | null {
  if (!item.startsAt) return null
  const start = local(item.startsAt)
  const end = item.endsAt ? local(item.endsAt) : null
  if (item.allDay) {
    // An all-day end at midnight is the (exclusive) start of the next day.
    const lastDay = end && end.equals(end.startOf('day')) ? end.minus({ days: 1 }) : end
    return lastDay && !lastDay.hasSame(start, 'day') && lastDay > start ? `${day(start, now)} t/m ${day(lastDay, now)}` : day(start, now)
  }
  if (!end || end <= start) return dayAndTime(start, now)
  return end.hasSame(start, 'day') ? `${dayAndTime(start, now)}–${end.toFormat('HH:mm')}` : `${dayAndTime(start, now)} t/m ${dayAndTime(end, now)}`
}

/** "ma 9 nov" for a publication date. */
export function formatDay(iso: string, now: Date): string {
  return day(local(iso), now)
}
