import { setImmediate } from 'node:timers/promises'
import type { Kysely } from 'kysely'
import { getAdapter } from '../../adapters/index.ts'
import type { Adapter, DocumentRequest, FetchedDocument, ParseContext } from '../domain/adapter.ts'
import type { SourceErrorType } from '../domain/source-health.ts'
import type { FetchOutcome } from '../fetch/index.ts'
import { nextCheckAt } from '../fetch/index.ts'
import { normaliseDraft } from '../normalise/index.ts'
import { firstSeenOfSource, removeMissingItems, upsertItems, wijkenOfSource, type StoredItemInput, type UpsertResult } from '../store/items.ts'
import type { Database } from '../store/schema.ts'
import { recordFailure, recordSuccess, type Source } from '../store/sources.ts'
import { reclusterWijken } from '../store/clusters.ts'
import { listPlaceableWijken } from '../store/wijken.ts'
import { createPlacer } from '../understand/place.ts'
import type { NormaliseContext } from '../normalise/index.ts'
import { parseDocument } from './parse-document.ts'

/** What the runtime needs of the fetcher: one polite request at a time. */
export interface DocumentFetcher {
  fetch(request: {
    url: string
    headers?: Record<string, string>
    etag?: string | null
    lastModified?: string | null
    local?: boolean
  }): Promise<FetchOutcome>
}

export interface IngestDeps {
  db: Kysely<Database>
  fetcher: DocumentFetcher
  now?: () => Date
  /** Documents one run of one source may fetch (first page, next pages, detail pages). */
  maxDocuments?: number
  onProgress?: (event: ProgressEvent) => void
}

export type ProgressEvent =
  | { type: 'document'; source: Source; url: string; number: number }
  | { type: 'done'; source: Source; result: SourceRunResult }

export interface SourceFailure {
  type: SourceErrorType
  message: string
  url?: string
}

export interface SourceRunResult {
  sourceId: string
  /** `not_modified`: the server answered 304, nothing new. */
  outcome: 'ok' | 'not_modified' | 'failed'
  documents: number
  /** Items the source gave this run. */
  items: number
  /** Drafts that could not be normalised (skipped, the rest stored). */
  rejected: number
  stored: UpsertResult
  removed: number
  failure: SourceFailure | null
}

/** No neighbourhood document holds more; a larger one is cut (counted as rejected) so one source cannot stall a run. */
const MAX_ITEMS_PER_DOCUMENT = 2000

const NOTHING_STORED: UpsertResult = { inserted: 0, updated: 0, unchanged: 0, tombstoned: 0 }

/**
 * One run of one source: plan, fetch politely, parse, normalise, store, and record the source's health.
 * Never throws for a broken source: the failure is returned and stored, so the other sources go on.
 */
export async function ingestSource(deps: IngestDeps, source: Source): Promise<SourceRunResult> {
  const now = (deps.now ?? (() => new Date()))()
  let result: SourceRunResult
  try {
    const run = await runSource(deps, source, now)
    result = run.result
    await recordRun(deps, source, now, result, run.fetchState)
  } catch (error) {
    // A bug, or the database failing under this source: reported, and the other sources go on.
    result = failed(source, { type: 'internal', message: error instanceof Error ? error.message : String(error) })
  }
  deps.onProgress?.({ type: 'done', source, result })
  return result
}

type FetchState = { etag: string | null; lastModified: string | null; maxAgeSeconds: number | null; retryAfterSeconds?: number }

async function recordRun(deps: IngestDeps, source: Source, now: Date, result: SourceRunResult, fetchState: FetchState | undefined) {
  const consecutiveErrors = result.failure ? source.health.consecutiveErrors + 1 : 0
  const next = nextCheckAt({
    now,
    succeeded: !result.failure,
    consecutiveErrors,
    intervalMinutes: source.intervalMinutes,
    maxAgeSeconds: fetchState?.maxAgeSeconds ?? null,
    retryAfterSeconds: fetchState?.retryAfterSeconds ?? null,
  })
  if (result.failure) {
    await recordFailure(deps.db, source.id, { at: now, nextCheckAt: next, type: result.failure.type, message: result.failure.message })
  } else {
    await recordSuccess(deps.db, source.id, {
      at: now,
      nextCheckAt: next,
      itemCount: result.outcome === 'not_modified' ? null : result.items,
      ...(fetchState ? { fetchState: { etag: fetchState.etag, lastModified: fetchState.lastModified } } : {}),
    })
  }
}

function failed(source: Source, failure: SourceFailure): SourceRunResult {
  return { sourceId: source.id, outcome: 'failed', documents: 0, items: 0, rejected: 0, stored: NOTHING_STORED, removed: 0, failure }
}

function notModified(source: Source): SourceRunResult {
  return { sourceId: source.id, outcome: 'not_modified', documents: 1, items: 0, rejected: 0, stored: NOTHING_STORED, removed: 0, failure: null }
}

async function runSource(deps: IngestDeps, source: Source, now: Date) {
  const adapter = getAdapter(source.adapter)
  if (!adapter) return { result: failed(source, { type: 'config', message: `unknown adapter '${source.adapter}'` }) }
  const config = adapter.configSchema.safeParse(source.config)
  if (!config.success) return { result: failed(source, { type: 'config', message: `invalid adapter config: ${config.error.message}` }) }
  const place = await wijkPlacer(deps.db, source.wijk)
  const firstSeen = await firstSeenOfSource(deps.db, source.id)
  const sourceRef = { id: source.id, name: source.name, url: source.siteUrl ?? source.url }
  const platform = adapter.platformOf?.(config.data) ?? adapter.platform

  // An uploaded file is one saved document: read as it is, and nothing is crawled from it.
  const upload = source.url.startsWith('file:')
  const queue: DocumentRequest[] = upload ? [{ url: source.url }] : adapter.plan({ url: source.url, config: config.data })
  const queued = new Set(queue.map((r) => r.url))
  const maxDocuments = deps.maxDocuments ?? adapter.maxDocuments ?? 50
  const stored: StoredItemInput[] = []
  let documents = 0
  let rejected = 0
  let failure: SourceFailure | null = null
  let fetchState: FetchState | undefined

  for (let request = queue.shift(); request && documents < maxDocuments; request = queue.shift()) {
    const primary = documents === 0
    documents += 1
    deps.onProgress?.({ type: 'document', source, url: request.url, number: documents })
    const outcome = await deps.fetcher.fetch({
      url: request.url,
      ...(request.headers ? { headers: request.headers } : {}),
      local: source.local,
      // Only the first document answers a conditional request: follow-ups depend on its content.
      ...(primary && readRecently(source, now) ? { etag: source.fetchState.etag, lastModified: source.fetchState.lastModified } : {}),
    })
    if (!outcome.ok) {
      failure = { type: outcome.error.type, message: outcome.error.message, url: outcome.error.url }
      if (primary) fetchState = { etag: null, lastModified: null, maxAgeSeconds: null, ...(outcome.error.retryAfterSeconds ? { retryAfterSeconds: outcome.error.retryAfterSeconds } : {}) }
      break
    }
    if (outcome.notModified) {
      if (primary) return { result: notModified(source) }
      continue
    }
    if (primary) fetchState = { etag: outcome.etag, lastModified: outcome.lastModified, maxAgeSeconds: outcome.maxAgeSeconds }
    // An upload has no public address of its own: its links are relative to the source's site (like `parse --url`).
    const document = outcome.document.url.startsWith('file:') && source.siteUrl ? { ...outcome.document, url: source.siteUrl } : outcome.document
    const parsed = await readDocument(adapter, document, { config: config.data, request, source: sourceRef, now })
    if ('failure' in parsed) {
      failure = parsed.failure
      break
    }
    if (parsed.items.length > MAX_ITEMS_PER_DOCUMENT) rejected += parsed.items.length - MAX_ITEMS_PER_DOCUMENT
    for (const [index, draft] of parsed.items.slice(0, MAX_ITEMS_PER_DOCUMENT).entries()) {
      // Normalising is synchronous work: let the server answer requests in between.
      if (index % 50 === 49) await setImmediate()
      try {
        stored.push(normaliseDraft(draft, { source: sourceRef, platform, documentUrl: document.url, wijk: place.sourceWijk, place: place.place, now, firstSeenAt: (id) => firstSeen.get(id) }))
      } catch {
        rejected += 1
      }
    }
    for (const follow of upload ? [] : (parsed.follow ?? [])) {
      if (queued.has(follow.url)) continue
      queued.add(follow.url)
      queue.push(follow)
    }
  }

  // A source that had items and now reads fine but yields none has most likely changed its markup or
  // was emptied by mistake: report it, and keep its items rather than taking them down.
  const previous = source.health.lastItemCount ?? 0
  if (!failure && stored.length === 0 && previous > 0) {
    failure = { type: 'empty', message: `read ${documents} document(s) but found no items, where the last run found ${previous}: has the site changed?` }
  }
  // Items of the documents that were read are kept even when a later document failed.
  const upserted = stored.length > 0 ? await upsertItems(deps.db, source.id, stored) : NOTHING_STORED
  const complete = !failure && queue.length === 0 && adapter.listing === 'complete'
  const removed = complete ? await removeMissingItems(deps.db, source.id, stored.map((s) => s.item.id), now) : 0
  if (upserted.inserted + upserted.updated + removed > 0) {
    await reclusterWijken(deps.db, [source.wijk, ...await wijkenOfSource(deps.db, source.id)], now)
  }
  const result: SourceRunResult = {
    sourceId: source.id,
    outcome: failure ? 'failed' : 'ok',
    documents,
    items: stored.length,
    rejected,
    stored: upserted,
    removed,
    failure,
  }
  return { result, fetchState }
}

/** Places a source's items in the wijk they are about (coordinates, postcode, a wijk's name), else in the source's wijk. */
async function wijkPlacer(db: Kysely<Database>, sourceWijk: string): Promise<{ sourceWijk: NormaliseContext['wijk']; place: NonNullable<NormaliseContext['place']> }> {
  const wijken = await listPlaceableWijken(db)
  const names = new Map(wijken.map((wijk) => [wijk.slug, wijk.name]))
  const placer = createPlacer(wijken)
  const ref = (slug: string | null) => (slug && names.has(slug) ? { slug, name: names.get(slug)! } : null)
  return {
    sourceWijk: ref(sourceWijk),
    place: (input) => {
      const placement = placer(input, sourceWijk)
      return { wijk: ref(placement.slug), by: placement.by }
    },
  }
}

/**
 * What an adapter makes of a document can depend on the day (recurring events expanded over a window
 * from today): an unchanged document is still read in full once a day, never answered with 304 for ever.
 */
function readRecently(source: Source, now: Date): boolean {
  const lastParsed = source.fetchState.lastParsedAt
  return lastParsed !== null && now.getTime() - Date.parse(lastParsed) < 24 * 60 * 60 * 1000
}

async function readDocument<C>(adapter: Adapter<C>, document: FetchedDocument, context: ParseContext<C>) {
  try {
    return await parseDocument(adapter, document, context)
  } catch (error) {
    const failure: SourceFailure = { type: 'parse', message: `could not read ${document.url}: ${(error as Error).message}`, url: document.url }
    return { failure }
  }
}
