import { loadConfig, type Config } from '../config.ts'
import { openStore, type Store } from '../store/database.ts'

/** Opens the configured database (migrated) for one command and closes it afterwards. */
export async function withStore<T>(fn: (store: Store, config: Config) => Promise<T>): Promise<T> {
  const config = loadConfig()
  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.BUURTFEED_DATA_DIR })
  try {
    return await fn(store, config)
  } finally {
    await store.close()
  }
}
