import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { CATEGORIES, isCategory, isKind, KINDS } from '../domain/taxonomy.ts'
import type { RouteDeps } from '../api/deps.ts'
import { createRouter } from '../api/router.ts'
import { InvalidCursorError } from '../search/search-index.ts'
import { listWijken, findWijk } from '../store/wijken.ts'
import { wijkLinks } from './feed-entry.ts'
import { HomePage } from './home-page.tsx'
import { ErrorPage, NotFoundPage } from './not-found-page.tsx'
import { WijkPage } from './wijk-page.tsx'
import { isPeriod, PERIODS } from './wijk/event-days.ts'
import { isPlatformId, wijkSearchQuery, type WijkFilters } from './wijk/wijk-filters.ts'
import { htmlContent, sendPage, unknownWijk, wijkSlugParams } from './page-routes.tsx'

const PAGE_SIZE = 25

/** One query parameter, read by `read` (undefined: not valid); repeated, the first valid value counts; empty ones are not there. */
const pageParam = <T,>(read: (value: string) => T | undefined) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((raw) => [raw ?? []].flat().map((value) => value.trim()).filter(Boolean).map(read).find((value) => value !== undefined))
    .openapi({ type: 'string' })


const home = createRoute({
  method: 'get',
  path: '/',
  tags: ['pages'],
  summary: 'The wijken (HTML, Dutch)',
  responses: { 200: htmlContent('The list of wijken') },
})

const wijkPage = createRoute({
  method: 'get',
  path: '/wijk/{slug}',
  tags: ['pages'],
  summary: "A wijk's feed for residents (HTML, Dutch), with search",
  request: {
    params: wijkSlugParams,
    // A page never answers a bad parameter with an error: it leaves it out and shows what it can.
    query: z.object({
      q: pageParam((q) => q.slice(0, 200)),
      kind: pageParam((kind) => (isKind(kind) ? kind : undefined)).openapi({ enum: [...KINDS] }),
      when: pageParam((when) => (isPeriod(when) ? when : undefined)).openapi({
        enum: [...PERIODS], description: 'With kind=event: only today, or the rest of this week (to Sunday night).',
      }),
      category: pageParam((category) => (isCategory(category) ? category : undefined)).openapi({ enum: [...CATEGORIES] }),
      platform: pageParam((platform) => (isPlatformId(platform) ? platform : undefined)).openapi({ example: 'nlvoorelkaar' }),
      cursor: pageParam((cursor) => cursor),
    }),
  },
  responses: { 200: htmlContent('The wijk page'), 404: htmlContent('No wijk with this slug') },
})

export const pageNotFound = (c: Context) => sendPage(c, <NotFoundPage message="Deze pagina bestaat niet." />, 404)

export const pageFailed = (c: Context) => sendPage(c, <ErrorPage />, 500)

export function pageRoutes(deps: RouteDeps) {
  const app = createRouter()
  app.openapi(home, async (c) => sendPage(c, <HomePage wijken={await listWijken(deps.db)} />))
  app.openapi(wijkPage, async (c) => {
    const { slug } = c.req.valid('param')
    const { q, kind, when, category, platform, cursor } = c.req.valid('query')
    const wijk = await findWijk(deps.db, slug)
    if (!wijk) return unknownWijk(c, slug)
    const filters: WijkFilters = { q: q ?? '', kind, when, category, platform }
    const now = deps.now()
    const query = wijkSearchQuery(slug, filters, now, PAGE_SIZE)
    const result = await deps.search.search({ ...query, ...(cursor ? { cursor } : {}) }).catch((error: unknown) => {
      // An old or edited "next page" link: start at the first page.
      if (error instanceof InvalidCursorError) return deps.search.search(query)
      throw error
    })
    const links = wijkLinks(deps.publicOrigin(c), slug)
    return sendPage(c, <WijkPage wijk={wijk} filters={filters} result={result} links={links} now={now} />)
  })
  return app
}
