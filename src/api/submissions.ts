import { createRoute } from '@hono/zod-openapi'
import { submissionSchema } from '../../adapters/forwarded/submission.ts'
import { InvalidSubmissionError, submitPost } from '../ingest/submit-post.ts'
import { adminSecurity, requireAdmin } from './admin-auth.ts'
import type { RouteDeps } from './deps.ts'
import { errorContent, errorResponse } from './errors.ts'
import { createRouter } from './router.ts'
import { itemResponseSchema } from './schemas.ts'

const submit = createRoute({
  method: 'post',
  path: '/api/submissions',
  tags: ['submissions', 'admin'],
  summary: 'Forward one post from a closed platform (Facebook, Hoplr, Nextdoor, WeHelpen) with its text and a link (admin)',
  security: adminSecurity,
  request: { body: { content: { 'application/json': { schema: submissionSchema } }, required: true } },
  responses: {
    201: { content: { 'application/json': { schema: itemResponseSchema } }, description: 'The post as it shows in the feed' },
    400: errorContent('Not a valid post: a missing field or an unknown wijk (the message says which)'),
    401: errorContent('No or a wrong admin token'),
    403: errorContent('Admin writes are turned off (no ADMIN_TOKEN)'),
    409: errorContent('This post was taken down or hidden before and stays out of the feed'),
  },
})

export function submissionRoutes(deps: RouteDeps) {
  const app = createRouter()
  app.openapi({ ...submit, middleware: requireAdmin(deps.adminToken) }, async (c) => {
    try {
      const item = await submitPost(deps.db, c.req.valid('json'), deps.now())
      deps.feeds.clear()
      return c.json(item, 201)
    } catch (error) {
      if (error instanceof InvalidSubmissionError) {
        return error.refused ? errorResponse(c, 409, 'conflict', error.message) : errorResponse(c, 400, 'invalid_request', error.message)
      }
      throw error
    }
  })
  return app
}
