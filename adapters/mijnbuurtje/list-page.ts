import type { Cheerio, CheerioAPI } from 'cheerio'
import type { DocumentRequest, ParseContext, ParseResult } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'
import { absoluteHttpUrl } from '../../src/normalise/urls.ts'
import { readListItems, textOf } from '../html/dom.ts'
import type { AnyNode } from '../html/dom.ts'
import { draftDates, parseDutchDate } from '../../src/understand/dutch-date.ts'
import type { MijnbuurtjeConfig } from './config.ts'
import { SECTION_MARKUP, SELECTORS } from './markup.ts'
import type { Section } from './markup.ts'
import { expiresAtOfDaysLeft, kindOfLabel } from './post-fields.ts'
import { listUrl, pageOf, postIdOf, sectionOf, siteRoot } from './urls.ts'

/**
 * One page of a section's list fragment: a draft per card, the next page while this one had cards, and each
 * card's post page, whose draft (same externalId) replaces the card's.
 */
export function readListPage($: CheerioAPI, documentUrl: string, { config, request, now }: ParseContext<MijnbuurtjeConfig>): ParseResult {
  const section = sectionOf(request.url)
  const site = new URL(request.url)
  // A card is a post of this site; a saved fragment (file:) cannot tell, so its links are taken as they are.
  const isOwnPost = (url: string) => site.protocol === 'file:' || new URL(url).origin === site.origin
  const cards = $(SELECTORS.card).toArray()
  const items = readListItems(
    cards,
    (card) => readCard($(card), { section, documentUrl, now, isOwnPost }),
    () => `none of the ${cards.length} cards ('${SELECTORS.card}') on ${documentUrl} has a title and a link to a post on the site: has the page changed?`,
  )
  const follow: DocumentRequest[] = []
  const page = pageOf(request.url)
  if (cards.length > 0 && page < config.maxPages) {
    follow.push({ url: listUrl(siteRoot(request.url), section, config, page + 1), role: 'list' })
  }
  if (config.detailPages) follow.push(...items.flatMap(({ url }) => (url ? [{ url, role: 'detail' }] : [])))
  return { items, follow }
}

interface CardContext {
  section: Section
  documentUrl: string
  now: Date
  isOwnPost: (url: string) => boolean
}

function readCard(card: Cheerio<AnyNode>, { section, documentUrl, now, isOwnPost }: CardContext): ItemDraft | undefined {
  const url = absoluteHttpUrl(card.find(SELECTORS.cardLink).first().attr('href'), documentUrl)
  const externalId = url === null || !isOwnPost(url) ? undefined : postIdOf(url)
  const title = textOf(card.find(SELECTORS.cardTitle))
  if (!url || !externalId || !title) return undefined
  const markup = SECTION_MARKUP[section]
  const date = parseDutchDate(textOf(card.find(SELECTORS.cardDate)) ?? '', now)
  return {
    externalId,
    url,
    title,
    summary: textOf(card.find(SELECTORS.cardTeaser)),
    kind: markup.kind ?? kindOfLabel(textOf(card.find(SELECTORS.cardSubtitle))),
    author: textOf(card.find(SELECTORS.author)),
    expiresAt: expiresAtOfDaysLeft(textOf(card.find(SELECTORS.bell).next()), now),
    ...(date && draftDates(date, markup.date)),
  }
}
