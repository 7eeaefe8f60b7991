import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Kysely } from 'kysely'
import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { DataDirInUseError, openStore } from '../../src/store/database.ts'
import { migrateToLatest } from '../../src/store/migrate.ts'
import { createTestStore, testDatabaseKind } from '../helpers/database.ts'

describe(`schema (${testDatabaseKind})`, () => {
  it('is at the latest migration, and migrating again does nothing', async () => {
    const store = await createTestStore()
    try {
      expect(await migrateToLatest(store.db as Kysely<unknown>)).toEqual([])
      const { rows } = await sql<{ v: string }>`SELECT to_tsvector('buurtfeed_nl', 'Gezellige Café-avond met boodschappen')::text AS v`.execute(store.db)
      // Dutch stems, accents folded.
      expect(rows[0]!.v).toContain("'boodschapp'")
      expect(rows[0]!.v).toContain("'cafe")
    } finally {
      await store.destroy()
    }
  })
})

describe('embedded database directory', () => {
  it('can be opened by one process at a time, with a clear message for the second', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'buurtfeed-'))
    const first = await openStore({ dataDir: dir })
    try {
      const error = await openStore({ dataDir: dir }).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(DataDirInUseError)
      expect((error as Error).message).toMatch(/in use by another Buurtfeed process/)
    } finally {
      await first.close()
    }
    // Closed: the directory is free again and keeps its data.
    const again = await openStore({ dataDir: dir })
    await again.close()
    await rm(dir, { recursive: true, force: true })
  }, 60_000)
})
