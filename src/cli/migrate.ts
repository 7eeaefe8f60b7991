import type { Kysely } from 'kysely'
import { loadConfig } from '../config.ts'
import { openStore } from '../store/database.ts'
import { migrateToLatest } from '../store/migrate.ts'
import { parseCommandArgs } from './args.ts'
import type { Command } from './io.ts'

export const migrateCommand: Command = async (args, io) => {
  parseCommandArgs(args, {})
  const config = loadConfig()
  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.BUURTFEED_DATA_DIR, migrate: false })
  try {
    const ran = await migrateToLatest(store.db as Kysely<unknown>)
    io.stdout.write(ran.length ? `applied: ${ran.join(', ')}\n` : 'schema is up to date\n')
    return 0
  } finally {
    await store.close()
  }
}
