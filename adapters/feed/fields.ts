import type Parser from 'rss-parser'

/**
 * A value as xml2js leaves it in rss-parser's output: a text-only element is a string, any other element an
 * object with its text in `_`, its attributes in `$` and its children by name (each an array).
 */
export type XmlValue = string | { _?: string; $?: Record<string, string>; [child: string]: unknown }

export interface FeedFields {
  /** Atom's feed-level <author>, the fallback for entries without one (rss-parser maps none for Atom). */
  author?: XmlValue
}

/** rss-parser's own item fields that its typings leave out, and the elements kept with customFields. */
export interface ItemFields {
  /** Atom <id>. */
  id?: XmlValue
  /** RSS <author>; Atom: the name of the first author. */
  author?: XmlValue
  'dc:creator'?: XmlValue
  /** dc:date (RSS 1.0). */
  date?: XmlValue
  'content:encoded'?: string
  'rdf:about'?: string
  /** The item's own attributes (xml:base). */
  attributes?: Record<string, string>
  published?: XmlValue
  updated?: XmlValue
  titleElements?: XmlValue[]
  linkElements?: XmlValue[]
  summaryElements?: XmlValue[]
  contentElements?: XmlValue[]
  categoryElements?: XmlValue[]
  guidElements?: XmlValue[]
  subjects?: XmlValue[]
}

export type ParsedFeed = FeedFields & Parser.Output<ItemFields>
export type ParsedItem = ParsedFeed['items'][number]

/** keepArray copies what xml2js read as it is (every element, attributes included) instead of the first text. */
const raw = (element: string, field: keyof ItemFields) => [element, field, { keepArray: true }]

export const customFields: Parser.CustomFields<FeedFields, ItemFields> = {
  feed: ['author'],
  item: [
    // On `$` (not an array) keepArray hands over the attribute object.
    raw('$', 'attributes'),
    'published',
    'updated',
    raw('title', 'titleElements'),
    raw('link', 'linkElements'),
    raw('summary', 'summaryElements'),
    raw('content', 'contentElements'),
    raw('category', 'categoryElements'),
    raw('guid', 'guidElements'),
    raw('dc:subject', 'subjects'),
  ],
}

/** The trimmed text of a value; undefined when it has none. */
export function text(value: XmlValue | undefined): string | undefined {
  return (typeof value === 'string' ? value : value?._)?.trim() || undefined
}

export function attribute(value: XmlValue | undefined, name: string): string | undefined {
  return typeof value === 'object' ? value.$?.[name] : undefined
}
