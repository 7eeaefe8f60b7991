import { createRoute, z } from '@hono/zod-openapi'
import { findWijkMatches } from '../store/wijk-matches.ts'
import { findWijk } from '../store/wijken.ts'
import type { RouteDeps } from './deps.ts'
import { errorContent, errorResponse } from './errors.ts'
import { createRouter } from './router.ts'
import { itemResponseSchema } from './schemas.ts'

const slugParams = z.object({ slug: z.string().openapi({ param: { name: 'slug', in: 'path' }, example: 'vogelbuurt' }) })

const matchesSchema = z
  .object({
    wijk: z.string(),
    requests: z.number().int().openapi({ description: 'Open requests compared' }),
    offers: z.number().int().openapi({ description: 'Open offers compared' }),
    matches: z.array(
      z.object({
        request: itemResponseSchema,
        suggestions: z.array(
          z.object({
            offer: itemResponseSchema,
            score: z.number(),
            reason: z.string().openapi({ example: "zelfde categorie: Computer & telefoon; 'iPad' ~ 'tablet'" }),
          }),
        ),
      }),
    ),
  })
  .openapi('WijkMatches')

const matches = createRoute({
  method: 'get',
  path: '/api/wijken/{slug}/matches',
  tags: ['wijken'],
  summary: 'For each open request of the wijk, the open offers (any platform) that fit it, best first, with the reason',
  request: { params: slugParams },
  responses: {
    200: { content: { 'application/json': { schema: matchesSchema } }, description: 'Requests with at least one fitting offer, best match first' },
    404: errorContent('No wijk with this slug'),
  },
})

export function matchRoutes(deps: RouteDeps) {
  const app = createRouter()
  app.openapi(matches, async (c) => {
    const { slug } = c.req.valid('param')
    // Comparing every open request with every open offer takes a while: one build serves a minute of requests.
    const document = await deps.feeds.get(`matches ${slug}`, async () => {
      if (!(await findWijk(deps.db, slug))) return null
      const result = await findWijkMatches(deps.db, slug, deps.now())
      return { body: JSON.stringify({ wijk: slug, ...result }), contentType: 'application/json' }
    })
    if (!document) return errorResponse(c, 404, 'not_found', `no wijk '${slug}'`)
    c.header('Cache-Control', 'no-cache')
    return c.json(JSON.parse(document.body) as z.infer<typeof matchesSchema>, 200)
  })
  return app
}
