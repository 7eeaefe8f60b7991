import { randomBytes } from 'node:crypto'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
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
 * The environment for a process (or a CLI command run in-process) that opens its own database:
 * a fresh copy of the template on the server, or an empty embedded data directory.
 */
export async function createTestDatabaseEnv(): Promise<{ env: Record<string, string>; destroy(): Promise<void> }> {
  const server = process.env.TEST_DATABASE_URL
  if (!server) {
    const dir = await mkdtemp(join(tmpdir(), 'buurtfeed-test-'))
    return { env: { BUURTFEED_DATA_DIR: dir }, destroy: () => rm(dir, { recursive: true, force: true }) }
  }
  const name = await copyTemplate(server)
  return { env: { DATABASE_URL: databaseUrl(server, name) }, destroy: () => dropDatabase(server, name) }
}

async function copyTemplate(server: string): Promise<string> {
  const name = `buurtfeed_t_${randomBytes(6).toString('hex')}`
  const admin = new pg.Client({ connectionString: adminUrl(server) })
  await admin.connect()
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${inject('templateDatabase')}`)
  } finally {
    await admin.end()
  }
  return name
}

async function dropDatabase(server: string, name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: adminUrl(server) })
  await admin.connect()
  try {
    await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)
  } finally {
    await admin.end()
  }
}

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
  const name = await copyTemplate(server)
  const store = await openStore({ databaseUrl: databaseUrl(server, name), dataDir: '', migrate: false })
  return {
    ...store,
    destroy: async () => {
      await store.close()
      await dropDatabase(server, name)
    },
  }
}
