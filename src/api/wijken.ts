import { createRoute, z } from '@hono/zod-openapi'
import { listSources } from '../store/sources.ts'
import { findWijk, listWijken, newWijkSchema, saveWijk } from '../store/wijken.ts'
import { adminSecurity, requireAdmin } from './admin-auth.ts'
import type { RouteDeps } from './deps.ts'
import { errorContent, errorResponse } from './errors.ts'
import { createRouter } from './router.ts'
import { wijkSchema } from './schemas.ts'

const slugParams = z.object({ slug: z.string().openapi({ param: { name: 'slug', in: 'path' }, example: 'vogelbuurt' }) })

const wijkDetailSchema = wijkSchema
  .extend({ sourceCount: z.number().int(), itemCount: z.number().int().openapi({ description: 'Visible items' }) })
  .openapi('WijkDetail')

const list = createRoute({
  method: 'get',
  path: '/api/wijken',
  tags: ['wijken'],
  summary: 'All wijken',
  responses: { 200: { content: { 'application/json': { schema: z.object({ wijken: z.array(wijkSchema) }) } }, description: 'The wijken by name' } },
})

const detail = createRoute({
  method: 'get',
  path: '/api/wijken/{slug}',
  tags: ['wijken'],
  summary: 'One wijk, with its number of sources and items',
  request: { params: slugParams },
  responses: {
    200: { content: { 'application/json': { schema: wijkDetailSchema } }, description: 'The wijk' },
    404: errorContent('No wijk with this slug'),
  },
})

const save = createRoute({
  method: 'post',
  path: '/api/wijken',
  tags: ['wijken', 'admin'],
  summary: 'Add a wijk, or update the wijk with this slug (admin)',
  security: adminSecurity,
  request: { body: { content: { 'application/json': { schema: newWijkSchema } }, required: true } },
  responses: {
    200: { content: { 'application/json': { schema: wijkSchema } }, description: 'Updated' },
    201: { content: { 'application/json': { schema: wijkSchema } }, description: 'Added' },
    400: errorContent('The body is not valid (the message says which field)'),
    401: errorContent('No or a wrong admin token'),
    403: errorContent('Admin writes are turned off (no ADMIN_TOKEN)'),
  },
})

export function wijkRoutes(deps: RouteDeps) {
  const app = createRouter()
  app.openapi(list, async (c) => {
    c.header('Cache-Control', 'no-cache')
    return c.json({ wijken: await listWijken(deps.db) }, 200)
  })
  app.openapi(detail, async (c) => {
    const { slug } = c.req.valid('param')
    const wijk = await findWijk(deps.db, slug)
    if (!wijk) return errorResponse(c, 404, 'not_found', `no wijk '${slug}'`)
    const [sources, items] = await Promise.all([listSources(deps.db, { wijk: slug }), deps.search.search({ wijk: slug, limit: 1 })])
    c.header('Cache-Control', 'no-cache')
    return c.json({ ...wijk, sourceCount: sources.length, itemCount: items.total }, 200)
  })
  app.openapi({ ...save, middleware: requireAdmin(deps.adminToken) }, async (c) => {
    const input = c.req.valid('json')
    const existed = (await findWijk(deps.db, input.slug)) !== null
    const wijk = await saveWijk(deps.db, input)
    deps.feeds.clear()
    return c.json(wijk, existed ? 200 : 201)
  })
  return app
}
