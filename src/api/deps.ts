import type { Context } from 'hono'
import type { Kysely } from 'kysely'
import type { SearchIndex } from '../search/search-index.ts'
import type { Database } from '../store/schema.ts'
import type { DocumentCache } from '../web/document-cache.ts'

export interface AppDeps {
  db: Kysely<Database>
  search: SearchIndex
  /** Admin writes are refused (403) without one. */
  adminToken?: string
  /** PUBLIC_URL: where links in feeds, pages and embed code point. */
  publicUrl?: string
  now?: () => Date
}

/** What every route gets: the app's dependencies, filled in. */
export interface RouteDeps {
  db: Kysely<Database>
  search: SearchIndex
  adminToken: string | undefined
  now: () => Date
  /** Serialised feeds; admin writes clear it. */
  feeds: DocumentCache
  /** This server's address for absolute links: PUBLIC_URL's, or else the request's own. */
  publicOrigin(c: Context): string
}
