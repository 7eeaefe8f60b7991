import { sql } from 'kysely'
import { describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/database.ts'

describe('embedded database', () => {
  it('lets timers run between queries, so the server stays responsive during a long ingest', async () => {
    const store = await openStore({ dataDir: 'memory://' })
    try {
      let ticks = 0
      const timer = setInterval(() => (ticks += 1), 1)
      for (let i = 0; i < 40; i++) await sql`SELECT ${i}::int AS n`.execute(store.db)
      clearInterval(timer)
      // PGlite runs on this thread: without a turn of the event loop after each query, no tick fires at all.
      expect(ticks).toBeGreaterThan(0)
    } finally {
      await store.close()
    }
  })
})
