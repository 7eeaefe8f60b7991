import type { Config } from '../config.ts'
import { Fetcher } from '../fetch/index.ts'
import { PostgresSearch } from '../search/postgres.ts'
import type { SearchIndex } from '../search/search-index.ts'
import type { Store } from '../store/database.ts'

/** The fetcher and the search index a command works with, from the configuration. */
export function createRuntime(store: Store, config: Config): { fetcher: Fetcher; index: SearchIndex } {
  return {
    fetcher: new Fetcher({ userAgent: config.BUURTFEED_USER_AGENT }),
    index: new PostgresSearch(store.db),
  }
}
