import { z } from 'zod'
import type { ItemDraft } from '../../src/domain/item.ts'
import { toAmsterdamIso } from '../../src/normalise/dates.ts'
import type { JsonLdNode } from './graph.ts'
import { schemaLocation } from './location.ts'
import { body, identity, moment, nameOf, plainTitle, text } from './values.ts'
import type { PageContext } from './values.ts'
import { dayAfter } from '../../src/domain/time.ts'

// Event and its subtypes (https://schema.org/Event#subtypes).
const EVENT_TYPES = new Set([
  'Event', 'BusinessEvent', 'ChildrensEvent', 'ComedyEvent', 'CourseInstance', 'DanceEvent', 'DeliveryEvent',
  'EducationEvent', 'EventSeries', 'ExhibitionEvent', 'Festival', 'FoodEvent', 'Hackathon', 'LiteraryEvent',
  'MusicEvent', 'PublicationEvent', 'BroadcastEvent', 'OnDemandEvent', 'SaleEvent', 'ScreeningEvent',
  'SocialEvent', 'SportsEvent', 'TheaterEvent', 'VisualArtsEvent',
])
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

const eventSchema = z.object({
  '@id': text,
  name: text,
  description: text,
  startDate: text,
  endDate: text,
  eventStatus: text,
  url: text,
})

export function isEvent(types: string[]): boolean {
  return types.some((type) => EVENT_TYPES.has(type))
}

export function eventDraft(node: JsonLdNode, page: PageContext): ItemDraft {
  const event = eventSchema.parse(node)
  const times = eventTimes(event.startDate, event.endDate)
  const { url, key } = identity(event['@id'], event.url, event.name, page)
  return {
    // An agenda page may list every occurrence of a series under one link.
    externalId: times.startsAt ? `${key}#${times.startsAt}` : key,
    url,
    title: plainTitle(event.name),
    ...body(event.description),
    kind: 'event',
    location: schemaLocation(node.location, page.graph),
    ...times,
    status: event.eventStatus?.endsWith('EventCancelled') ? 'closed' : undefined,
    author: nameOf(node.organizer, page.graph),
  }
}

/** A start without a time is an all-day event; its end date is inclusive, left out for a single day. */
function eventTimes(start: string | undefined, end: string | undefined): Pick<ItemDraft, 'startsAt' | 'endsAt' | 'allDay'> {
  if (start && DATE_ONLY.test(start) && toAmsterdamIso(start)) {
    // schema.org names the last day; an all-day endsAt is exclusive, like iCalendar's DTEND.
    return { startsAt: start, endsAt: end && DATE_ONLY.test(end) && end > start ? dayAfter(end) : undefined, allDay: true }
  }
  return { startsAt: moment(start), endsAt: moment(end) }
}
