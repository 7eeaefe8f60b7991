import type { CheerioAPI } from 'cheerio'
import { absoluteHttpUrl } from '../../src/normalise/urls.ts'
import { loadHtml, pageBase } from './html.ts'

export interface DiscoveredFeed {
  url: string
  type: string
  title: string | undefined
}

// application/json is left out: WordPress links its REST API that way.
const FEED_TYPES = new Set(['application/rss+xml', 'application/atom+xml', 'application/feed+json'])
const MAX_FEEDS = 20

/** The feeds a page announces with `<link rel="alternate" type="..." href="...">`, in page order, links absolute. */
export function discoverFeeds(html: string, baseUrl: string): DiscoveredFeed[] {
  const $ = loadHtml(html)
  return feedLinks($, pageBase($, baseUrl))
}

export function feedLinks($: CheerioAPI, base: string): DiscoveredFeed[] {
  const feeds: DiscoveredFeed[] = []
  $('link[rel][type][href]').each((_, element) => {
    const link = $(element)
    const isAlternate = (link.attr('rel') ?? '').toLowerCase().split(/\s+/).includes('alternate')
    const type = (link.attr('type') ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
    const url = absoluteHttpUrl(link.attr('href'), base)
    if (isAlternate && FEED_TYPES.has(type) && url && !feeds.some((feed) => feed.url === url)) {
      feeds.push({ url, type, title: link.attr('title')?.trim() || undefined })
    }
    return feeds.length < MAX_FEEDS
  })
  return feeds
}
