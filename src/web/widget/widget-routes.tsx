import type { RouteDeps } from '../../api/deps.ts'
import { createRouter } from '../../api/router.ts'

/** The embeddable widget (/widget.js), the iframe page (/embed/:slug) and the page that makes the embed code. */
export function widgetRoutes(_deps: RouteDeps) {
  return createRouter()
}
