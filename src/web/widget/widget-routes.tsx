import { createRoute, z } from '@hono/zod-openapi'
import { cors } from 'hono/cors'
import type { RouteDeps } from '../../api/deps.ts'
import { createRouter } from '../../api/router.ts'
import { findWijk, listWijken } from '../../store/wijken.ts'
import { wijkLinks } from '../feed-entry.ts'
import { EmbedCodePage } from './embed-code-page.tsx'
import { EmbedPage } from './embed-page.tsx'
import { widgetQuerySchema, widgetSearch } from './widget-options.ts'
import { WIDGET_SCRIPT } from './widget-script.ts'
import { htmlContent, sendPage, unknownWijk, wijkSlugParams } from '../page-routes.tsx'

const WIDGET_MAX_AGE_SECONDS = 3600
/** Any site may frame the embed page; nothing in it may load or run anything. */
const EMBED_CSP = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *"


const widgetScript = createRoute({
  method: 'get',
  path: '/widget.js',
  tags: ['widget'],
  summary: 'The embeddable widget: <script src=".../widget.js" data-wijk="vogelbuurt" data-kind="request" data-limit="5"></script>',
  responses: { 200: { content: { 'text/javascript': { schema: z.string() } }, description: 'The script; ETag, 304 on If-None-Match' } },
})

const embedPage = createRoute({
  method: 'get',
  path: '/embed/{slug}',
  tags: ['widget'],
  summary: "A wijk's latest items for an iframe on another site (HTML, Dutch, no scripts)",
  request: { params: wijkSlugParams, query: widgetQuerySchema },
  responses: { 200: htmlContent('The items, compact'), 404: htmlContent('No wijk with this slug') },
})

const embedCodePage = createRoute({
  method: 'get',
  path: '/insluiten',
  tags: ['widget'],
  summary: 'Makes the embed code (script or iframe) for a wijk, with a live preview (HTML, Dutch)',
  request: { query: widgetQuerySchema.extend({ wijk: z.string().optional().openapi({ example: 'vogelbuurt' }) }) },
  responses: { 200: htmlContent('The form, the two snippets and their previews') },
})

/** The embeddable widget (/widget.js), the iframe page (/embed/:slug) and the page that makes the embed code. */
export function widgetRoutes(deps: RouteDeps) {
  const app = createRouter()
  // The widget reads /api/items from other sites' pages: a simple GET without credentials, so no preflight.
  app.get('/api/items', cors({ origin: '*' }))

  app.openapi(widgetScript, (c) =>
    c.body(WIDGET_SCRIPT, 200, {
      'Content-Type': 'text/javascript; charset=utf-8',
      'Cache-Control': `public, max-age=${WIDGET_MAX_AGE_SECONDS}`,
    }),
  )

  app.openapi(embedPage, async (c) => {
    const { slug } = c.req.valid('param')
    const { kind, limit } = c.req.valid('query')
    c.header('Content-Security-Policy', EMBED_CSP)
    const wijk = await findWijk(deps.db, slug)
    if (!wijk) return unknownWijk(c, slug)
    const { items } = await deps.search.search(widgetSearch({ wijk: slug, kind, limit }))
    const wijkPage = wijkLinks(deps.publicOrigin(c), slug).page
    return sendPage(c, <EmbedPage wijk={wijk} items={items} wijkPage={wijkPage} now={deps.now()} />)
  })

  app.openapi(embedCodePage, async (c) => {
    const { wijk: slug, kind, limit } = c.req.valid('query')
    const wijken = await listWijken(deps.db)
    const wijk = wijken.find((candidate) => candidate.slug === slug) ?? wijken[0]
    return sendPage(c, <EmbedCodePage wijken={wijken} wijk={wijk} kind={kind} limit={limit} origin={deps.publicOrigin(c)} />)
  })
  return app
}
