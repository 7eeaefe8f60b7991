import { randomBytes } from 'node:crypto'
import { sql, type Kysely } from 'kysely'
import type { SourceErrorType } from '../domain/source-health.ts'
import type { Database, SourceRow } from './schema.ts'
import { reclusterWijken } from './clusters.ts'
import { removeItemsOfSource, wijkenOfSource } from './items.ts'

export interface NewSource {
  adapter: string
  url: string
  siteUrl?: string | null
  wijkSlug: string
  name: string
  config: Record<string, unknown>
  local: boolean
  intervalMinutes?: number
}

export interface SourceHealth {
  /**
   * `new`: never fetched; `ok`: last run succeeded; `failing`: the last run(s) failed; `suspect`: it read
   * fine but suddenly yielded nothing where it used to have items (changed markup, an emptied page).
   */
  state: 'new' | 'ok' | 'failing' | 'suspect'
  lastSuccessAt: string | null
  lastError: { type: SourceErrorType; message: string; at: string } | null
  consecutiveErrors: number
  /** Items the last successful run produced. */
  lastItemCount: number | null
  /** Items of this source in the feed now. */
  itemCount: number
  nextCheckAt: string
}

export interface Source {
  id: string
  adapter: string
  name: string
  /** Where the documents are fetched from. */
  url: string
  /** The public page residents are sent to (the buurtsite, the group); for an upload the only link back. */
  siteUrl: string | null
  wijk: string
  config: Record<string, unknown>
  local: boolean
  intervalMinutes: number
  health: SourceHealth
  /** Validators of the last answer, for the next conditional request, and when documents were last read in full. */
  fetchState: { etag: string | null; lastModified: string | null; lastParsedAt: string | null }
}

function toSource(row: SourceRow & { item_count: number | null }): Source {
  const lastError =
    row.last_error_type && row.last_error_at
      ? { type: row.last_error_type as SourceErrorType, message: row.last_error_message ?? '', at: row.last_error_at.toISOString() }
      : null
  return {
    id: row.id,
    adapter: row.adapter,
    name: row.name,
    url: row.url,
    siteUrl: row.site_url,
    wijk: row.wijk_slug,
    config: row.config,
    local: row.local,
    intervalMinutes: row.interval_minutes,
    health: {
      state: healthState(row),
      lastSuccessAt: row.last_success_at?.toISOString() ?? null,
      lastError,
      consecutiveErrors: row.consecutive_errors,
      lastItemCount: row.last_item_count,
      itemCount: row.item_count ?? 0,
      nextCheckAt: row.next_check_at.toISOString(),
    },
    fetchState: { etag: row.etag, lastModified: row.last_modified, lastParsedAt: row.last_parsed_at?.toISOString() ?? null },
  }
}

function selectSources(db: Kysely<Database>) {
  return db
    .selectFrom('sources')
    .selectAll('sources')
    .select((eb) =>
      eb
        .selectFrom('items')
        .whereRef('items.source_id', '=', 'sources.id')
        .where('items.hidden', '=', false)
        .select(sql<number>`count(*)::int`.as('n'))
        .as('item_count'),
    )
}

function healthState(row: SourceRow): SourceHealth['state'] {
  if (row.consecutive_errors > 0) return row.last_error_type === 'empty' ? 'suspect' : 'failing'
  return row.last_success_at ? 'ok' : 'new'
}

/** A short id that is easy to type in the CLI: `src_` and 8 lower-case letters and digits. */
function newSourceId(): string {
  const alphabet = 'abcdefghijkmnpqrstuvwxyz23456789'
  return 'src_' + Array.from(randomBytes(8), (byte) => alphabet[byte % alphabet.length]).join('')
}

export async function addSource(db: Kysely<Database>, input: NewSource): Promise<Source> {
  const id = newSourceId()
  await db
    .insertInto('sources')
    .values({
      id,
      adapter: input.adapter,
      name: input.name,
      url: input.url,
      site_url: input.siteUrl ?? null,
      wijk_slug: input.wijkSlug,
      config: JSON.stringify(input.config),
      local: input.local,
      interval_minutes: input.intervalMinutes ?? 60,
    })
    .execute()
  return (await findSource(db, id))!
}

export async function findSource(db: Kysely<Database>, id: string): Promise<Source | null> {
  const row = await selectSources(db).where('sources.id', '=', id).executeTakeFirst()
  return row ? toSource(row) : null
}

export async function listSources(db: Kysely<Database>, filter: { wijk?: string } = {}): Promise<Source[]> {
  let query = selectSources(db).orderBy('sources.wijk_slug').orderBy('sources.name')
  if (filter.wijk) query = query.where('sources.wijk_slug', '=', filter.wijk)
  return (await query.execute()).map(toSource)
}

export async function countSources(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('sources').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()
  return row.n
}

/** Sources whose next check has come, oldest first. */
export async function dueSources(db: Kysely<Database>, now: Date): Promise<Source[]> {
  const rows = await selectSources(db).where('sources.next_check_at', '<=', now).orderBy('sources.next_check_at').execute()
  return rows.map(toSource)
}

/** Removes a source: its items leave the feed and the index, and tombstones keep them from returning. */
export async function removeSource(db: Kysely<Database>, id: string, now: Date = new Date()): Promise<boolean> {
  const wijken = await wijkenOfSource(db, id)
  const removed = await db.transaction().execute(async (trx) => {
    await removeItemsOfSource(trx, id, 'source_removed')
    const result = await trx.deleteFrom('sources').where('id', '=', id).executeTakeFirst()
    return result.numDeletedRows > 0n
  })
  // Where one of its items stood for a cluster, the copies on other platforms are grouped again.
  if (removed) await reclusterWijken(db, wijken, now)
  return removed
}

export interface FetchState {
  etag?: string | null
  lastModified?: string | null
}

export async function recordSuccess(
  db: Kysely<Database>,
  id: string,
  result: { at: Date; nextCheckAt: Date; itemCount: number | null; fetchState?: FetchState },
): Promise<void> {
  await db
    .updateTable('sources')
    .set({
      consecutive_errors: 0,
      last_success_at: result.at,
      next_check_at: result.nextCheckAt,
      // A 304 carries no count: keep the last one.
      ...(result.itemCount === null ? {} : { last_item_count: result.itemCount, last_parsed_at: result.at }),
      ...(result.fetchState?.etag !== undefined ? { etag: result.fetchState.etag } : {}),
      ...(result.fetchState?.lastModified !== undefined ? { last_modified: result.fetchState.lastModified } : {}),
    })
    .where('id', '=', id)
    .execute()
}

export async function recordFailure(
  db: Kysely<Database>,
  id: string,
  failure: { at: Date; nextCheckAt: Date; type: SourceErrorType; message: string },
): Promise<void> {
  await db
    .updateTable('sources')
    .set((eb) => ({
      consecutive_errors: eb('consecutive_errors', '+', 1),
      last_error_type: failure.type,
      last_error_message: failure.message.slice(0, 1000),
      last_error_at: failure.at,
      next_check_at: failure.nextCheckAt,
    }))
    .where('id', '=', id)
    .execute()
}
