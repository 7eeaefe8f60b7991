import { load } from 'cheerio'

const PARAGRAPH_ELEMENTS = 'p, h1, h2, h3, h4, h5, h6, blockquote, ul, ol, dl, table, pre, figure, hr'
const LINE_ELEMENTS = 'div, li, dt, dd, tr, figcaption, caption, section, article, header, footer, aside, main, nav, address'
const CELL_ELEMENTS = 'td, th'
const SKIPPED_ELEMENTS = 'script, style, noscript, template, head, iframe, object'
// Marks for block boundaries while the markup's own line breaks still count as plain spaces.
const PARAGRAPH_BREAK = '\u2029'
const LINE_BREAK = '\u2028'

/** Plain text from HTML: entities decoded, blocks on their own lines, paragraphs apart, whitespace collapsed. */
export function htmlToText(html: string): string {
  const $ = load(html, null, false)
  $(SKIPPED_ELEMENTS).remove()
  $('br').replaceWith(LINE_BREAK)
  $(PARAGRAPH_ELEMENTS).before(PARAGRAPH_BREAK).after(PARAGRAPH_BREAK)
  $(LINE_ELEMENTS).before(LINE_BREAK).after(LINE_BREAK)
  $(CELL_ELEMENTS).after(' ')
  return $.root()
    .text()
    .replace(/\s+/g, (space) => space.includes(PARAGRAPH_BREAK) ? '\n\n' : space.includes(LINE_BREAK) ? '\n' : ' ')
    .trim()
}

/** Lower case with accents and apostrophes off, for comparing words: "Café 't Hoekje" -> "cafe t hoekje". */
export function foldAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/['’`´]/g, '')
}

/** All whitespace, line breaks included, as single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** At most `maxLength` characters, cut at a word boundary with an ellipsis when too long. */
export function summarise(text: string, maxLength: number): string {
  const flat = collapseWhitespace(text)
  if (flat.length <= maxLength) return flat
  // Leave room for the ellipsis and never split a surrogate pair.
  const cut = flat.slice(0, maxLength - 1).replace(/[\uD800-\uDBFF]$/, '')
  const lastSpace = cut.lastIndexOf(' ')
  const head = lastSpace > maxLength / 2 ? cut.slice(0, lastSpace) : cut
  return head.replace(/[\s,.;:!?-]+$/, '') + '…'
}

/** The first sentence (or line) of a text, at most `maxLength` characters: a title for posts without one. */
export function firstSentence(text: string, maxLength: number): string {
  const firstLine = text.trim().split('\n')[0] ?? ''
  const sentence = /^(.+?[.!?])(?:\s|$)/.exec(firstLine)?.[1] ?? firstLine
  return summarise(sentence.replace(/\.$/, ''), maxLength)
}

/** Plain text as HTML paragraphs: blank lines separate paragraphs, single line breaks become <br>. */
export function textToHtml(text: string): string {
  return text
    .trim()
    .split(/\n\s*\n/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map((paragraph) => `<p>${paragraph.split('\n').map((line) => escapeHtml(line.trim())).join('<br>')}</p>`)
    .join('')
}

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ESCAPES[char] ?? char)
}
