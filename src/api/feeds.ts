import { createRoute, z } from '@hono/zod-openapi'
import type { Item } from '../domain/item.ts'
import { selectItemsWithRefs, showsCluster, toItem } from '../store/item-mapper.ts'
import { findWijk } from '../store/wijken.ts'
import { calendarDocument } from '../web/calendar.ts'
import type { Document } from '../web/document-cache.ts'
import { atomDocument, jsonFeedDocument, rssDocument } from '../web/feed-documents.ts'
import { wijkLinks, type FeedEntry, type FeedInput } from '../web/feed-entry.ts'
import type { RouteDeps } from './deps.ts'
import { errorContent, errorResponse } from './errors.ts'
import { createRouter } from './router.ts'
import { wijkSlugParams } from '../web/page-routes.tsx'

const FEED_SIZE = 50
const CALENDAR_SIZE = 200
/** Events over for less than this long stay on the calendar: today's morning, yesterday evening. */
const CALENDAR_PAST_MS = 24 * 60 * 60 * 1000
/** Feed readers may keep a feed this long; the server rebuilds it at most this often. */
export const FEED_MAX_AGE_SECONDS = 60

interface FeedFormat {
  extension: 'rss' | 'atom' | 'json' | 'ics'
  contentType: string
  description: string
  render: (input: FeedInput) => string
  items: (deps: RouteDeps, slug: string, now: Date) => Promise<Item[]>
}

async function latest(deps: RouteDeps, slug: string): Promise<Item[]> {
  return (await deps.search.search({ wijk: slug, sort: 'newest', limit: FEED_SIZE })).items
}

/**
 * The wijk's events by start, soonest first, so however many get published, the next ones are on the
 * calendar. Not search's `soonest`: that drops an event once it starts, and a running one belongs on it.
 */
async function calendarEvents(deps: RouteDeps, slug: string, now: Date): Promise<Item[]> {
  const rows = await selectItemsWithRefs(deps.db)
    .where('items.wijk_slug', '=', slug)
    .where('items.kind', '=', 'event')
    .where('items.hidden', '=', false)
    .where(showsCluster)
    .where((eb) => eb(eb.fn.coalesce('items.ends_at', 'items.starts_at'), '>=', new Date(now.getTime() - CALENDAR_PAST_MS)))
    .orderBy('items.starts_at')
    .orderBy('items.id')
    .limit(CALENDAR_SIZE)
    .execute()
  return rows.map((row) => toItem(row, now))
}

const FORMATS: FeedFormat[] = [
  { extension: 'rss', contentType: 'application/rss+xml; charset=utf-8', description: 'RSS 2.0', render: rssDocument, items: latest },
  { extension: 'atom', contentType: 'application/atom+xml; charset=utf-8', description: 'Atom 1.0', render: atomDocument, items: latest },
  { extension: 'json', contentType: 'application/feed+json; charset=utf-8', description: 'JSON Feed 1.1', render: jsonFeedDocument, items: latest },
  { extension: 'ics', contentType: 'text/calendar; charset=utf-8', description: 'iCalendar with the events', render: calendarDocument, items: calendarEvents },
]

function feedRoute(format: FeedFormat) {
  return createRoute({
    method: 'get',
    path: `/wijk/{slug}/feed.${format.extension}`,
    tags: ['feeds'],
    summary: `The wijk's latest items as ${format.description}`,
    request: { params: wijkSlugParams },
    responses: {
      200: { content: { [format.contentType]: { schema: z.string() } }, description: `${format.description}; ETag, 304 on If-None-Match` },
      404: errorContent('No wijk with this slug'),
    },
  })
}

/** Each item with when Buurtfeed first saw it. */
async function withFirstSeen(deps: RouteDeps, items: Item[]): Promise<FeedEntry[]> {
  if (items.length === 0) return []
  const rows = await deps.db.selectFrom('items').select(['id', 'first_seen_at']).where('id', 'in', items.map((item) => item.id)).execute()
  const dates = new Map(rows.map((row) => [row.id, row.first_seen_at]))
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
      const origin = deps.publicOrigin(c)
      const document = await deps.feeds.get(`${origin} ${slug} ${format.extension}`, async (): Promise<Document | null> => {
        const wijk = await findWijk(deps.db, slug)
        if (!wijk) return null
        const now = deps.now()
        const entries = await withFirstSeen(deps, await format.items(deps, slug, now))
        return { body: format.render({ wijk, entries, links: wijkLinks(origin, slug), now }), contentType: format.contentType }
      })
      if (!document) return errorResponse(c, 404, 'not_found', `no wijk '${slug}'`)
      return c.body(document.bytes, 200, {
        'Content-Type': document.contentType,
        ETag: document.etag,
        'Cache-Control': `public, max-age=${FEED_MAX_AGE_SECONDS}`,
      })
    })
  }
  return app
}
