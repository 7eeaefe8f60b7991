import type { ItemDraft } from '../../src/domain/item.ts'
import { collapseWhitespace, htmlToText } from '../../src/normalise/text.ts'
import { attribute, text } from './fields.ts'
import type { ParsedFeed, ParsedItem, XmlValue } from './fields.ts'
import { resolveHtmlLinks, resolveUrl, withBase } from './resolve-links.ts'
import { readXhtmlConstructs } from './xhtml.ts'

type TextConstruct = { html: string } | { text: string }
type ConstructName = 'title' | 'summary' | 'content'

/**
 * Atom entries from rss-parser. It keeps the id and the first author's name; the rest is read from the elements
 * kept with customFields, as rss-parser drops text construct types, link relations, categories, xml:base and
 * the difference between published and updated.
 */
export function readAtom(feed: ParsedFeed, rootBase: string | undefined, document: string, documentUrl: string): ItemDraft[] {
  const feedBase = withBase(rootBase, documentUrl)
  const feedAuthor = authorName(feed.author)
  // The document is read again only when an entry has xhtml.
  let xhtml: ReturnType<typeof readXhtmlConstructs> | undefined
  return feed.items.map((entry, index) => {
    const base = withBase(entry.attributes?.['xml:base'], feedBase)
    return atomEntry(entry, base, feedAuthor, (name) => (xhtml ??= readXhtmlConstructs(document))(index, name))
  })
}

function atomEntry(entry: ParsedItem, base: string, feedAuthor: string | undefined, xhtml: (name: ConstructName) => string): ItemDraft {
  const construct = (name: ConstructName, elements: XmlValue[] | undefined) => readTextConstruct(elements?.[0], base, () => xhtml(name))
  const title = construct('title', entry.titleElements)
  const content = construct('content', entry.contentElements)
  const summary = construct('summary', entry.summaryElements)
  // An entry with only a summary shows its summary as the body.
  const body = content ?? summary
  return {
    externalId: text(entry.id),
    url: alternateLink(entry.linkElements ?? [], base),
    title: title && plainText(title),
    bodyHtml: body && 'html' in body ? body.html : undefined,
    bodyText: body && 'text' in body ? body.text : undefined,
    summary: content && summary ? plainText(summary) : undefined,
    author: text(entry.author) ?? feedAuthor,
    publishedAt: text(entry.published),
    updatedAt: text(entry.updated),
    sourceCategories: (entry.categoryElements ?? [])
      .map((category) => (attribute(category, 'label') ?? attribute(category, 'term') ?? '').trim())
      .filter(Boolean),
  }
}

/** Atom text constructs: type "text" (default), "html" (escaped markup) or "xhtml" (inline markup in a div). */
function readTextConstruct(element: XmlValue | undefined, entryBase: string, xhtml: () => string): TextConstruct | undefined {
  // Content by reference (src="...") has no text here.
  if (element === undefined || attribute(element, 'src') !== undefined) return undefined
  const type = (attribute(element, 'type') ?? 'text').toLowerCase()
  const base = withBase(attribute(element, 'xml:base'), entryBase)
  const value = typeof element === 'string' ? element : element._ ?? ''
  if (type === 'xhtml' || type === 'application/xhtml+xml') return { html: resolveHtmlLinks(xhtml(), base) }
  if (type === 'html' || type === 'text/html') return { html: resolveHtmlLinks(value, base) }
  if (type === 'text' || type.startsWith('text/')) return { text: value }
  return undefined
}

function plainText(construct: TextConstruct): string {
  return 'html' in construct ? htmlToText(construct.html) : collapseWhitespace(construct.text)
}

/** rel="alternate" (the default rel) with an HTML type first, then any alternate, then the first link. */
function alternateLink(links: XmlValue[], base: string): string | undefined {
  const withHref = links.filter((link) => attribute(link, 'href'))
  const alternates = withHref.filter((link) => (attribute(link, 'rel') ?? 'alternate') === 'alternate')
  const link = alternates.find((candidate) => /html/.test(attribute(candidate, 'type') ?? 'text/html')) ?? alternates[0] ?? withHref[0]
  return link && resolveUrl(attribute(link, 'href'), withBase(attribute(link, 'xml:base'), base))
}

/** The name in a feed-level <author> (rss-parser keeps it as xml2js read it). */
function authorName(author: XmlValue | undefined): string | undefined {
  const names = typeof author === 'object' ? author.name : undefined
  return Array.isArray(names) ? text(names[0]) : undefined
}
