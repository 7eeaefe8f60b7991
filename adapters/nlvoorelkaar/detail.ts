import { load } from 'cheerio'
import type { CheerioAPI } from 'cheerio'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { FetchedDocument } from '../../src/domain/adapter.ts'
import type { ItemDraft, Location } from '../../src/domain/item.ts'
import { absoluteHttpUrl, collapseWhitespace, escapeHtml, htmlToText } from '../../src/normalise/index.ts'
import { taxonomyCategories } from './categories.ts'
import { assertShallowHtml } from '../../src/normalise/nesting.ts'
import { detailRef } from './paths.ts'
import type { HelpKind } from './paths.ts'

const ORGANISATION_LABEL = 'Aangesloten bij:'

/** What the marker document knew of this detail page. */
export interface DetailContext {
  kind?: HelpKind | undefined
  lat?: number | undefined
  lon?: number | undefined
}

/** One hulpvraag or hulpaanbod page (`/hulpvragen/<id>`, `/hulpaanbod/<id>`) as a draft. */
export function detailDraft(document: FetchedDocument, requestUrl: string, context: DetailContext): ItemDraft {
  assertShallowHtml(document.text, 'the page')
  const $ = load(document.text)
  // Labels are compared by their text, which would include a script's.
  $('script, style, template').remove()
  const author = organisation($)
  // The contact block holds the poster's phone number: it goes before anything else is read.
  $('.detail__contact, .phone').remove()
  const description = $('.detail__description').first()
  if (description.length === 0) {
    throw new DocumentParseError('no .detail__description: not a NLvoorElkaar detail page, cut off, or its markup changed')
  }
  const fields = definitions($)
  const repeatedTitle = description.children('h2').first()
  const title = textOf($('h1.heading--detail').first().html()) || fields.get('titel') || textOf(repeatedTitle.html())
  if (title && textOf(repeatedTitle.html()) === title) repeatedTitle.remove()
  const canonical = canonicalUrl($, document.url)
  const ref = detailRef([document.url, requestUrl, canonical])
  const sourceCategories = (fields.get('categorie') ?? '').split(',').map((name) => name.trim()).filter(Boolean)
  const categories = taxonomyCategories(sourceCategories)
  return {
    externalId: ref?.externalId,
    url: canonical ?? document.url,
    title: title || undefined,
    bodyHtml: (description.html() ?? '').trim() + availabilityHtml(fields.get('beschikbaarheid')),
    kind: ref?.kind ?? context.kind,
    categories: categories.length > 0 ? categories : undefined,
    sourceCategories,
    location: {
      ...placeLocation(fields.get('plaats')),
      ...(context.lat !== undefined && context.lon !== undefined ? { lat: context.lat, lon: context.lon } : {}),
    },
    author,
  }
}

function textOf(html: string | null): string {
  return html ? collapseWhitespace(htmlToText(html)) : ''
}

/** The organisation under "Aangesloten bij:" in the contact block, the one thing read from that block. */
function organisation($: CheerioAPI): string | undefined {
  const label = $('.detail__contact')
    .find('dt, h5')
    .filter((_, element) => collapseWhitespace($(element).text()) === ORGANISATION_LABEL)
    .first()
  return textOf(label.next().html()) || undefined
}

const FIELDS = new Set(['titel', 'plaats', 'categorie', 'beschikbaarheid'])

/** The label-value pairs of the page's definition lists ("Plaats:" -> "Oost (Voorbeeldstad)"), first one wins. */
function definitions($: CheerioAPI): Map<string, string> {
  const fields = new Map<string, string>()
  $('dl > dt').each((_, dt) => {
    const label = collapseWhitespace($(dt).text()).replace(/:$/, '').toLowerCase()
    // The description is the poster's own text: it cannot set the page's fields.
    if (!FIELDS.has(label) || fields.has(label) || $(dt).closest('.detail__description').length > 0) return
    const value = textOf($(dt).next('dd').html())
    if (value) fields.set(label, value)
  })
  return fields
}

/** The canonical link (protocol-relative on NLvoorElkaar, pointing at the local edition) as an https URL. */
function canonicalUrl($: CheerioAPI, documentUrl: string): string | undefined {
  const href = $('link[rel~="canonical"]').first().attr('href')?.trim()
  if (!href) return undefined
  return absoluteHttpUrl(href.startsWith('//') ? `https:${href}` : href, documentUrl) ?? undefined
}

/** "Oost (Voorbeeldstad)" is wijk (town): the wijk names the place, the town is its address. */
function placeLocation(place: string | undefined): Location {
  if (!place) return {}
  const parts = /^(.*?)\s*\(([^()]+)\)$/.exec(place)
  const [wijk, town] = [parts?.[1]?.trim(), parts?.[2]?.trim()]
  return wijk && town ? { name: wijk, address: town } : { name: place }
}

function availabilityHtml(availability: string | undefined): string {
  return availability ? `<p>Beschikbaarheid: ${escapeHtml(availability)}</p>` : ''
}
