import { mkdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { setImmediate as nextTick } from 'node:timers/promises'
import { Kysely, PostgresDialect, type KyselyPlugin } from 'kysely'
import pg from 'pg'
import lockfile from 'proper-lockfile'
import type { Database } from './schema.ts'
import { migrateToLatest } from './migrate.ts'

export interface Store {
  db: Kysely<Database>
  /** `server` with DATABASE_URL, `embedded` (PGlite in the data directory) without. */
  mode: 'server' | 'embedded'
  close(): Promise<void>
}

export interface OpenStoreOptions {
  databaseUrl?: string | undefined
  /** Data directory for the embedded database; `memory://` keeps it in memory (tests). */
  dataDir: string
  migrate?: boolean
}

/** A second process tried to open an embedded data directory that another process has open. */
export class DataDirInUseError extends Error {
  override readonly name = 'DataDirInUseError'
}

/**
 * PGlite runs on Node's main thread: handing control back to the event loop after every query keeps
 * HTTP responsive during long ingests (without it, a 5 ms timer did not fire at all in 20 queries).
 */
const yieldAfterEachQuery: KyselyPlugin = {
  transformQuery: (args) => args.node,
  transformResult: async (args) => {
    await nextTick()
    return args.result
  },
}

// pg returns int8 as strings; counts we read fit in a JS number.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => Number(value))

export async function openStore(options: OpenStoreOptions): Promise<Store> {
  const store = options.databaseUrl ? openServer(options.databaseUrl) : await openEmbedded(options.dataDir)
  if (options.migrate !== false) {
    try {
      await migrateToLatest(store.db as Kysely<unknown>)
    } catch (error) {
      await store.close()
      throw error
    }
  }
  return store
}

function openServer(connectionString: string): Store {
  const pool = new pg.Pool({ connectionString, max: 10 })
  // An idle connection the server ends (a restart, a dropped test database) must not crash the process;
  // the pool replaces it at the next query.
  pool.on('error', (error) => console.error(`database connection lost: ${error.message}`))
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) })
  return { db, mode: 'server', close: () => db.destroy() }
}

async function openEmbedded(dataDir: string): Promise<Store> {
  const inMemory = dataDir.startsWith('memory://')
  const release = inMemory ? async () => {} : await lockDataDir(dataDir)
  try {
    // Imported on demand: a server deployment never loads the WASM build.
    const { PGlite } = await import('@electric-sql/pglite')
    const { unaccent } = await import('@electric-sql/pglite/contrib/unaccent')
    const { pg_trgm } = await import('@electric-sql/pglite/contrib/pg_trgm')
    const { createPgConfig } = await import('@electric-sql/pglite/node-postgres')
    const pglite = await PGlite.create({
      ...(inMemory ? {} : { dataDir: resolve(dataDir, 'pglite') }),
      extensions: { unaccent, pg_trgm },
    })
    // Exactly one pool over PGlite's single connection. Never query this pool from inside a
    // transaction on it: the transaction holds the only connection, so the query would wait forever.
    const pool = new pg.Pool(createPgConfig(pglite))
    const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), plugins: [yieldAfterEachQuery] })
    return {
      db,
      mode: 'embedded',
      close: async () => {
        await db.destroy()
        await pglite.close()
        await release()
      },
    }
  } catch (error) {
    await release()
    throw error
  }
}

/** Two processes on one PGlite directory corrupt it silently, so the directory is locked for one process. */
async function lockDataDir(dataDir: string): Promise<() => Promise<void>> {
  const dir = resolve(dataDir)
  mkdirSync(dir, { recursive: true })
  try {
    return await lockfile.lock(dir, {
      lockfilePath: resolve(dir, 'buurtfeed.lock'),
      // The lock is refreshed every 10 s; only a lock a minute old counts as left by a dead process, so a
      // busy event loop (a long ingest) cannot let a second process in.
      stale: 60_000,
      update: 10_000,
      onCompromised: (error) => {
        // Another process may be writing to the directory now: stopping at once is the only safe answer.
        console.error(`buurtfeed: lost the lock on ${dir} (${error.message}); stopping to keep the database intact`)
        process.exit(1)
      },
    })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') {
      throw new DataDirInUseError(
        `the embedded database in ${dir} is in use by another Buurtfeed process (is 'buurtfeed serve' running?); ` +
          'stop it first, or use its HTTP API, or set DATABASE_URL to a PostgreSQL server',
      )
    }
    throw error
  }
}
