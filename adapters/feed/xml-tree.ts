import xml2js from 'xml2js'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import { escapeHtml } from '../../src/normalise/text.ts'
import { resolveUrl } from './resolve-links.ts'

export const NS = {
  atom: 'http://www.w3.org/2005/Atom',
  rdf: 'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  dc: 'http://purl.org/dc/elements/1.1/',
  content: 'http://purl.org/rss/1.0/modules/content/',
  xhtml: 'http://www.w3.org/1999/xhtml',
} as const

// Feeds in the wild use these prefixes without declaring them; strict namespace parsing would reject them.
const CONVENTIONAL_PREFIXES: Record<string, string> = { atom: NS.atom, rdf: NS.rdf, dc: NS.dc, content: NS.content, xhtml: NS.xhtml }
const VOID_ELEMENTS = new Set(['area', 'br', 'col', 'hr', 'img', 'input', 'source', 'wbr'])

export interface XmlElement {
  /** Local name, without a prefix. */
  name: string
  /** Namespace URI, '' for none. */
  namespace: string
  /** By qualified name, as written (`xml:base`, `rdf:about`, `href`). */
  attributes: Record<string, string>
  children: XmlNode[]
  /** The xml:base in effect for this element, resolved; null when no element up the tree sets one. */
  base: string | null
}
export type XmlNode = XmlElement | string

/** What xml2js gives with explicitChildren + preserveChildrenOrder + charsAsChildren. */
interface RawNode {
  '#name': string
  $?: Record<string, string>
  $$?: RawNode[]
  _?: string
}

/**
 * Parses a whole XML document synchronously (xml2js calls back synchronously unless `async` is set) into a
 * small ordered tree with namespaces and xml:base resolved against `documentUrl`.
 */
export function parseXml(text: string, documentUrl: string): XmlElement {
  const parser = new xml2js.Parser({ explicitChildren: true, preserveChildrenOrder: true, charsAsChildren: true, includeWhiteChars: true })
  let parsed: { error: Error } | { root: Record<string, RawNode> | null } | undefined
  // On an error xml2js may call back a second time with what it read: the first answer counts.
  parser.parseString(text, (error: Error | null, result: Record<string, RawNode> | null) => {
    parsed ??= error ? { error } : { root: result }
  })
  if (!parsed) throw new DocumentParseError('the XML parser gave no result')
  if ('error' in parsed) throw new DocumentParseError(`not well-formed XML: ${oneLine(parsed.error.message)}`)
  const raw = parsed.root && Object.values(parsed.root)[0]
  if (!raw) throw new DocumentParseError('empty document')
  return toElement(raw, new Map(), documentUrl, null)
}

/** sax reports "Unexpected close tag\nLine: 0\nColumn: 30\nChar: >" with a zero-based line. */
function oneLine(message: string): string {
  const [reason = message, line, column] = /^(.*)\nLine: (\d+)\nColumn: (\d+)/.exec(message)?.slice(1) ?? []
  return line === undefined ? message.replace(/\s+/g, ' ') : `${reason} at line ${Number(line) + 1}, column ${column}`
}

function toElement(raw: RawNode, parentScope: Map<string, string>, documentUrl: string, parentBase: string | null): XmlElement {
  const attributes = raw.$ ?? {}
  const scope = new Map(parentScope)
  for (const [name, value] of Object.entries(attributes)) {
    if (name === 'xmlns') scope.set('', value)
    else if (name.startsWith('xmlns:')) scope.set(name.slice('xmlns:'.length), value)
  }
  const [prefix, name] = raw['#name'].includes(':') ? raw['#name'].split(':', 2) as [string, string] : ['', raw['#name']]
  const base = attributes['xml:base'] === undefined ? parentBase : resolveUrl(attributes['xml:base'], parentBase ?? documentUrl) ?? parentBase
  return {
    name,
    namespace: scope.get(prefix) ?? CONVENTIONAL_PREFIXES[prefix] ?? '',
    attributes,
    children: (raw.$$ ?? []).map((node) =>
      node['#name'] === '__text__' || node['#name'] === '__cdata__' ? node._ ?? '' : toElement(node, scope, documentUrl, base),
    ),
    base,
  }
}

export function childElements(element: XmlElement, name: string, namespace?: string): XmlElement[] {
  return element.children.filter(
    (node): node is XmlElement => typeof node !== 'string' && node.name === name && (namespace === undefined || node.namespace === namespace),
  )
}

export function childElement(element: XmlElement, name: string, namespace?: string): XmlElement | undefined {
  return childElements(element, name, namespace)[0]
}

/** All text inside an element, as written (entities decoded by the XML parser). */
export function textContent(element: XmlElement): string {
  return element.children.map((node) => (typeof node === 'string' ? node : textContent(node))).join('')
}

/** The trimmed text of the first matching child; undefined when missing or empty. */
export function childText(element: XmlElement, name: string, namespace?: string): string | undefined {
  const child = childElement(element, name, namespace)
  return (child && textContent(child).trim()) || undefined
}

/** The children of an element as HTML markup (Atom type="xhtml" content). */
export function innerMarkup(element: XmlElement): string {
  return element.children.map((node) => (typeof node === 'string' ? escapeHtml(node) : outerMarkup(node))).join('')
}

function outerMarkup(element: XmlElement): string {
  const attributes = Object.entries(element.attributes)
    .filter(([name]) => name !== 'xmlns' && !name.startsWith('xmlns:'))
    .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
    .join('')
  if (VOID_ELEMENTS.has(element.name)) return `<${element.name}${attributes}>`
  return `<${element.name}${attributes}>${innerMarkup(element)}</${element.name}>`
}
