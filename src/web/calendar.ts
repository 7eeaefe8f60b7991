import ical, { ICalEventStatus } from 'ical-generator'
import { DateTime } from 'luxon'
import type { Item } from '../domain/item.ts'
import { categoryLabel } from '../domain/taxonomy.ts'
import { DEFAULT_ZONE } from '../domain/time.ts'
import { allDayEnd, inAmsterdam } from '../store/item-mapper.ts'
import { placeOf, type FeedInput } from './feed-entry.ts'
import { eventIsOver } from './item-timing.ts'

// RFC 5545 wants a VTIMEZONE for every TZID. ical-generator only writes one when the whole calendar gets
// a time zone, and then also writes DTSTAMP in local time, which must be UTC; so it is added here.
const AMSTERDAM_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${DEFAULT_ZONE}`,
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
  '',
].join('\r\n')

/** Closed although not over: the source closed or cancelled it. */
const isCancelled = (item: Item, now: Date) => item.status === 'closed' && !eventIsOver(item, now)

/** The wijk's events as iCalendar: times in Europe/Amsterdam (TZID), all-day events as dates (DTEND exclusive). */
export function calendarDocument({ wijk, entries, links, now }: FeedInput): string {
  const calendar = ical({
    name: `Activiteiten in ${wijk.name}`,
    description: `Activiteiten in ${wijk.name}, van alle buurtplatforms samen (Buurtfeed).`,
    prodId: { company: 'Buurtfeed', product: 'Buurtfeed', language: 'NL' },
    url: links.page,
  })
  for (const { item, date } of entries) {
    if (item.kind !== 'event' || !item.startsAt) continue
    const start = inAmsterdam(item.startsAt)
    const timing = item.allDay
      ? { start, end: allDayEnd(item.startsAt, item.endsAt), allDay: true }
      : { start, end: item.endsAt ? inAmsterdam(item.endsAt) : null, timezone: DEFAULT_ZONE }
    calendar.createEvent({
      ...timing,
      id: `${item.id}@buurtfeed`,
      stamp: DateTime.fromJSDate(item.updatedAt ? new Date(item.updatedAt) : date, { zone: 'utc' }),
      summary: item.title,
      description: `${item.summary}\n\nBekijk op ${item.source.name}: ${item.url}`,
      location: placeOf(item),
      url: item.url,
      categories: item.categories.map((category) => ({ name: categoryLabel(category) })),
      status: isCancelled(item, now) ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    })
  }
  const ics = calendar.toString()
  return ics.includes(`TZID=${DEFAULT_ZONE}`) ? ics.replace('BEGIN:VEVENT', `${AMSTERDAM_VTIMEZONE}BEGIN:VEVENT`) : ics
}
