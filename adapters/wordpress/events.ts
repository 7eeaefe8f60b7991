import { z } from 'zod'
import type { ItemDraft } from '../../src/domain/item.ts'
import { escapeHtml, htmlToText } from '../../src/normalise/text.ts'
import { placeLocation } from '../jsonld/place.ts'
import { localDay, utcDate, zonedDate } from './dates.ts'
import type { ListingPage } from './pagination.ts'
import { pageOf, readRestJson } from './rest-json.ts'
import { dayAfter } from '../../src/domain/time.ts'

// Older versions write coordinates as strings.
const coordinate = z.union([z.number(), z.string().regex(/^\s*-?\d+(?:\.\d+)?\s*$/).transform(Number)])
const term = z.object({ name: z.string() })

const venueSchema = z.object({
  venue: z.string().nullish(),
  address: z.string().nullish(),
  city: z.string().nullish(),
  zip: z.string().nullish(),
  geo_lat: coordinate.nullish(),
  geo_lng: coordinate.nullish(),
})

const eventSchema = z.object({
  id: z.number().int(),
  url: z.string(),
  title: z.string(),
  description: z.string().nullish(),
  excerpt: z.string().nullish(),
  all_day: z.boolean().nullish(),
  start_date: z.string().nullish(),
  end_date: z.string().nullish(),
  utc_start_date: z.string().nullish(),
  utc_end_date: z.string().nullish(),
  timezone: z.string().nullish(),
  date_utc: z.string().nullish(),
  modified_utc: z.string().nullish(),
  cost: z.string().nullish(),
  // An event without a venue or organizer has an empty list there.
  venue: z.union([venueSchema, z.array(z.never())]).nullish(),
  organizer: z.array(z.object({ organizer: z.string().nullish() })).nullish(),
  categories: z.array(term).nullish(),
  tags: z.array(term).nullish(),
})
type TribeEvent = z.infer<typeof eventSchema>

const eventsPageSchema = z.object({
  events: pageOf(eventSchema),
  next_rest_url: z.string().nullish(),
  total_pages: z.number().int().nullish(),
})

/** One page of The Events Calendar's `/wp-json/tribe/events/v1/events`. */
export function readEvents(text: string): ListingPage {
  const page = readRestJson(text, eventsPageSchema, { name: 'The Events Calendar API', option: 'events' })
  return {
    items: page.events.map(eventDraft),
    hasNextLink: Boolean(page.next_rest_url),
    totalPages: page.total_pages ?? undefined,
  }
}

function eventDraft(event: TribeEvent): ItemDraft {
  const description = event.description?.trim() ?? ''
  const cost = event.cost?.trim()
  return {
    externalId: String(event.id),
    url: event.url,
    title: htmlToText(event.title) || undefined,
    bodyHtml: (description + (cost ? `<p>Kosten: ${escapeHtml(cost)}</p>` : '')) || undefined,
    summary: event.excerpt?.trim() || undefined,
    kind: 'event',
    // Term names come HTML-escaped ("Eten &amp; drinken").
    sourceCategories: [...(event.categories ?? []), ...(event.tags ?? [])].map((category) => htmlToText(category.name)),
    location: Array.isArray(event.venue) || !event.venue ? undefined : venueLocation(event.venue),
    ...eventTimes(event),
    publishedAt: utcDate(event.date_utc),
    updatedAt: utcDate(event.modified_utc),
    author: event.organizer?.[0]?.organizer?.trim() || undefined,
  }
}

/** All-day events as days (the end exclusive, left out for a single day); others as moments. */
function eventTimes(event: TribeEvent): Pick<ItemDraft, 'startsAt' | 'endsAt' | 'allDay'> {
  if (event.all_day) {
    const firstDay = localDay(event.start_date)
    const lastDay = localDay(event.end_date)
    // The Events Calendar names the last day; an all-day endsAt is exclusive, like iCalendar's DTEND.
    return { startsAt: firstDay, endsAt: firstDay && lastDay && lastDay > firstDay ? dayAfter(lastDay) : undefined, allDay: true }
  }
  return {
    startsAt: utcDate(event.utc_start_date) ?? zonedDate(event.start_date, event.timezone),
    endsAt: utcDate(event.utc_end_date) ?? zonedDate(event.end_date, event.timezone),
    allDay: false,
  }
}

function venueLocation(venue: z.infer<typeof venueSchema>) {
  return placeLocation({
    name: venue.venue,
    street: venue.address,
    postcode: venue.zip,
    city: venue.city,
    lat: venue.geo_lat,
    lon: venue.geo_lng,
  })
}
