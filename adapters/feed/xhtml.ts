import { load } from 'cheerio'
import { escapeHtml } from '../../src/normalise/text.ts'

const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'source', 'wbr'])

/** What is read of a parsed node (domhandler's, for which cheerio exports no type). */
interface MarkupNode {
  type: string
  name?: string
  data?: string
  attribs?: Record<string, string>
  children?: MarkupNode[]
}

/**
 * Atom type="xhtml" text constructs as HTML, by entry index and element name. rss-parser hands them over as
 * xml2js objects, which lose the order of text and inline elements, so they are read from the document again.
 */
export function readXhtmlConstructs(document: string): (entry: number, name: string) => string {
  const $ = load(document, { xml: true })
  const entries = $.root().children('feed').children('entry')
  return (entry, name) => {
    const construct = entries.eq(entry).children(name).first()
    const div = construct.children().filter((_, child) => localName(child.name) === 'div').first()
    const nodes: MarkupNode[] = (div.length > 0 ? div : construct).contents().toArray()
    return nodes.map(toHtml).join('')
  }
}

function toHtml(node: MarkupNode): string {
  if (node.type === 'text') return escapeHtml(node.data ?? '')
  if (node.type === 'cdata') return (node.children ?? []).map(toHtml).join('')
  // Comments and processing instructions are left out.
  if (node.type !== 'tag' || !node.name) return ''
  const name = localName(node.name)
  const attributes = Object.entries(node.attribs ?? {})
    .filter(([attribute]) => attribute !== 'xmlns' && !attribute.startsWith('xmlns:'))
    .map(([attribute, value]) => ` ${attribute}="${escapeHtml(value)}"`)
    .join('')
  if (VOID_ELEMENTS.has(name)) return `<${name}${attributes}>`
  return `<${name}${attributes}>${(node.children ?? []).map(toHtml).join('')}</${name}>`
}

/** XHTML may be written with a prefix (<xhtml:p>); HTML has none. */
function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1)
}
