import { readFileSync } from 'node:fs'
import type { Adapter, FetchedDocument, ParseContext, ParseResult } from '../../src/domain/adapter.ts'
import { itemSchema } from '../../src/domain/item.ts'
import { decodeBody } from '../../src/fetch/charset.ts'
import { normaliseDraft } from '../../src/normalise/normalise.ts'

interface RunOptions {
  config?: unknown
  now?: Date
}

/** A saved document as the runtime would hand it over: bytes decoded with the charset they declare. */
export function fixture(path: string, url: string, contentType: string | null = null): FetchedDocument {
  const bytes = readFileSync(new URL(path, import.meta.url))
  return { url, status: 200, contentType, headers: {}, text: decodeBody(bytes, null), bytes }
}

export function inlineDocument(text: string, url: string, contentType: string | null = null): FetchedDocument {
  return { url, status: 200, contentType, headers: {}, text, bytes: new TextEncoder().encode(text) }
}

/** Parses a document and normalises every draft; every item must validate against the item schema. */
export async function runAsync<C>(adapter: Adapter<C>, document: FetchedDocument, options: RunOptions = {}) {
  const context = parseContext(adapter, document, options)
  return normaliseAll(adapter, document, context, await adapter.parse(document, context))
}

/** `runAsync` for an adapter that parses synchronously (ical), so a suite can use the items as it is collected. */
export function run<C>(adapter: Adapter<C>, document: FetchedDocument, options: RunOptions = {}) {
  const context = parseContext(adapter, document, options)
  const result = adapter.parse(document, context)
  if (result instanceof Promise) throw new Error(`adapter '${adapter.id}' parses asynchronously: use runAsync`)
  return normaliseAll(adapter, document, context, result)
}

function parseContext<C>(adapter: Adapter<C>, document: FetchedDocument, options: RunOptions): ParseContext<C> {
  const config = adapter.configSchema.parse(options.config ?? {})
  const source = { id: 'test-source', name: 'Testbron', url: document.url }
  return { config, request: { url: document.url }, source, now: options.now ?? new Date('2026-11-10T12:00:00Z') }
}

function normaliseAll<C>(adapter: Adapter<C>, document: FetchedDocument, { source, now }: ParseContext<C>, { items: drafts }: ParseResult) {
  const normalised = drafts.map((draft) => normaliseDraft(draft, { source, platform: adapter.platform, documentUrl: document.url, wijk: null, now }))
  const items = normalised.map(({ item }) => itemSchema.parse(item))
  return { drafts, normalised, items, output: JSON.stringify(items) }
}
