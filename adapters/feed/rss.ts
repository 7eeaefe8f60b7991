import type { ItemDraft } from '../../src/domain/item.ts'
import { htmlToText } from '../../src/normalise/text.ts'
import { attribute, text } from './fields.ts'
import type { ParsedFeed, ParsedItem } from './fields.ts'
import { resolveHtmlLinks, resolveUrl } from './resolve-links.ts'

/** RSS 2.0, 0.9x and 1.0 items from rss-parser, with xml:base, permalink guids, dc:subject and author names added. */
export function readRss(feed: ParsedFeed, rootBase: string | undefined, documentUrl: string): ItemDraft[] {
  const feedBase = resolveUrl(rootBase, documentUrl)
  // Without an xml:base, relative links are read against the site (the channel link), as feed readers do.
  const siteUrl = resolveUrl(text(feed.link), documentUrl)
  return feed.items.map((item) => {
    const xmlBase = resolveUrl(item.attributes?.['xml:base'], feedBase ?? documentUrl) ?? feedBase
    return rssItem(item, xmlBase ?? siteUrl ?? documentUrl)
  })
}

function rssItem(item: ParsedItem, base: string): ItemDraft {
  const guid = text(item.guid)
  const guidIsLink = attribute(item.guidElements?.[0], 'isPermaLink')?.toLowerCase() !== 'false'
  const title = text(item.title)
  // rss-parser's `content` is the <description>.
  const description = text(item.content)
  const encoded = text(item['content:encoded'])
  const body = encoded ?? description
  return {
    externalId: guid ?? item['rdf:about'],
    url: resolveUrl(text(item.link) ?? (guidIsLink ? guid : undefined), base),
    // Titles often carry escaped markup or entities ("Koffie &amp; taart"), so they are read as HTML.
    title: title && htmlToText(title),
    bodyHtml: body && resolveHtmlLinks(body, base),
    summary: encoded ? description : undefined,
    author: text(item['dc:creator']) ?? nameFromRssAuthor(text(item.author)),
    publishedAt: text(item.pubDate) ?? text(item.date),
    sourceCategories: [...(item.categories ?? []), ...(item.subjects ?? [])].map(text).filter((name) => name !== undefined),
  }
}

/** RSS <author> is "e-mail (Name)": only the name is kept. */
function nameFromRssAuthor(author: string | undefined): string | undefined {
  return author && /\(([^)]+)\)/.exec(author)?.[1]?.trim()
}
