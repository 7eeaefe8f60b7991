import { DocumentParseError } from '../domain/adapter.ts'

/** Far deeper than any real page, shallow enough for parse5 and cheerio to stay quick. */
export const MAX_NESTING = 1000

const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr'])
// In HTML (not inside svg or math) their content is text up to their own end tag.
const TEXT_END_TAGS = new Map(
  ['script', 'style', 'textarea', 'title', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript'].map((name) => [name, new RegExp(`</${name}`, 'gi')]),
)
// Elements whose end tag may be left out: a new sibling of the same family closes the open one.
const SIBLING_CLOSES = new Map(Object.entries({
  p: ['p'], li: ['li'], dt: ['dt', 'dd'], dd: ['dt', 'dd'], option: ['option'], tr: ['tr'], td: ['td', 'th'], th: ['td', 'th'],
}))
const FOREIGN_ROOTS = new Set(['svg', 'math'])
const WHITESPACE = new Set(['\t', '\n', '\f', '\r', ' '])
const TAG_NAME = /<(\/?)([a-zA-Z][^\t\n\f\r />]*)/y
const COMMENT_END = /--!?>/g

/** Refuses markup nested deeper than `maxDepth` (see isNestedWithin), before cheerio or parse5 see it. */
export function assertShallowHtml(html: string, what = 'the document', maxDepth = MAX_NESTING): void {
  if (!isNestedWithin(html, maxDepth)) throw new DocumentParseError(`${what} nests elements more than ${maxDepth} deep`)
}

/**
 * Whether `html` nests elements at most `maxDepth` deep, found in one linear pass before any parser sees it:
 * parse5 takes time quadratic in the depth of nested blocks (100,000 nested divs: 90 s) and cheerio's text()
 * recurses per level. No parser library answers this: htmlparser2 builds a different tree (a stray </span>
 * closes a <div> there, not in parse5), so it would let through what parse5 chokes on. This reads tags,
 * attribute values, comments and text elements as the HTML tokenizer does, so markup hidden in them neither
 * adds nor hides depth, and it errs high where the tree builder is subtle: an end tag closes only the open
 * element it names, or that one under an element whose end tag may be left out.
 */
export function isNestedWithin(html: string, maxDepth: number = MAX_NESTING): boolean {
  const open = new OpenElements()
  let index = html.indexOf('<')
  while (index !== -1) {
    const next = readMarkup(html, index, open)
    if (open.depth > maxDepth) return false
    if (next === -1) return true
    index = html.indexOf('<', next)
  }
  return true
}

/** Reads the markup at `index` (a '<') into `open`; the index to go on from, or -1 when the document ends in it. */
function readMarkup(html: string, index: number, open: OpenElements): number {
  if (html.startsWith('<!--', index)) {
    COMMENT_END.lastIndex = index + 2
    const end = COMMENT_END.exec(html)
    return end ? end.index + end[0].length : -1
  }
  TAG_NAME.lastIndex = index
  const tag = TAG_NAME.exec(html)
  if (!tag) {
    // '<!', '<?' and '</' without a name open a bogus comment that ends at '>'; any other '<' is text.
    if (!/^<[!?/]/.test(html.slice(index, index + 2))) return index + 1
    const close = html.indexOf('>', index)
    return close === -1 ? -1 : close + 1
  }
  const [, slash, rawName = ''] = tag
  const name = rawName.toLowerCase()
  const end = tagEnd(html, TAG_NAME.lastIndex)
  if (!end) return -1
  if (!slash) return readStartTag(html, name, end, open)
  open.close(name)
  return end.index + 1
}

function readStartTag(html: string, name: string, end: TagEnd, open: OpenElements): number {
  if (VOID_ELEMENTS.has(name) || (end.selfClosing && open.inForeignContent)) return end.index + 1
  open.open(name)
  if (open.inForeignContent) return end.index + 1
  if (name === 'plaintext') return -1
  const textEnd = TEXT_END_TAGS.get(name)
  if (!textEnd) return end.index + 1
  textEnd.lastIndex = end.index + 1
  return textEnd.exec(html)?.index ?? -1
}

interface TagEnd {
  index: number
  selfClosing: boolean
}

/** The '>' that ends a tag whose name ends at `from`, read past attribute values as the tokenizer does. */
function tagEnd(html: string, from: number): TagEnd | null {
  let inAttributeName = false
  let afterSlash = false
  for (let index = from; index < html.length; index++) {
    const char = html[index] ?? ''
    if (char === '>') return { index, selfClosing: afterSlash }
    afterSlash = char === '/'
    if (afterSlash) {
      inAttributeName = false
    } else if (char === '=' && inAttributeName) {
      const valueEnd = attributeValueEnd(html, index + 1)
      if (valueEnd === -1) return null
      index = valueEnd
      inAttributeName = false
    } else if (!WHITESPACE.has(char)) {
      // A '=' where no attribute name came before starts a name, as do all other characters.
      inAttributeName = true
    }
  }
  return null
}

/** The last index of an attribute value starting at `from` (after optional whitespace); -1 for an unclosed quote. */
function attributeValueEnd(html: string, from: number): number {
  let index = from
  while (WHITESPACE.has(html[index] ?? '')) index++
  const quote = html[index]
  if (quote === '"' || quote === "'") return html.indexOf(quote, index + 1)
  while (index < html.length && html[index] !== '>' && !WHITESPACE.has(html[index] ?? '')) index++
  return index - 1
}

/** The stack of open elements, as far as depth goes. */
class OpenElements {
  private readonly names: string[] = []
  private foreignRoots = 0

  get depth(): number {
    return this.names.length
  }

  get inForeignContent(): boolean {
    return this.foreignRoots > 0
  }

  open(name: string): void {
    if (SIBLING_CLOSES.get(name)?.includes(this.names.at(-1) ?? '')) this.pop()
    this.names.push(name)
    if (FOREIGN_ROOTS.has(name)) this.foreignRoots += 1
  }

  close(name: string): void {
    if (this.names.at(-1) === name) {
      this.pop()
    } else if (this.names.at(-2) === name && SIBLING_CLOSES.has(this.names.at(-1) ?? '')) {
      this.pop()
      this.pop()
    }
  }

  private pop(): void {
    const name = this.names.pop()
    if (name && FOREIGN_ROOTS.has(name)) this.foreignRoots -= 1
  }
}
