import { OpenAPIHono } from '@hono/zod-openapi'
import { except } from 'hono/combine'
import { etag, RETAINED_304_HEADERS } from 'hono/etag'
import { dashboardRoutes } from '../web/dashboard/dashboard-routes.tsx'
import { DocumentCache } from '../web/document-cache.ts'
import { pageFailed, pageNotFound, pageRoutes } from '../web/pages.tsx'
import { widgetRoutes } from '../web/widget/widget-routes.tsx'
import type { AppDeps, RouteDeps } from './deps.ts'
import { errorResponse, handleApiNotFound, handleError, validationHook } from './errors.ts'
import { FEED_MAX_AGE_SECONDS, feedRoutes } from './feeds.ts'
import { healthRoutes } from './health.ts'
import { itemRoutes } from './items.ts'
import { matchRoutes } from './matches.ts'
import { sourceRoutes } from './sources.ts'
import { submissionRoutes } from './submissions.ts'
import { wijkRoutes } from './wijken.ts'

export type { AppDeps } from './deps.ts'

/** The HTTP API, the pages and the outgoing feeds, with /openapi.json generated from the route schemas. */
export function createApp(deps: AppDeps): OpenAPIHono {
  const now = deps.now ?? (() => new Date())
  const routeDeps: RouteDeps = {
    db: deps.db,
    search: deps.search,
    adminToken: deps.adminToken,
    now,
    feeds: new DocumentCache({ ttlMs: FEED_MAX_AGE_SECONDS * 1000, maxEntries: 500, now }),
    // Behind a proxy the request says http and the proxy's inner address: PUBLIC_URL says what residents use.
    publicOrigin: deps.publicUrl ? () => new URL(deps.publicUrl!).origin : (c) => new URL(c.req.url).origin,
  }
  const app = new OpenAPIHono({ defaultHook: validationHook })
  // Answers If-None-Match with 304; feeds bring their own ETag from the cache. A 304 keeps the CORS header, so a
  // widget on another site may use its revalidated copy of /api/items. Not on the dashboard: never cached, and
  // hashing would hold back its streamed CSV until the end.
  app.use('*', except('/dashboard/*', etag({ retainedHeaders: [...RETAINED_304_HEADERS, 'access-control-allow-origin'] })))
  // The widget's routes come before the items: its CORS middleware for /api/items must run first.
  // PostgreSQL text cannot hold a NUL character: such an address is refused before anything reads it.
  app.use('*', async (c, next) => {
    if (!/%00/.test(c.req.url)) return next()
    return c.req.path.startsWith('/api/') ? errorResponse(c, 400, 'invalid_request', 'the address contains a NUL character (%00)') : pageNotFound(c)
  })
  for (const routes of [healthRoutes, widgetRoutes, itemRoutes, wijkRoutes, matchRoutes, sourceRoutes, submissionRoutes, feedRoutes, pageRoutes, dashboardRoutes]) app.route('/', routes(routeDeps))

  app.openAPIRegistry.registerComponent('securitySchemes', 'adminToken', {
    type: 'http',
    scheme: 'bearer',
    description: 'The ADMIN_TOKEN of the server',
  })
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Buurtfeed',
      version: '0.1.0',
      description: 'One searchable feed per Dutch wijk, gathered from every neighbourhood platform; each item links back to its source.',
    },
  })
  app.notFound((c) => (c.req.path.startsWith('/api/') ? handleApiNotFound(c) : pageNotFound(c)))
  // Pages fail as a Dutch page; the API (and an answer a middleware made) as handleError says.
  app.onError(async (error, c) => {
    const response = await handleError(error, c)
    return response.status >= 500 && !c.req.path.startsWith('/api/') ? pageFailed(c) : response
  })
  return app
}
