import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'
import { openStore, type Store } from '../../../src/store/database.ts'
import { adminUrl, databaseUrl } from '../../helpers/database-urls.ts'

export interface BenchDatabase {
  store: Store
  /** Closes the store and removes the database. */
  dispose(): Promise<void>
}

/** A fresh embedded database (PGlite) in a new data directory under the temp dir, migrated like at `serve`. */
export async function openEmbeddedBenchDatabase(): Promise<BenchDatabase> {
  const dataDir = await mkdtemp(join(tmpdir(), 'buurtfeed-bench-'))
  const store = await openStore({ dataDir })
  return {
    store,
    dispose: async () => {
      await store.close()
      await rm(dataDir, { recursive: true, force: true })
    },
  }
}

async function onServer(serverUrl: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl(serverUrl) })
  await admin.connect()
  try {
    await admin.query(statement)
  } finally {
    await admin.end()
  }
}

/** A fresh database on the PostgreSQL server, migrated like at `serve`, dropped again by `dispose`. */
export async function openServerBenchDatabase(serverUrl: string): Promise<BenchDatabase> {
  const name = `buurtfeed_bench_${randomBytes(6).toString('hex')}`
  const drop = () => onServer(serverUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  await onServer(serverUrl, `CREATE DATABASE ${name}`)
  try {
    const store = await openStore({ databaseUrl: databaseUrl(serverUrl, name), dataDir: '' })
    return {
      store,
      dispose: async () => {
        await store.close()
        await drop()
      },
    }
  } catch (error) {
    await drop()
    throw error
  }
}
