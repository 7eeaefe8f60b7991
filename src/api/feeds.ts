import { createRoute, z } from '@hono/zod-openapi'
import type { SearchQuery } from '../search/search-index.ts'
import { findWijk } from '../store/wijken.ts'
import { calendarDocument } from '../web/calendar.ts'
import type { Document } from '../web/document-cache.ts'
import { atomDocument, jsonFeedDocument, rssDocument } from '../web/feed-documents.ts'
import { wijkLinks, type FeedEntry, type FeedInput } from '../web/feed-entry.ts'
import type { RouteDeps } from './deps.ts'
import { errorContent, errorResponse } from './errors.ts'
import { createRouter } from './router.ts'

const FEED_SIZE = 50
const CALENDAR_SIZE = 100
const CALENDAR_PAST_DAYS = 30
/** Feed readers may keep a feed this long; the server rebuilds it at most this often. */
export const FEED_MAX_AGE_SECONDS = 60

interface FeedFormat {
  extension: 'rss' | 'atom' | 'json' | 'ics'
  contentType: string
  description: string
  render: (input: FeedInput) => string
  query: (slug: string, now: Date) => SearchQuery
}

const latest = (slug: string): SearchQuery => ({ wijk: slug, sort: 'newest', limit: FEED_SIZE })

const FORMATS: FeedFormat[] = [
  { extension: 'rss', contentType: 'application/rss+xml; charset=utf-8', description: 'RSS 2.0', render: rssDocument, query: latest },
  { extension: 'atom', contentType: 'application/atom+xml; charset=utf-8', description: 'Atom 1.0', render: atomDocument, query: latest },
  { extension: 'json', contentType: 'application/feed+json; charset=utf-8', description: 'JSON Feed 1.1', render: jsonFeedDocument, query: latest },
  {
    extension: 'ics',
    contentType: 'text/calendar; charset=utf-8',
    description: 'iCalendar with the events',
    render: calendarDocument,
    query: (slug, now) => ({
      wijk: slug,
      kind: ['event'],
      from: new Date(now.getTime() - CALENDAR_PAST_DAYS * 24 * 60 * 60 * 1000),
      sort: 'newest',
      limit: CALENDAR_SIZE,
    }),
  },
]

function feedRoute(format: FeedFormat) {
  return createRoute({
    method: 'get',
    path: `/wijk/{slug}/feed.${format.extension}`,
    tags: ['feeds'],
    summary: `The wijk's latest items as ${format.description}`,
    request: { params: z.object({ slug: z.string().openapi({ param: { name: 'slug', in: 'path' }, example: 'vogelbuurt' }) }) },
    responses: {
      200: { content: { [format.contentType]: { schema: z.string() } }, description: `${format.description}; ETag, 304 on If-None-Match` },
      404: errorContent('No wijk with this slug'),
    },
  })
}

/** The latest visible items of a wijk, each with its date: published, else first seen (never invented). */
async function loadEntries(deps: RouteDeps, query: SearchQuery): Promise<FeedEntry[]> {
  const { items } = await deps.search.search(query)
  if (items.length === 0) return []
  const rows = await deps.db.selectFrom('items').select(['id', 'sort_at']).where('id', 'in', items.map((item) => item.id)).execute()
  const dates = new Map(rows.map((row) => [row.id, row.sort_at]))
  return items.flatMap((item) => {
    const date = dates.get(item.id)
    return date ? [{ item, date }] : []
  })
}

export function feedRoutes(deps: RouteDeps) {
  const app = createRouter()
  for (const format of FORMATS) {
    app.openapi(feedRoute(format), async (c) => {
      const { slug } = c.req.valid('param')
      const origin = new URL(c.req.url).origin
      const document = await deps.feeds.get(`${origin} ${slug} ${format.extension}`, async (): Promise<Document | null> => {
        const wijk = await findWijk(deps.db, slug)
        if (!wijk) return null
        const now = deps.now()
        const entries = await loadEntries(deps, format.query(slug, now))
        return { body: format.render({ wijk, entries, links: wijkLinks(origin, slug), now }), contentType: format.contentType }
      })
      if (!document) return errorResponse(c, 404, 'not_found', `no wijk '${slug}'`)
      return c.body(document.body, 200, {
        'Content-Type': document.contentType,
        ETag: document.etag,
        'Cache-Control': `public, max-age=${FEED_MAX_AGE_SECONDS}`,
      })
    })
  }
  return app
}
