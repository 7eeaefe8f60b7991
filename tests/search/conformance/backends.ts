import { randomUUID } from 'node:crypto'
import { Meilisearch } from 'meilisearch'
import { MeilisearchSearch } from '../../../src/search/meilisearch/meilisearch-search.ts'
import { PostgresSearch } from '../../../src/search/postgres.ts'
import type { SearchIndex } from '../../../src/search/search-index.ts'
import type { TestStore } from '../../helpers/database.ts'
import { NOW } from '../../helpers/seed-items.ts'

/** A search backend the conformance suite runs against, on a test store that already holds the data. */
export interface ConformanceBackend {
  name: string
  open(store: TestStore): Promise<{ index: SearchIndex; close(): Promise<void> }>
}

const postgres: ConformanceBackend = {
  name: 'PostgreSQL full text',
  open: async (store) => ({ index: new PostgresSearch(store.db, () => NOW), close: async () => {} }),
}

/** A fresh index of its own on the Meilisearch at MEILI_URL, deleted afterwards. */
function meilisearch(host: string, apiKey: string | undefined): ConformanceBackend {
  return {
    name: `Meilisearch at ${host}`,
    open: async (store) => {
      const index = new MeilisearchSearch({ client: new Meilisearch({ host, apiKey }), indexUid: `conformance-${randomUUID()}`, db: store.db, now: () => NOW })
      await index.setup()
      return { index, close: () => index.deleteIndex() }
    },
  }
}

/** Every backend available here: PostgreSQL always, Meilisearch when MEILI_URL is set. */
export function conformanceBackends(): ConformanceBackend[] {
  const host = process.env.MEILI_URL
  return host ? [postgres, meilisearch(host, process.env.MEILI_KEY || undefined)] : [postgres]
}
