import type { CheerioAPI } from 'cheerio'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { ParseContext, ParseResult } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'
import { absoluteHttpUrl } from '../../src/normalise/urls.ts'
import { textOf } from '../html/dom.ts'
import type { MijnbuurtjeConfig } from './config.ts'
import { draftDates, parseDutchDate } from '../../src/understand/dutch-date.ts'
import { SECTION_MARKUP, SELECTORS } from './markup.ts'
import { readMetaItems } from './post-fields.ts'
import { postIdOf, sectionOf } from './urls.ts'

// A post page has a handful of meta items; more is not a post page.
const MAX_META_ITEMS = 50

/** A post's own page: title, date, the meta list (kind, days left, themes, places) and the full text. */
export function readDetailPage($: CheerioAPI, documentUrl: string, { request, now }: ParseContext<MijnbuurtjeConfig>): ParseResult {
  const og = (property: string) => $(`meta[property="og:${property}"]`).attr('content')?.trim() || undefined
  const url = absoluteHttpUrl(request.url, request.url) ?? absoluteHttpUrl(og('url'), documentUrl) ?? undefined
  const heading = $(SELECTORS.pageTitle).first()
  const title = textOf(heading) ?? titleOfOpenGraph(og('title'))
  if (!title) throw new DocumentParseError(`no title ('${SELECTORS.pageTitle}' or og:title) on ${documentUrl}: not a mijnbuurtje post page`)

  const markup = SECTION_MARKUP[sectionOf(url ?? request.url)]
  const metaTexts = $(SELECTORS.metaItem).toArray().slice(0, MAX_META_ITEMS).map((item) => textOf($(item))).filter((text) => text !== undefined)
  const meta = readMetaItems(metaTexts, now)
  // The date under the title; an activity may give its day and time in the meta list instead.
  const dates = [textOf(heading.nextAll()), ...(markup.date === 'starts' ? metaTexts : [])]
    .map((text) => (text === undefined ? undefined : parseDutchDate(text, now)))
    .filter((date) => date !== undefined)
  const date = dates.find((candidate) => candidate.hasTime) ?? dates[0]
  const bodyHtml = bodyOf($)
  const draft: ItemDraft = {
    externalId: postIdOf(request.url) ?? postIdOf(documentUrl) ?? (url && postIdOf(url)),
    url,
    title,
    bodyHtml,
    summary: bodyHtml ? undefined : og('description'),
    author: textOf($(SELECTORS.author)),
    ...meta,
    kind: markup.kind ?? meta.kind,
    ...(date && draftDates(date, markup.date)),
  }
  return { items: [draft] }
}

/** The content section after the meta list (or after the title when there is none), not the reply form. */
function bodyOf($: CheerioAPI): string | undefined {
  const metaSection = $(SELECTORS.metaList).first().closest(SELECTORS.contentSection)
  const before = metaSection.length > 0 ? metaSection : $(SELECTORS.pageTitle).first().closest(SELECTORS.contentSection)
  const body = before.nextAll(SELECTORS.contentSection).filter((_, section) => $(section).find('form, h1').length === 0).first()
  return body.html()?.trim() || undefined
}

/** "Wie kan mijn heg snoeien? | in elkaar helpen op Voorbeeldbuurt.nl" without the site's suffix. */
function titleOfOpenGraph(title: string | undefined): string | undefined {
  return title?.replace(/\s+\|[^|]*$/, '').trim() || undefined
}
