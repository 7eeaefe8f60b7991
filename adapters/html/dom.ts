import { load } from 'cheerio'
import type { Cheerio, CheerioAPI } from 'cheerio'
import type { AnyNode } from 'domhandler'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'
import { collapseWhitespace } from '../../src/normalise/text.ts'
import { assertShallowHtml } from '../../src/normalise/nesting.ts'

/** cheerio's node type, from the DOM library it is built on (cheerio exports no name for it). */
export type { AnyNode }

/** A list page is read up to this many items: a hostile page with thousands of them costs no more. */
export const MAX_ITEMS_PER_PAGE = 200

/** An HTML page or fragment, without scripts and styles, so their text never reads as content. */
export function loadPage(html: string): CheerioAPI {
  assertShallowHtml(html, 'the page')
  const $ = load(html)
  $('script, style, template').remove()
  return $
}

/** The text of the first element of a selection, whitespace collapsed; undefined when empty. */
export function textOf(selection: Cheerio<AnyNode>): string | undefined {
  return collapseWhitespace(selection.first().text()) || undefined
}

/**
 * Drafts from the elements of a list, at most MAX_ITEMS_PER_PAGE. `read` skips an element it cannot read
 * (no link, no title) by returning undefined; when it can read none of them, the markup has changed.
 */
export function readListItems<E>(elements: E[], read: (element: E) => ItemDraft | undefined, noneReadable: () => string): ItemDraft[] {
  const drafts = elements.slice(0, MAX_ITEMS_PER_PAGE).map(read).filter((draft) => draft !== undefined)
  if (elements.length > 0 && drafts.length === 0) throw new DocumentParseError(noneReadable())
  return drafts
}
