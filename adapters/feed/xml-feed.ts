import Parser from 'rss-parser'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'
import { readAtom } from './atom.ts'
import { attribute, customFields } from './fields.ts'
import type { FeedFields, ItemFields, XmlValue } from './fields.ts'
import { readRss } from './rss.ts'

/** The root element, which rss-parser does not hand over: its name is the format, it may carry xml:base. */
interface RootElement {
  name: string
  value: XmlValue
}

const FEED_ROOTS = ['rss', 'rdf:RDF', 'feed']

/** RSS 2.0 and 0.9x, RSS 1.0 (RDF) and Atom, as rss-parser reads them; rss.ts and atom.ts add what it drops. */
export async function readXmlFeed(text: string, documentUrl: string): Promise<ItemDraft[]> {
  if (!text.trim()) throw new DocumentParseError('empty document')
  let root: RootElement | undefined
  const parser = new Parser<FeedFields, ItemFields>({
    customFields,
    // An <rss> without a version is read as 2.0, which 0.91 and 0.92 are subsets of.
    defaultRSS: 2,
    xml2js: {
      // xml2js calls this for every element as it closes, the root last.
      validator: (xpath: string, _previous: unknown, value: XmlValue) => {
        if (xpath.lastIndexOf('/') === 0) root = { name: xpath.slice(1), value }
        return value
      },
    },
  })
  const feed = await parser.parseString(text).catch((error: Error) => {
    throw readError(error, root)
  })
  const rootBase = attribute(root?.value, 'xml:base')
  return root?.name === 'feed' ? readAtom(feed, rootBase, text, documentUrl) : readRss(feed, rootBase, documentUrl)
}

function readError(error: Error, root: RootElement | undefined): DocumentParseError {
  // The XML parser stopped before the root element closed.
  if (!root) return new DocumentParseError(`not well-formed XML: ${saxMessage(error.message)}`)
  if (!FEED_ROOTS.includes(root.name)) return new DocumentParseError(`not a feed: the root element is <${root.name}>`)
  if (root.name !== 'feed' && !(typeof root.value === 'object' && root.value.channel)) {
    return new DocumentParseError('RSS document without a <channel>')
  }
  return new DocumentParseError(`rss-parser cannot read the feed: ${error.message}`)
}

/** sax reports "Unexpected close tag\nLine: 0\nColumn: 30\nChar: >" with a zero-based line. */
function saxMessage(message: string): string {
  const [reason = message, line, column] = /^(.*)\nLine: (\d+)\nColumn: (\d+)/.exec(message)?.slice(1) ?? []
  return line === undefined ? message.replace(/\s+/g, ' ') : `${reason} at line ${Number(line) + 1}, column ${column}`
}
