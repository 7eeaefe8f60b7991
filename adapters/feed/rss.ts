import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'
import { htmlToText } from '../../src/normalise/text.ts'
import { resolveHtmlLinks, resolveUrl } from './resolve-links.ts'
import { childElement, childElements, childText, NS, textContent } from './xml-tree.ts'
import type { XmlElement } from './xml-tree.ts'

/** RSS 0.9x and 2.0 (`<rss>`), and RSS 1.0 / 0.90 (`<rdf:RDF>`, items beside the channel). */
export function readRss(root: XmlElement, documentUrl: string): ItemDraft[] {
  const channel = childElement(root, 'channel')
  if (!channel) throw new DocumentParseError('RSS document without a <channel>')
  const items = root.name === 'RDF' ? childElements(root, 'item') : childElements(channel, 'item')
  // Relative links in RSS are read against the site (the channel link), as feed readers do.
  const siteUrl = resolveUrl(childText(channel, 'link', channel.namespace), documentUrl)
  return items.map((item) => rssItem(item, item.base ?? siteUrl ?? documentUrl))
}

function rssItem(item: XmlElement, base: string): ItemDraft {
  // Only the item's own vocabulary: an <atom:link> beside <link> is not the item's link.
  const own = (name: string) => childText(item, name, item.namespace)
  const guid = childElement(item, 'guid', item.namespace)
  const guidText = guid && textContent(guid).trim()
  const guidIsLink = guid?.attributes.isPermaLink?.toLowerCase() !== 'false'
  const description = own('description')
  const content = childText(item, 'encoded', NS.content)
  const bodyHtml = content ?? description
  const categories = [...childElements(item, 'category', item.namespace), ...childElements(item, 'subject', NS.dc)]
  return {
    externalId: guidText || item.attributes['rdf:about'],
    url: resolveUrl(own('link') ?? (guidIsLink ? guidText : undefined), base),
    // Titles often carry escaped markup or entities ("Koffie &amp; taart"), so they are read as HTML.
    title: htmlToText(own('title') ?? ''),
    bodyHtml: bodyHtml && resolveHtmlLinks(bodyHtml, base),
    summary: content ? description : undefined,
    author: childText(item, 'creator', NS.dc) ?? nameFromRssAuthor(own('author')),
    publishedAt: own('pubDate') ?? childText(item, 'date', NS.dc),
    sourceCategories: categories.map((category) => textContent(category).trim()).filter(Boolean),
  }
}

/** RSS <author> is "e-mail (Name)": only the name is kept. */
function nameFromRssAuthor(author: string | undefined): string | undefined {
  return author && /\(([^)]+)\)/.exec(author)?.[1]?.trim()
}
