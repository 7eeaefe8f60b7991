import { createRoute, z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { html } from 'hono/html'
import type { JSX } from 'hono/jsx/jsx-runtime'
import { isKind, KINDS } from '../domain/taxonomy.ts'
import type { RouteDeps } from '../api/deps.ts'
import { createRouter } from '../api/router.ts'
import { InvalidCursorError, type SearchQuery } from '../search/search-index.ts'
import { listWijken, findWijk } from '../store/wijken.ts'
import { wijkLinks } from './feed-entry.ts'
import { HomePage } from './home-page.tsx'
import { NotFoundPage } from './not-found-page.tsx'
import { WijkPage } from './wijk-page.tsx'

const PAGE_SIZE = 25
const htmlContent = (description: string) => ({ content: { 'text/html': { schema: z.string() } }, description })

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
    params: z.object({ slug: z.string().openapi({ param: { name: 'slug', in: 'path' }, example: 'vogelbuurt' }) }),
    // A page never answers a bad parameter with an error: it shows what it can.
    query: z.object({
      q: z.string().optional().transform((q) => (q ?? '').trim().slice(0, 200)),
      kind: z
        .string()
        .optional()
        .transform((kind) => (kind && isKind(kind) ? kind : undefined))
        .openapi({ enum: [...KINDS] }),
      cursor: z.string().optional(),
    }),
  },
  responses: { 200: htmlContent('The wijk page'), 404: htmlContent('No wijk with this slug') },
})

/** Sends a page as a complete HTML document. */
function sendPage(c: Context, page: JSX.Element, status: 200 | 404 = 200): Response | Promise<Response> {
  c.header('Cache-Control', 'no-cache')
  return c.html(html`<!DOCTYPE html>${page}`, status)
}

export const pageNotFound = (c: Context) => sendPage(c, <NotFoundPage message="Deze pagina bestaat niet." />, 404)

export function pageRoutes(deps: RouteDeps) {
  const app = createRouter()
  app.openapi(home, async (c) => sendPage(c, <HomePage wijken={await listWijken(deps.db)} />))
  app.openapi(wijkPage, async (c) => {
    const { slug } = c.req.valid('param')
    const { q, kind, cursor } = c.req.valid('query')
    const wijk = await findWijk(deps.db, slug)
    if (!wijk) return sendPage(c, <NotFoundPage message={`Er is geen wijk met de naam ‘${slug}’.`} />, 404)
    const query: SearchQuery = { wijk: slug, q, ...(kind ? { kind: [kind] } : {}), limit: PAGE_SIZE }
    const result = await deps.search.search({ ...query, ...(cursor ? { cursor } : {}) }).catch((error: unknown) => {
      // An old or edited "next page" link: start at the first page.
      if (error instanceof InvalidCursorError) return deps.search.search(query)
      throw error
    })
    const links = wijkLinks(new URL(c.req.url).origin, slug)
    return sendPage(c, <WijkPage wijk={wijk} q={q} kind={kind} result={result} links={links} now={deps.now()} />)
  })
  return app
}
