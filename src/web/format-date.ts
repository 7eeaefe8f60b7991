import { DateTime } from 'luxon'
import type { Item } from '../domain/item.ts'
import { DEFAULT_ZONE } from '../domain/time.ts'
import { allDayEnd, inAmsterdam } from '../store/item-mapper.ts'

/** "za 14 nov", with the year when it is not this year. */
function day(date: DateTime, now: Date): string {
  const format = date.year === DateTime.fromJSDate(now, { zone: DEFAULT_ZONE }).year ? 'ccc d LLL' : 'ccc d LLL yyyy'
  return date.toFormat(format, { locale: 'nl' })
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
