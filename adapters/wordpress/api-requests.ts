import type { DocumentRequest } from '../../src/domain/adapter.ts'
import type { WordpressConfig } from './index.ts'
import { POST_FIELDS } from './posts.ts'

const ACCEPT_JSON = { Accept: 'application/json' }

/**
 * The first page of each API the config asks for, under the site's /wp-json/ (a site may live in a
 * folder). Events go without start_date: The Events Calendar then lists upcoming events.
 */
export function firstPageRequests(siteUrl: string, config: WordpressConfig): DocumentRequest[] {
  const root = restRoot(siteUrl)
  const requests: DocumentRequest[] = []
  if (config.posts) {
    requests.push({ url: `${root}wp/v2/posts?per_page=${config.perPage}&page=1&_fields=${POST_FIELDS}`, headers: ACCEPT_JSON, role: 'posts' })
  }
  if (config.events) {
    requests.push({ url: `${root}tribe/events/v1/events?per_page=${config.perPage}&page=1`, headers: ACCEPT_JSON, role: 'events' })
  }
  return requests
}

/** `https://site.nl/buurt/` and `https://site.nl/buurt/wp-json/wp/v2/posts` both give `https://site.nl/buurt/wp-json/`. */
function restRoot(siteUrl: string): string {
  const url = new URL(siteUrl)
  const sitePath = url.pathname.replace(/\/wp-json(?:\/.*)?$/, '').replace(/\/+$/, '')
  return `${url.origin}${sitePath}/wp-json/`
}
