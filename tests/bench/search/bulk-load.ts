import type { Kysely } from 'kysely'
import { toRow } from '../../../src/store/items.ts'
import type { Database, NewItemRow } from '../../../src/store/schema.ts'
import type { BenchItem, GemeentePlan } from './wijk-data.ts'

export interface LoadOptions {
  /** Rows per multi-row INSERT. */
  batchSize: number
  /** INSERTs in flight at once: 1 for PGlite (one connection), 2 for a server on two cores. */
  concurrency: number
  /** performance.now() after which loading stops, unfinished. */
  deadline: number
  onProgress?: (rows: number) => void
}

export interface LoadResult {
  rows: number
  /** Wall time of the load, generation included. */
  seconds: number
  /** Of which spent generating the items. */
  generateSeconds: number
  /** False when the deadline stopped it. */
  finished: boolean
}

/** The items row ingestion writes, plus when Buurtfeed first saw the item: a year of history was not all first seen today. */
function itemRow({ sourceId, stored, firstSeenAt }: BenchItem): NewItemRow {
  return { ...toRow(sourceId, stored), first_seen_at: firstSeenAt }
}

/** The gemeente's wijken and sources, then its items in multi-row INSERTs; the search vector is generated as rows go in. */
export async function loadGemeente(db: Kysely<Database>, plan: GemeentePlan, items: Iterator<BenchItem>, options: LoadOptions): Promise<LoadResult> {
  const started = performance.now()
  await db
    .insertInto('wijken')
    .values(plan.wijken.map((wijk) => ({ slug: wijk.slug, name: wijk.name, gemeente: plan.gemeente })))
    .execute()
  await db
    .insertInto('sources')
    .values(plan.sources.map((source) => ({ id: source.id, adapter: source.adapter, name: source.name, url: source.url, wijk_slug: source.wijkSlug })))
    .execute()

  let rows = 0
  let generateMs = 0
  const nextBatch = (): NewItemRow[] => {
    const generating = performance.now()
    const batch: NewItemRow[] = []
    while (batch.length < options.batchSize) {
      const next = items.next()
      if (next.done) break
      batch.push(itemRow(next.value))
    }
    generateMs += performance.now() - generating
    return batch
  }
  const inFlight = new Set<Promise<void>>()
  let finished = true
  for (let batch = nextBatch(); batch.length > 0; batch = nextBatch()) {
    if (performance.now() > options.deadline) {
      finished = false
      break
    }
    const insert = db
      .insertInto('items')
      .values(batch)
      .execute()
      .then(() => {
        rows += batch.length
        options.onProgress?.(rows)
        inFlight.delete(insert)
      })
    inFlight.add(insert)
    if (inFlight.size >= options.concurrency) await Promise.race(inFlight)
  }
  await Promise.all(inFlight)
  return { rows, seconds: (performance.now() - started) / 1000, generateSeconds: generateMs / 1000, finished }
}
