import ICAL from 'ical.js'
import type { ItemDraft, Location } from '../../src/domain/item.ts'
import { locationFromText } from '../../src/normalise/location.ts'
import { endTzid } from './occurrences.ts'
import type { Occurrence } from './occurrences.ts'
import { toDraftDate, tzidOf } from './times.ts'

const HTML_TAG = /<\/?(?:p|br|a|b|i|em|strong|ul|ol|li|div|span)\b[^>]*>/i

/** One occurrence of a VEVENT as a draft; its fields come from the override when the occurrence has one. */
export function eventDraft(occurrence: Occurrence, calendarUrl: string): ItemDraft {
  const { event, start, recurrenceKey } = occurrence
  const component = event.component
  const identity = eventIdentity(event)
  return {
    externalId: recurrenceKey ? `${identity}#${recurrenceKey}` : identity,
    url: textValue(component, 'url') ?? calendarUrl,
    title: event.summary || undefined,
    ...description(component),
    kind: 'event',
    sourceCategories: component.getAllProperties('categories').flatMap((property) => property.getValues().map(String)),
    location: location(component),
    startsAt: toDraftDate(start, tzidOf(component, 'dtstart')),
    endsAt: endDate(occurrence),
    allDay: start.isDate,
    publishedAt: dateValue(component, 'created'),
    // Not DTSTAMP: calendars such as Google's stamp it with the moment of export.
    updatedAt: dateValue(component, 'last-modified'),
    status: textValue(component, 'status')?.toUpperCase() === 'CANCELLED' ? 'closed' : undefined,
  }
}

/** The end when DTEND or DURATION gives one; for an all-day event the day after its last day, like DTEND. */
function endDate({ event, end }: Occurrence): string | undefined {
  if (!event.component.hasProperty('dtend') && !event.component.hasProperty('duration')) return undefined
  return toDraftDate(end, endTzid(event))
}

/** The UID; without one, SUMMARY, DTSTART and LOCATION together, so two "Koffieochtend" events stay two items. */
function eventIdentity(event: ICAL.Event): string {
  if (event.uid) return event.uid
  return [event.summary, toDraftDate(event.startDate, tzidOf(event.component, 'dtstart')), event.location].join('|')
}

/** DESCRIPTION is plain text, but some calendars (Google) put HTML in it; X-ALT-DESC carries an HTML body. */
function description(component: ICAL.Component): Pick<ItemDraft, 'bodyHtml' | 'bodyText'> {
  const altDescription = component.getFirstProperty('x-alt-desc')
  const alternative = altDescription?.getParameter('fmttype') === 'text/html' ? altDescription.getFirstValue() : null
  if (typeof alternative === 'string' && alternative.trim()) return { bodyHtml: alternative }
  const text = textValue(component, 'description')
  return text && HTML_TAG.test(text) ? { bodyHtml: text } : { bodyText: text }
}

function location(component: ICAL.Component): Location | undefined {
  const place = locationFromText(textValue(component, 'location') ?? '')
  const geo = component.getFirstPropertyValue('geo')
  const [lat, lon] = Array.isArray(geo) ? geo : []
  const coordinates = typeof lat === 'number' && typeof lon === 'number' ? { lat, lon } : null
  return place || coordinates ? { ...place, ...coordinates } : undefined
}

function textValue(component: ICAL.Component, property: string): string | undefined {
  const value = component.getFirstPropertyValue(property)
  return typeof value === 'string' && value.trim() ? value.trim() : undefined
}

function dateValue(component: ICAL.Component, property: string): string | undefined {
  const value = component.getFirstPropertyValue(property)
  return value instanceof ICAL.Time ? toDraftDate(value, tzidOf(component, property)) : undefined
}
