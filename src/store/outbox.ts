import { sql, type Kysely } from 'kysely'
import type { SearchIndex } from '../search/search-index.ts'
import type { Database } from './schema.ts'
import { findItems } from './items.ts'

export interface DrainResult {
  upserted: number
  deleted: number
  /** Changes still waiting (the index failed, or more than one batch was waiting). */
  pending: number
  error: string | null
}

/**
 * Hands the queued changes to the search index, oldest first, and forgets them only once the index took
 * them: when the index is unreachable the changes stay queued and the next drain catches up.
 */
export async function drainOutbox(db: Kysely<Database>, index: SearchIndex, batchSize = 500): Promise<DrainResult> {
  const result: DrainResult = { upserted: 0, deleted: 0, pending: 0, error: null }
  for (;;) {
    const entries = await db.selectFrom('search_outbox').select(['id', 'item_id', 'op']).orderBy('id').limit(batchSize).execute()
    if (entries.length === 0) break
    const lastOp = new Map(entries.map((e) => [e.item_id, e.op]))
    const upsertIds = [...lastOp].filter(([, op]) => op === 'upsert').map(([id]) => id)
    const items = await findItems(db, upsertIds)
    // An item queued for upsert but hidden or gone meanwhile is removed from the index instead.
    const found = new Set(items.map((item) => item.id))
    const deletes = [...lastOp.keys()].filter((id) => !found.has(id))
    try {
      await index.apply({ upserts: items, deletes })
    } catch (error) {
      result.error = error instanceof Error ? error.message : String(error)
      break
    }
    const lastId = entries[entries.length - 1]!.id
    await db.deleteFrom('search_outbox').where('id', '<=', lastId).execute()
    result.upserted += items.length
    result.deleted += deletes.length
    if (entries.length < batchSize) break
  }
  const waiting = await db.selectFrom('search_outbox').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
  result.pending = waiting.n
  return result
}

/** Queues every visible item for the index (`buurtfeed reindex`). */
export async function enqueueAll(db: Kysely<Database>): Promise<number> {
  const result = await db
    .insertInto('search_outbox')
    .columns(['item_id', 'op'])
    .expression((eb) => eb.selectFrom('items').select(['id', sql<'upsert'>`'upsert'`.as('op')]).where('hidden', '=', false))
    .executeTakeFirst()
  return Number(result.numInsertedOrUpdatedRows ?? 0n)
}
