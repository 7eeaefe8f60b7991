import { createRoute, z } from '@hono/zod-openapi'
import { createSource, newSourceSchema } from '../sources/create-source.ts'
import { listSources, removeSource, type Source } from '../store/sources.ts'
import { adminSecurity, requireAdmin } from './admin-auth.ts'
import type { RouteDeps } from './deps.ts'
import { errorContent, errorResponse } from './errors.ts'
import { createRouter } from './router.ts'
import { sourceSchema } from './schemas.ts'

// Local sources (files on this server, intranet addresses) are added on the server itself, with the
// CLI: over HTTP an admin token must not reach this machine's files or network.
const httpSourceSchema = newSourceSchema.omit({ local: true })

/** What anyone may see of a source: for a local one its public page, never a path on this server. */
function publicSource({ fetchState: _fetchState, ...source }: Source) {
  return source.local ? { ...source, url: source.siteUrl ?? '' } : source
}

const list = createRoute({
  method: 'get',
  path: '/api/sources',
  tags: ['sources'],
  summary: 'Sources with their health',
  request: {
    query: z.object({ wijk: z.string().optional().openapi({ description: 'Only the sources of this wijk (slug)', example: 'vogelbuurt' }) }),
  },
  responses: { 200: { content: { 'application/json': { schema: z.object({ sources: z.array(sourceSchema) }) } }, description: 'By wijk, then name' } },
})

const add = createRoute({
  method: 'post',
  path: '/api/sources',
  tags: ['sources', 'admin'],
  summary: 'Add a source; it is read at the next scheduler run (admin)',
  security: adminSecurity,
  request: { body: { content: { 'application/json': { schema: httpSourceSchema } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: sourceSchema } }, description: 'The new source' },
    400: errorContent('Not a valid source: unknown adapter or wijk, a bad URL or config (the message says which)'),
    401: errorContent('No or a wrong admin token'),
    403: errorContent('Admin writes are turned off (no ADMIN_TOKEN)'),
  },
})

const remove = createRoute({
  method: 'delete',
  path: '/api/sources/{id}',
  tags: ['sources', 'admin'],
  summary: 'Remove a source: its items leave the feed and the index (admin)',
  security: adminSecurity,
  request: { params: z.object({ id: z.string().openapi({ param: { name: 'id', in: 'path' }, example: 'src_k3m9x2ab' }) }) },
  responses: {
    204: { description: 'Removed' },
    401: errorContent('No or a wrong admin token'),
    403: errorContent('Admin writes are turned off (no ADMIN_TOKEN)'),
    404: errorContent('No source with this id'),
  },
})

export function sourceRoutes(deps: RouteDeps) {
  const app = createRouter()
  const admin = requireAdmin(deps.adminToken)
  app.openapi(list, async (c) => {
    const { wijk } = c.req.valid('query')
    c.header('Cache-Control', 'no-store')
    return c.json({ sources: (await listSources(deps.db, wijk ? { wijk } : {})).map(publicSource) }, 200)
  })
  app.openapi({ ...add, middleware: admin }, async (c) => {
    const source = await createSource(deps.db, c.req.valid('json'))
    return c.json(publicSource(source), 201)
  })
  app.openapi({ ...remove, middleware: admin }, async (c) => {
    const { id } = c.req.valid('param')
    if (!(await removeSource(deps.db, id))) return errorResponse(c, 404, 'not_found', `no source '${id}'`)
    deps.feeds.clear()
    return c.body(null, 204)
  })
  return app
}
