import type { CheerioAPI } from 'cheerio'
import { z } from 'zod'
import { defineAdapter, DocumentParseError } from '../../src/domain/adapter.ts'
import type { DocumentRequest } from '../../src/domain/adapter.ts'
import { absoluteHttpUrl } from '../../src/normalise/urls.ts'
import { htmlConfigSchema } from './config.ts'
import type { HtmlConfig } from './config.ts'
import { loadPage, readListItems } from './dom.ts'
import { createItemReader } from './read-item.ts'

export type { HtmlConfig } from './config.ts'

const listContext = z.object({ page: z.number().int().min(1) })

export const htmlAdapter = defineAdapter<HtmlConfig>({
  id: 'html',
  platform: 'html',
  platformOf: (config) => config.platform ?? 'html',
  label: { nl: 'Webpagina met berichten (CSS-selectors)', en: 'Web page with posts (CSS selectors)' },
  description: {
    nl: 'Leest de openbare lijstpagina van een site zonder feed of API (Wijkconnect, BUUV, Burennetwerk, BUURbook, Croqqer) met CSS-selectors per bron.',
    en: 'Reads the public list page of a site without a feed or API (Wijkconnect, BUUV, Burennetwerk, BUURbook, Croqqer) with CSS selectors per source.',
  },
  configSchema: htmlConfigSchema,
  // maxPages may leave older posts unread.
  listing: 'window',
  example: {
    url: 'https://wijkconnect.example.nl/reeshof/prikbord/visitor/index',
    config: {
      item: '.prikbord-item',
      title: '.prikbord-item__title',
      link: '.prikbord-item__title a',
      date: 'time',
      body: '.prikbord-item__text',
      kind: { selector: '.prikbord-item__label', map: { Gevraagd: 'request', Aangeboden: 'offer' } },
      platform: 'wijkconnect',
      next: '.pagination li.next a',
      maxPages: 3,
    },
  },
  plan: ({ url }) => [{ url, role: 'list', context: { page: 1 } }],
  parse(document, { config, request, now }) {
    const $ = loadPage(document.text)
    const elements = $(config.item).toArray()
    if (elements.length === 0) throw new DocumentParseError(`the item selector '${config.item}' found nothing on ${document.url}: has the page changed?`)
    const readItem = createItemReader($, config, document.url, now)
    const items = readListItems(
      elements,
      (element) => readItem($(element)),
      () => `none of the ${elements.length} items found by '${config.item}' has both a title ('${config.title}') and a link ('${config.link ?? 'a[href]'}') on ${document.url}: has the page changed?`,
    )
    const page = listContext.safeParse(request.context).data?.page ?? 1
    const next = page < config.maxPages ? nextPage($, config, document.url, request.url) : undefined
    return { items, follow: next ? [{ ...next, context: { page: page + 1 } }] : [] }
  },
})

/** The next page's link, when it leads to another page of the same site. */
function nextPage($: CheerioAPI, config: HtmlConfig, documentUrl: string, requestUrl: string): DocumentRequest | undefined {
  if (config.next === undefined) return undefined
  const link = $(config.next).first()
  const url = absoluteHttpUrl(link.attr('href') ?? link.find('a[href]').first().attr('href'), documentUrl)
  if (!url || new URL(url).origin !== new URL(documentUrl).origin) return undefined
  const withoutFragment = (address: string) => address.replace(/#.*$/, '')
  if ([documentUrl, requestUrl].some((address) => withoutFragment(address) === withoutFragment(url))) return undefined
  return { url, role: 'list' }
}
