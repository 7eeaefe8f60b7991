import type ICAL from 'ical.js'
import type { DateTime } from 'luxon'
import { compareTime, toDraftDate, tzidOf, UTC_READING_ERROR_SECONDS } from './times.ts'

const MAX_OCCURRENCES = 200
const DST_HOUR_SECONDS = 60 * 60

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
 * RECURRENCE-ID overrides are applied by ical.js; the walk from DTSTART to the window is bounded by the
 * calendar's ExpansionBudget, which throws when it is spent.
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
  const iterator = event.iterator()
  const endedEarly = endedWellBefore(event, window)
  const occurrences: Occurrence[] = []
  while (occurrences.length < MAX_OCCURRENCES) {
    const next = iterator.next()
    if (!next || compareTime(next, tzid, window.end) > 0) break
    if (endedEarly(next)) continue
    const details = event.getOccurrenceDetails(next)
    const occurrence = { event: details.item, start: details.startDate, end: details.endDate, recurrenceKey: toDraftDate(next, tzid) }
    if (!hasEnded(occurrence, window)) occurrences.push(occurrence)
  }
  return occurrences
}

/**
 * Whether an occurrence starting then surely ended well before the window, from its start alone: for an event
 * without overrides every occurrence lasts as long as the event (give or take a DST hour). Most steps of a long
 * walk from DTSTART end here, which spares ical.js' costly occurrence details.
 */
function endedWellBefore(event: ICAL.Event, window: Window): (start: ICAL.Time) => boolean {
  if (Object.keys(event.exceptions).length > 0) return () => false
  const latestStart = window.start.toSeconds() - event.duration.toSeconds() - UTC_READING_ERROR_SECONDS - DST_HOUR_SECONDS
  return (start) => start.toUnixTime() < latestStart
}

/** The zone name for an event's end: DTEND's own TZID, else DTSTART's (an end from DURATION). */
export function endTzid(event: ICAL.Event): string | undefined {
  return tzidOf(event.component, 'dtend') ?? tzidOf(event.component, 'dtstart')
}

function hasEnded(occurrence: Occurrence, window: Window): boolean {
  return compareTime(occurrence.end, endTzid(occurrence.event), window.start) < 0
}
