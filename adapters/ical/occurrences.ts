import type ICAL from 'ical.js'
import type { DateTime } from 'luxon'
import { toDateTime, toDraftDate, tzidOf } from './times.ts'

const MAX_OCCURRENCES = 200
// Bounds the walk from DTSTART to the window (a daily event that started decades ago, a FREQ=MINUTELY rule).
const MAX_EXPANSION_STEPS = 20_000

export interface Window {
  start: DateTime
  end: DateTime
}

export interface Occurrence {
  /** The master, or the RECURRENCE-ID override that replaces this occurrence. */
  event: ICAL.Event
  start: ICAL.Time
  end: ICAL.Time
  /** The original start of a recurring occurrence, as a draft date: part of its id. Null for a single event. */
  recurrenceKey: string | null
}

/**
 * The occurrences of one event that have not ended before the window: all of them for a single event,
 * those starting before the window's end (at most 200) for a recurring one. RRULE, RDATE, EXDATE and
 * RECURRENCE-ID overrides are applied by ical.js.
 */
export function occurrencesInWindow(event: ICAL.Event, window: Window): Occurrence[] {
  if (!event.isRecurring() || event.isRecurrenceException()) {
    // An override whose master is not in the calendar stands for its one occurrence.
    const recurrenceKey = event.isRecurrenceException()
      ? toDraftDate(event.recurrenceId, tzidOf(event.component, 'recurrence-id'))
      : null
    const single: Occurrence = { event, start: event.startDate, end: event.endDate, recurrenceKey }
    return hasEnded(single, window) ? [] : [single]
  }
  const tzid = tzidOf(event.component, 'dtstart')
  const occurrences: Occurrence[] = []
  const iterator = event.iterator()
  for (let steps = 0; steps < MAX_EXPANSION_STEPS && occurrences.length < MAX_OCCURRENCES; steps++) {
    const next = iterator.next()
    if (!next || toDateTime(next, tzid) > window.end) break
    const details = event.getOccurrenceDetails(next)
    const occurrence = { event: details.item, start: details.startDate, end: details.endDate, recurrenceKey: toDraftDate(next, tzid) }
    if (!hasEnded(occurrence, window)) occurrences.push(occurrence)
  }
  return occurrences
}

/** The zone name for an event's end: DTEND's own TZID, else DTSTART's (an end from DURATION). */
export function endTzid(event: ICAL.Event): string | undefined {
  return tzidOf(event.component, 'dtend') ?? tzidOf(event.component, 'dtstart')
}

function hasEnded(occurrence: Occurrence, window: Window): boolean {
  return toDateTime(occurrence.end, endTzid(occurrence.event)) < window.start
}
