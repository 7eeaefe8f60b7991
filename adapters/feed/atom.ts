import type { ItemDraft } from '../../src/domain/item.ts'
import { collapseWhitespace, htmlToText } from '../../src/normalise/text.ts'
import { resolveHtmlLinks, resolveUrl } from './resolve-links.ts'
import { childElement, childElements, childText, innerMarkup, NS, textContent } from './xml-tree.ts'
import type { XmlElement } from './xml-tree.ts'

type TextConstruct = { html: string } | { text: string }

export function readAtom(feed: XmlElement, documentUrl: string): ItemDraft[] {
  const feedAuthor = authorName(feed)
  return childElements(feed, 'entry', NS.atom).map((entry) => atomEntry(entry, documentUrl, feedAuthor))
}

function atomEntry(entry: XmlElement, documentUrl: string, feedAuthor: string | undefined): ItemDraft {
  const atom = (name: string) => childElement(entry, name, NS.atom)
  const title = readTextConstruct(atom('title'), documentUrl)
  const content = readTextConstruct(atom('content'), documentUrl)
  const summary = readTextConstruct(atom('summary'), documentUrl)
  // An entry with only a summary shows its summary as the body.
  const body = content ?? summary
  return {
    externalId: childText(entry, 'id', NS.atom),
    url: alternateLink(entry, documentUrl),
    title: title && plainText(title),
    bodyHtml: body && 'html' in body ? body.html : undefined,
    bodyText: body && 'text' in body ? body.text : undefined,
    summary: content && summary ? plainText(summary) : undefined,
    author: authorName(entry) ?? feedAuthor,
    publishedAt: childText(entry, 'published', NS.atom),
    updatedAt: childText(entry, 'updated', NS.atom),
    sourceCategories: childElements(entry, 'category', NS.atom)
      .map((category) => (category.attributes.label ?? category.attributes.term ?? '').trim())
      .filter(Boolean),
  }
}

/** Atom text constructs: type "text" (default), "html" (escaped markup) or "xhtml" (inline markup in a div). */
function readTextConstruct(element: XmlElement | undefined, documentUrl: string): TextConstruct | undefined {
  // Content by reference (src="...") has no text here.
  if (!element || element.attributes.src) return undefined
  const type = (element.attributes.type ?? 'text').toLowerCase()
  const base = element.base ?? documentUrl
  if (type === 'xhtml' || type === 'application/xhtml+xml') {
    return { html: resolveHtmlLinks(innerMarkup(childElement(element, 'div', NS.xhtml) ?? element), base) }
  }
  if (type === 'html' || type === 'text/html') return { html: resolveHtmlLinks(textContent(element), base) }
  if (type === 'text' || type.startsWith('text/')) return { text: textContent(element) }
  return undefined
}

function plainText(construct: TextConstruct): string {
  return 'html' in construct ? htmlToText(construct.html) : collapseWhitespace(construct.text)
}

/** rel="alternate" (the default rel) with an HTML type first, then any alternate, then the first link. */
function alternateLink(entry: XmlElement, documentUrl: string): string | undefined {
  const links = childElements(entry, 'link', NS.atom).filter((link) => link.attributes.href)
  const alternates = links.filter((link) => (link.attributes.rel ?? 'alternate') === 'alternate')
  const link = alternates.find((candidate) => /html/.test(candidate.attributes.type ?? 'text/html')) ?? alternates[0] ?? links[0]
  return link && resolveUrl(link.attributes.href, link.base ?? documentUrl)
}

function authorName(element: XmlElement): string | undefined {
  const author = childElement(element, 'author', NS.atom)
  return author && childText(author, 'name', NS.atom)
}
