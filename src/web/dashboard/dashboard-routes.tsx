import type { RouteDeps } from '../../api/deps.ts'
import { createRouter } from '../../api/router.ts'

/** The buurtmaker dashboard: /dashboard/:slug, its login and its CSV export. */
export function dashboardRoutes(_deps: RouteDeps) {
  return createRouter()
}
