import { createRoute, z } from '@hono/zod-openapi'
import { sql } from 'kysely'
import type { RouteDeps } from './deps.ts'
import { createRouter } from './router.ts'

const healthSchema = z.object({ status: z.enum(['ok', 'error']), database: z.enum(['ok', 'error']) }).openapi('Health')

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['health'],
  summary: 'Liveness with a database round trip',
  responses: {
    200: { content: { 'application/json': { schema: healthSchema } }, description: 'Up, and the database answers' },
    503: { content: { 'application/json': { schema: healthSchema } }, description: 'The database does not answer' },
  },
})

export function healthRoutes(deps: RouteDeps) {
  const app = createRouter()
  app.openapi(healthz, async (c) => {
    c.header('Cache-Control', 'no-store')
    try {
      await sql`select 1`.execute(deps.db)
      return c.json({ status: 'ok', database: 'ok' } as const, 200)
    } catch (error) {
      console.error('health check: the database does not answer:', error)
      return c.json({ status: 'error', database: 'error' } as const, 503)
    }
  })
  return app
}
