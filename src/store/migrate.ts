import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely'
import * as initial from './migrations/0001-initial.ts'
import * as sourceSiteUrl from './migrations/0002-source-site-url.ts'
import * as sortAtNotInFuture from './migrations/0003-sort-at-not-in-future.ts'
import * as sourceLastParsed from './migrations/0004-source-last-parsed.ts'
import * as understanding from './migrations/0005-understanding.ts'
import * as typoTolerantSearch from './migrations/0006-typo-tolerant-search.ts'
import * as feedIndex from './migrations/0007-feed-index.ts'
import * as closesAt from './migrations/0008-closes-at.ts'

// Migrations are imported, not read from a folder at run time, so they work the same under tsx and vitest.
const migrations: Record<string, Migration> = {
  '0001-initial': initial,
  '0002-source-site-url': sourceSiteUrl,
  '0003-sort-at-not-in-future': sortAtNotInFuture,
  '0004-source-last-parsed': sourceLastParsed,
  '0005-understanding': understanding,
  '0006-typo-tolerant-search': typoTolerantSearch,
  '0007-feed-index': feedIndex,
  '0008-closes-at': closesAt,
}

const provider: MigrationProvider = { getMigrations: async () => migrations }

export class MigrationError extends Error {
  override readonly name = 'MigrationError'
}

/** Brings the schema to the latest version; returns the names of the migrations it ran. */
export async function migrateToLatest(db: Kysely<unknown>): Promise<string[]> {
  const migrator = new Migrator({ db, provider, migrationTableName: 'buurtfeed_migration', migrationLockTableName: 'buurtfeed_migration_lock' })
  const { error, results } = await migrator.migrateToLatest()
  const failed = results?.find((r) => r.status === 'Error')
  if (error) {
    const reason = error instanceof Error ? error.message : String(error)
    throw new MigrationError(`migration ${failed?.migrationName ?? ''} failed: ${reason}`)
  }
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName)
}
