import type { z } from 'zod'
import type { ItemDraft } from './item.ts'

/** One document an adapter wants fetched. */
export interface DocumentRequest {
  url: string
  /** Extra request headers the platform requires (Deedmob's X-Requested-With, an Accept type). */
  headers?: Record<string, string>
  /** What this document is to the adapter ('list', 'detail', 'page'), handed back to parse. */
  role?: string
  /** JSON data the adapter wants back when this document is parsed (the list card a detail page belongs to). */
  context?: Record<string, unknown>
}

/** A fetched document as the runtime hands it to an adapter. */
export interface FetchedDocument {
  /** Final URL after redirects: the base for relative links. */
  url: string
  status: number
  /** Content-Type header without parameters, lower case (`application/rss+xml`), or null. */
  contentType: string | null
  headers: Record<string, string>
  /** The body decoded to text with the charset from the header, the XML prolog or the HTML meta tag. */
  text: string
  /** The raw body, for binary documents (a .zip export). */
  bytes: Uint8Array
}

export interface SourceRef {
  id: string
  name: string
  url: string
}

export interface ParseContext<C> {
  config: C
  /** The request this document answered (its role and context). */
  request: DocumentRequest
  source: SourceRef
  /** The moment of the run: for bounded windows (recurrences) and relative dates, never as a fallback date. */
  now: Date
}

export interface ParseResult {
  items: ItemDraft[]
  /** More documents to fetch in this run: the next page, detail pages. */
  follow?: DocumentRequest[]
}

export interface PlanInput<C> {
  url: string
  config: C
}

/** A document is broken (truncated, wrong types, not the expected format). Typed so the runtime can report it. */
export class DocumentParseError extends Error {
  override readonly name = 'DocumentParseError'
}

/**
 * An adapter reads one platform. It is pure: no I/O, no clock except ctx.now, no globals.
 * See ../shared/docs/design.md, "Adapters".
 */
export interface Adapter<C = unknown> {
  /** Fixed id, part of the CLI and config contract ("feed", "ical", "mijnbuurtje", ...). */
  id: string
  /** The platform its items are shown under. */
  platform: string
  label: { nl: string; en: string }
  description: { nl: string; en: string }
  configSchema: z.ZodType<C>
  /**
   * `complete`: one run's documents list everything the source has now, so a stored item missing from a
   * successful run was taken down and leaves the feed. `window`: the source shows only recent posts (a feed).
   */
  listing?: 'complete' | 'window'
  /** The platform a source's items are shown under when its config says (a forwarded Facebook post); default `platform`. */
  platformOf?(config: C): string
  /** Documents one run of a source may fetch, when the default (50) is too few for what its config allows. */
  maxDocuments?: number
  /** Items arrive by submission (forwarded posts), never by fetching: the scheduler leaves these sources alone. */
  pushed?: boolean
  /** An example source a buurtmaker can copy (shown by `buurtfeed adapters`). */
  example: { url: string; config: C }
  /** The documents to fetch for one run of a source. */
  plan(input: PlanInput<C>): DocumentRequest[]
  /**
   * Item drafts (and follow-up documents) from one fetched document. Throws DocumentParseError on a
   * broken document. May be async only for a parser library that is (rss-parser); it still does no I/O.
   */
  parse(document: FetchedDocument, context: ParseContext<C>): ParseResult | Promise<ParseResult>
}

/** Helper that keeps the config type of an adapter definition checked. */
export function defineAdapter<C>(adapter: Adapter<C>): Adapter<C> {
  return adapter
}
