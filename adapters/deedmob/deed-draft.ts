import type { ItemDraft, Location } from '../../src/domain/item.ts'
import { collapseWhitespace, htmlToText } from '../../src/normalise/index.ts'
import type { Deed } from './deeds-page.ts'

// The values of `status` a deed takes while it can be answered; the fixtures show 'open' and 'closed'.
const OPEN_STATUSES = new Set(['open', 'active', 'published'])

/**
 * A deed (a vacature of a vrijwilligerscentrale) as a draft. A vacature asks for help, so it is a request,
 * also when it is for one date (startsAt says when).
 */
export function deedDraft(deed: Deed, siteUrl: string, deedPath: string): ItemDraft {
  const id = String(deed.id)
  return {
    externalId: id,
    url: new URL(deedPath.replace('{id}', encodeURIComponent(id)), siteUrl).href,
    title: plain(deed.title),
    bodyHtml: deed.about_html ?? undefined,
    summary: deed.summary ?? undefined,
    kind: 'request',
    location: deedLocation(deed),
    startsAt: deed.date_starting ?? undefined,
    endsAt: deed.date_ending ?? undefined,
    publishedAt: deed.published_at ?? undefined,
    updatedAt: deed.updated_at ?? undefined,
    expiresAt: deed.expires_at ?? undefined,
    status: isOpen(deed) ? 'open' : 'closed',
    author: plain(deed.organization?.name),
  }
}

/** Filled, expired, unpublished or in any status but an open one: closed. A missing flag says nothing. */
function isOpen(deed: Deed): boolean {
  const statusOpen = !deed.status || OPEN_STATUSES.has(deed.status.toLowerCase())
  return statusOpen && deed.filled !== true && deed.expired !== true && deed.published !== false
}

function deedLocation(deed: Deed): Location {
  const address = plain(deed.address)
  const city = plain(deed.city)
  return {
    name: plain(deed.venue_name),
    // The address usually ends in the city; a deed with only a city is placed in it.
    address: address && city && !address.includes(city) ? `${address}, ${city}` : address ?? city,
    postcode: plain(deed.postcode),
    lat: deed.coordinates?.lat,
    lon: deed.coordinates?.lng,
  }
}

/** A text field as plain text: organisations type markup and entities into them too. */
function plain(value: string | null | undefined): string | undefined {
  return (value && collapseWhitespace(htmlToText(value))) || undefined
}
