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

/** Every backend available here: PostgreSQL always, Meilisearch when MEILI_URL is set. */
export function conformanceBackends(): ConformanceBackend[] {
  return [postgres]
}
