import { createRoute, z } from '@hono/zod-openapi'
import type { TypedResponse } from 'hono'
import type { SearchResult } from '../search/search-index.ts'
import { findItem, hideItem } from '../store/items.ts'
import { adminSecurity, requireAdmin } from './admin-auth.ts'
import type { RouteDeps } from './deps.ts'
import { errorContent, errorResponse } from './errors.ts'
import { createRouter } from './router.ts'
import { itemResponseSchema, itemsQuerySchema, searchQueryOf, searchResultSchema } from './schemas.ts'

/**
 * How long one search's answer is kept. Admin changes (hide, sources) clear it at once; an ingest run shows
 * within this time.
 */
const SEARCH_CACHE_MS = 10_000

const idParams = z.object({ id: z.string().min(1).openapi({ param: { name: 'id', in: 'path' }, example: 'src_k3m9x2ab:1234' }) })

const listItems = createRoute({
  method: 'get',
  path: '/api/items',
  tags: ['items'],
  summary: 'Search and filter the feed',
  request: { query: itemsQuerySchema },
  responses: {
    200: { content: { 'application/json': { schema: searchResultSchema } }, description: 'One page of items, with the total and facet counts' },
    400: errorContent('A parameter is not valid (the message says which)'),
  },
})

const getItem = createRoute({
  method: 'get',
  path: '/api/items/{id}',
  tags: ['items'],
  summary: 'One item',
  request: { params: idParams },
  responses: {
    200: { content: { 'application/json': { schema: itemResponseSchema } }, description: 'The item' },
    404: errorContent('No visible item with this id'),
  },
})

const hide = createRoute({
  method: 'post',
  path: '/api/items/{id}/hide',
  tags: ['items', 'admin'],
  summary: 'Hide an item from every public output (admin)',
  security: adminSecurity,
  request: { params: idParams },
  responses: {
    204: { description: 'Hidden; it stays hidden when its source is read again' },
    401: errorContent('No or a wrong admin token'),
    403: errorContent('Admin writes are turned off (no ADMIN_TOKEN)'),
    404: errorContent('No item with this id'),
  },
})

export function itemRoutes(deps: RouteDeps) {
  const app = createRouter()
  app.openapi(listItems, async (c) => {
    const query = searchQueryOf(c.req.valid('query'))
    // The same search (parameters in any order) within SEARCH_CACHE_MS is answered from the bytes made the first time.
    const params = new URL(c.req.url).searchParams
    params.sort()
    const page = await deps.feeds.get(
      `/api/items?${params}`,
      async () => ({ body: JSON.stringify(await deps.search.search(query)), contentType: 'application/json' }),
      SEARCH_CACHE_MS,
    )
    // The bytes are the JSON of a SearchResult (the response schema), sent as they are rather than parsed and
    // serialised again; the typed route cannot see that through a string, hence the cast.
    const response = c.body(page!.bytes, 200, { 'Content-Type': page!.contentType, ETag: page!.etag, 'Cache-Control': 'no-cache' })
    return response as unknown as TypedResponse<SearchResult, 200, 'json'>
  })
  app.openapi(getItem, async (c) => {
    const { id } = c.req.valid('param')
    const item = await findItem(deps.db, id, deps.now())
    if (!item) return errorResponse(c, 404, 'not_found', `no item '${id}'`)
    c.header('Cache-Control', 'no-cache')
    return c.json(item, 200)
  })
  app.openapi({ ...hide, middleware: requireAdmin(deps.adminToken) }, async (c) => {
    const { id } = c.req.valid('param')
    if (!(await hideItem(deps.db, id))) return errorResponse(c, 404, 'not_found', `no item '${id}'`)
    deps.feeds.clear()
    return c.body(null, 204)
  })
  return app
}
