import type { TestProject } from 'vitest/node'
import { openStore } from '../../src/store/database.ts'
import { adminUrl, databaseUrl } from './database-urls.ts'
import pg from 'pg'

/**
 * With TEST_DATABASE_URL (a PostgreSQL server), one template database is migrated once; each test file
 * then gets its own copy (CREATE DATABASE ... TEMPLATE), which takes milliseconds.
 */
export default async function setup(project: TestProject) {
  const server = process.env.TEST_DATABASE_URL
  if (!server) return
  const template = `buurtfeed_tpl_${process.pid}`
  const admin = new pg.Client({ connectionString: adminUrl(server) })
  await admin.connect()
  await admin.query(`DROP DATABASE IF EXISTS ${template}`)
  await admin.query(`CREATE DATABASE ${template}`)
  const store = await openStore({ databaseUrl: databaseUrl(server, template), dataDir: '' })
  await store.close()
  project.provide('templateDatabase', template)
  return async () => {
    await admin.query(`DROP DATABASE IF EXISTS ${template} WITH (FORCE)`)
    await admin.end()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    templateDatabase: string
  }
}
