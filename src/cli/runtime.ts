import { Meilisearch } from 'meilisearch'
import type { Config } from '../config.ts'
import { Fetcher } from '../fetch/index.ts'
import { MeilisearchSearch } from '../search/meilisearch/meilisearch-search.ts'
import { PostgresSearch } from '../search/postgres.ts'
import type { SearchIndex } from '../search/search-index.ts'
import type { Store } from '../store/database.ts'

/** The Meilisearch index Buurtfeed keeps its items in. */
export const MEILI_INDEX_UID = 'buurtfeed-items'

/**
 * Meilisearch when MEILI_URL is set, otherwise PostgreSQL full text. The Meilisearch index sets itself up on
 * first use, so a command or server that starts before Meilisearch does retries with its next drain or search.
 */
function createSearchIndex(store: Store, config: Config): SearchIndex {
  if (!config.MEILI_URL) return new PostgresSearch(store.db)
  const client = new Meilisearch({ host: config.MEILI_URL, apiKey: config.MEILI_KEY })
  return new MeilisearchSearch({ client, indexUid: MEILI_INDEX_UID, db: store.db })
}

/** The fetcher and the search index a command works with, from the configuration. */
export function createRuntime(store: Store, config: Config): { fetcher: Fetcher; index: SearchIndex } {
  return {
    fetcher: new Fetcher({ userAgent: config.BUURTFEED_USER_AGENT }),
    index: createSearchIndex(store, config),
  }
}
