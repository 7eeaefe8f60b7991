import type { SourceRef } from '../domain/adapter.ts'
import type { Item, ItemDraft, Location } from '../domain/item.ts'
import { toAmsterdamIso } from './dates.ts'
import { fallbackClassify } from './fallback-classify.ts'
import type { FallbackInput } from './fallback-classify.ts'
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
  wijk: Item['wijk']
}

export interface NormalisedItem {
  item: Item
  /** 'source' when the draft brought both kind and categories, 'fallback' when keywords filled them in. */
  classifiedBy: 'source' | 'fallback'
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
  const allDay = draft.allDay ?? false
  const startsAt = toAmsterdamIso(draft.startsAt, { allDay })
  const sourceCategories = [...new Set((draft.sourceCategories ?? []).map(collapseWhitespace).filter(Boolean))]
  const { kind, categories, classifiedBy } = classify(draft, { title, text: bodyText || summaryText, startsAt, sourceCategories })

  const item: Item = {
    id: itemId(ctx.source.id, { externalId: draft.externalId, url: ownUrl, title, bodyText }),
    kind,
    categories,
    title,
    summary: summarise(summaryText, SUMMARY_LENGTH),
    bodyHtml,
    // A URL can hold what the text masks (…/contact?tel=0612345678): then the source's page stands in.
    url: ownUrl && !urlHasContactData(ownUrl) ? ownUrl : ctx.source.url,
    platform: ctx.platform,
    source: ctx.source,
    wijk: ctx.wijk,
    location: maskLocation(draft.location),
    startsAt,
    endsAt: toAmsterdamIso(draft.endsAt, { allDay }),
    allDay,
    publishedAt: toAmsterdamIso(draft.publishedAt),
    updatedAt: toAmsterdamIso(draft.updatedAt),
    expiresAt: toAmsterdamIso(draft.expiresAt),
    status: draft.status ?? 'open',
    alsoOn: [],
  }
  return { item, classifiedBy, bodyText, contentHash: contentHash(item), sourceCategories }
}

/** The draft's own kind and categories; the keyword fallback fills in what it leaves out. */
function classify(draft: ItemDraft, input: FallbackInput): Pick<Item, 'kind' | 'categories'> & Pick<NormalisedItem, 'classifiedBy'> {
  if (draft.kind && draft.categories?.length) return { kind: draft.kind, categories: draft.categories, classifiedBy: 'source' }
  const fallback = fallbackClassify(input)
  return {
    kind: draft.kind ?? fallback.kind,
    categories: draft.categories?.length ? draft.categories : fallback.categories,
    classifiedBy: 'fallback',
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
