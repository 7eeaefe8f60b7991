import { randomBytes } from 'node:crypto'
import pg from 'pg'
import { inject } from 'vitest'
import { openStore, type Store } from '../../src/store/database.ts'
import { adminUrl, databaseUrl } from './database-urls.ts'

export interface TestStore extends Store {
  /** Drops the database (server) or closes it (embedded). */
  destroy(): Promise<void>
}

/** Which PostgreSQL the database tests run on, for test names. */
export const testDatabaseKind = process.env.TEST_DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite'

/**
 * A fresh, migrated database for one test file: a copy of the migrated template on the PostgreSQL
 * server when TEST_DATABASE_URL is set, otherwise an in-memory PGlite.
 */
export async function createTestStore(): Promise<TestStore> {
  const server = process.env.TEST_DATABASE_URL
  if (!server) {
    const store = await openStore({ dataDir: 'memory://' })
    return { ...store, destroy: () => store.close() }
  }
  const name = `buurtfeed_t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl(server) })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`)
  } finally {
    await admin.end()
  }
  const store = await openStore({ databaseUrl: databaseUrl(server, name), dataDir: '', migrate: false })
  return {
    ...store,
    destroy: async () => {
      await store.close()
      const dropper = new pg.Client({ connectionString: adminUrl(server) })
      await dropper.connect()
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
      await dropper.end()
    },
  }
}
