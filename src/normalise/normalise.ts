import type { SourceRef } from '../domain/adapter.ts'
import type { Item, ItemDraft, Location } from '../domain/item.ts'
import type { PlacedBy } from '../domain/placement.ts'
import { toAmsterdamIso } from './dates.ts'
import { classifyPost, type ClassifyInput } from '../understand/classify.ts'
import { findEventDate, type EventDate } from '../understand/event-date.ts'
import { contentHash, itemId } from './ids.ts'
import { maskContactData } from './mask.ts'
import { assertShallowHtml } from './nesting.ts'
import { sanitizeHtml } from './sanitize-html.ts'
import { collapseWhitespace, firstSentence, htmlToText, summarise, textToHtml } from './text.ts'
import { absoluteHttpUrl, urlHasContactData } from './urls.ts'

const SUMMARY_LENGTH = 300
const DERIVED_TITLE_LENGTH = 100

export interface NormaliseContext {
  source: SourceRef
  platform: string
  /** The address of the document the draft came from: the base for relative links. */
  documentUrl: string
  /** The source's wijk: where an item goes when it names no place of its own. */
  wijk: Item['wijk']
  /** Finds the wijk an item is about from its place and text; without it every item gets the source's wijk. */
  place?: (input: { location: Location | null; text: string }) => { wijk: Item['wijk']; by: PlacedBy }
  /** When the document was read: relative dates in an undated post ("morgen") count from then ... */
  now: Date
  /** ... or from when the store first saw the item, if it did. */
  firstSeenAt?: (id: string) => Date | undefined
}

export interface NormalisedItem {
  item: Item
  /** 'source' when the draft brought both kind and categories, 'text' when the classifier read (some of) them from the text. */
  classifiedBy: 'source' | 'text'
  placedBy: PlacedBy
  /** The body as masked plain text, for classification and search. */
  bodyText: string
  contentHash: string
  /** The platform's own tags, trimmed and without duplicates. */
  sourceCategories: string[]
}

/** One adapter draft as a public item: sanitised, summarised, classified, personal contact data masked. */
export function normaliseDraft(draft: ItemDraft, ctx: NormaliseContext): NormalisedItem {
  // HTML inside JSON fields (Deedmob, WordPress) has not been through the document check.
  for (const html of [draft.bodyHtml, draft.summary]) if (html) assertShallowHtml(html, 'the post')
  const sanitized = sanitizeHtml(draft.bodyHtml ?? textToHtml(draft.bodyText ?? ''), ctx.documentUrl)
  const plain = htmlToText(sanitized)
  const bodyText = maskContactData(plain)
  // The sanitiser masks text between tags; contact data split over inline tags (<b>06</b>-12345678)
  // only shows in the joined text. Then the masked plain text is the body: safe, if less pretty.
  const bodyHtml = bodyText === plain ? sanitized : textToHtml(bodyText)
  const summaryText = draft.summary ? maskContactData(htmlToText(draft.summary)) : bodyText
  const title = maskContactData(collapseWhitespace(draft.title ?? ''))
    || firstSentence(bodyText, DERIVED_TITLE_LENGTH)
    || firstSentence(summaryText, DERIVED_TITLE_LENGTH)
    || ctx.source.name
  const ownUrl = absoluteHttpUrl(draft.url, ctx.documentUrl)
  const sourceCategories = [...new Set((draft.sourceCategories ?? []).map(collapseWhitespace).filter(Boolean))]
  const publishedAt = toAmsterdamIso(draft.publishedAt)
  const draftStart = toAmsterdamIso(draft.startsAt, { allDay: draft.allDay ?? false })
  const id = itemId(ctx.source.id, { externalId: draft.externalId, url: ownUrl, title, bodyText })
  const { kind, categories, classifiedBy, event } = classify(draft, {
    title: maskContactData(collapseWhitespace(draft.title ?? '')),
    body: bodyText || summaryText,
    platform: ctx.platform,
    sourceCategories,
    // An undated post is read as of when it was first seen, so "zaterdag" stays the same Saturday on every read.
    publishedAt: publishedAt ? new Date(publishedAt) : (ctx.firstSeenAt?.(id) ?? ctx.now),
    startsAt: draftStart,
  })
  // An activity whose platform gives no date (a Facebook post) gets the one its text names.
  const allDay = event ? event.allDay : (draft.allDay ?? false)
  const startsAt = event ? toAmsterdamIso(event.startsAt, { allDay }) : draftStart
  const endsAt = event ? (event.endsAt ?? null) : toAmsterdamIso(draft.endsAt, { allDay })
  const location = maskLocation(draft.location)
  const placement = ctx.place?.({ location, text: `${title}\n${bodyText || summaryText}` }) ?? { wijk: ctx.wijk, by: 'source' as const }

  const item: Item = {
    id,
    kind,
    categories,
    title,
    summary: summarise(summaryText, SUMMARY_LENGTH),
    bodyHtml,
    // A URL can hold what the text masks (…/contact?tel=0612345678): then the source's page stands in.
    url: ownUrl && !urlHasContactData(ownUrl) ? ownUrl : ctx.source.url,
    platform: ctx.platform,
    source: ctx.source,
    wijk: placement.wijk,
    location,
    startsAt,
    endsAt,
    allDay,
    publishedAt,
    updatedAt: toAmsterdamIso(draft.updatedAt),
    expiresAt: toAmsterdamIso(draft.expiresAt),
    status: draft.status ?? 'open',
    // Until the store finds it on other platforms, an item is a cluster of its own.
    cluster: id,
    alsoOn: [],
    reactions: draft.reactions ?? null,
    followUp: null,
  }
  return { item, classifiedBy, placedBy: placement.by, bodyText, contentHash: contentHash(item), sourceCategories }
}

/**
 * The draft's own kind and categories; the classifier reads what it leaves out from the text, and the date of
 * an activity whose platform gives none.
 */
function classify(
  draft: ItemDraft,
  input: ClassifyInput & { publishedAt: Date },
): Pick<Item, 'kind' | 'categories'> & Pick<NormalisedItem, 'classifiedBy'> & { event?: EventDate } {
  const dateInText = (kind: Item['kind']) => (kind === 'event' && !input.startsAt ? findEventDate(`${input.title}\n${input.body}`, input.publishedAt) : undefined)
  if (draft.kind && draft.categories?.length) {
    const event = dateInText(draft.kind)
    return { kind: draft.kind, categories: draft.categories, classifiedBy: 'source', ...(event ? { event } : {}) }
  }
  const classified = classifyPost(input)
  const kind = draft.kind ?? classified.kind
  const event = kind === 'event' ? (classified.event ?? dateInText(kind)) : undefined
  return {
    kind,
    categories: draft.categories?.length ? draft.categories : classified.categories,
    classifiedBy: 'text',
    ...(event ? { event } : {}),
  }
}

/** Names and addresses are free text that can hold a phone number; empty parts are left out. */
function maskLocation(location: Location | undefined): Location | null {
  if (!location) return null
  const masked: Location = {}
  const name = maskContactData(collapseWhitespace(location.name ?? ''))
  const address = maskContactData(collapseWhitespace(location.address ?? ''))
  const postcode = collapseWhitespace(location.postcode ?? '')
  if (name) masked.name = name
  if (address) masked.address = address
  if (postcode) masked.postcode = postcode
  if (location.lat !== undefined && location.lon !== undefined) {
    masked.lat = location.lat
    masked.lon = location.lon
  }
  return Object.keys(masked).length > 0 ? masked : null
}
