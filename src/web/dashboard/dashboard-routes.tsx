import { createRoute, z } from '@hono/zod-openapi'
import { csrf } from 'hono/csrf'
import type { Context } from 'hono'
import type { RouteDeps } from '../../api/deps.ts'
import { adminSecurity } from '../../api/admin-auth.ts'
import { createRouter } from '../../api/router.ts'
import { listSources } from '../../store/sources.ts'
import { findWijkMatches } from '../../store/wijk-matches.ts'
import { findWijk, listWijken, type Wijk } from '../../store/wijken.ts'
import { wijkActivity } from './activity.ts'
import { accessOf, endSession, hasSession, LOGIN_PATH, loginHref, safeNext, startSession, tokenMatches, type Access } from './dashboard-access.ts'
import { DashboardPage } from './dashboard-page.tsx'
import { itemsSeenSince, unansweredRequests } from './item-lists.ts'
import { csvFileName, wijkItemsCsv } from './items-csv.ts'
import { LoginPage } from './login-page.tsx'
import { FIRST_VISIT_DAYS } from './new-items-section.tsx'
import { recordVisit } from './visits.ts'
import { htmlContent, sendDocument, unknownWijk, wijkSlugParams } from '../page-routes.tsx'

const UNANSWERED_SHOWN = 25
const NEW_SHOWN = 20

const seeOther = (description: string) => ({ description, headers: z.object({ Location: z.string() }) })

const dashboard = createRoute({
  method: 'get',
  path: '/dashboard/{slug}',
  tags: ['dashboard'],
  summary: "A wijk's buurtmaker dashboard (HTML, Dutch): activity, unanswered requests, matches, new items, source health",
  description: 'Needs the admin token (Bearer) or a login session cookie, except for a demo wijk.',
  security: adminSecurity,
  request: { params: wijkSlugParams },
  responses: {
    200: htmlContent('The dashboard'),
    303: seeOther('Not logged in: to the login page'),
    404: htmlContent('No wijk with this slug'),
  },
})

const itemsCsv = createRoute({
  method: 'get',
  path: '/dashboard/{slug}/items.csv',
  tags: ['dashboard'],
  summary: "Every visible item of the wijk as CSV for spreadsheets (';', UTF-8 with BOM, Dutch header)",
  security: adminSecurity,
  request: { params: wijkSlugParams },
  responses: {
    200: { content: { 'text/csv': { schema: z.string() } }, description: 'The items, newest first' },
    303: seeOther('Not logged in: to the login page'),
    404: htmlContent('No wijk with this slug'),
  },
})

const loginPage = createRoute({
  method: 'get',
  path: LOGIN_PATH,
  tags: ['dashboard'],
  summary: 'The dashboard login form (HTML, Dutch); logged in, the wijken to choose from',
  request: { query: z.object({ next: z.string().optional() }) },
  responses: { 200: htmlContent('The login page') },
})

const login = createRoute({
  method: 'post',
  path: LOGIN_PATH,
  tags: ['dashboard'],
  summary: 'Log in with the admin token: sets a signed session cookie for 12 hours',
  request: {
    body: {
      content: { 'application/x-www-form-urlencoded': { schema: z.object({ token: z.string().default(''), next: z.string().optional() }) } },
    },
  },
  responses: {
    303: seeOther('Logged in: to `next` (a dashboard page) or the list of wijken'),
    401: htmlContent('Wrong token: the form again, with the error'),
    403: htmlContent('The server has no ADMIN_TOKEN: the dashboard is off'),
  },
})

const logout = createRoute({
  method: 'post',
  path: '/dashboard/logout',
  tags: ['dashboard'],
  summary: 'Log out: clears the session cookie',
  responses: { 303: seeOther('To the login page') },
})

const dashboardHome = createRoute({
  method: 'get',
  path: '/dashboard',
  tags: ['dashboard'],
  summary: 'To the login page (which lists the wijken once logged in)',
  responses: { 303: seeOther('To the login page') },
})


export function dashboardRoutes(deps: RouteDeps) {
  const app = createRouter()

  // Private and changing with every visit: never cached, never indexed, never inside another site's frame.
  app.use('/dashboard/*', async (c, next) => {
    c.header('Cache-Control', 'no-store')
    c.header('X-Robots-Tag', 'noindex')
    c.header('Content-Security-Policy', "frame-ancestors 'none'")
    c.header('X-Frame-Options', 'DENY')
    await next()
  })
  // Logging in and out only from this site's own forms (the Origin header), as residents reach it (PUBLIC_URL).
  app.post('/dashboard/*', csrf({ origin: (origin, c) => origin === deps.publicOrigin(c) }))

  /** The wijk and how this request may see it; null when it may not (the response is then the way to log in). */
  async function openWijk(c: Context, slug: string): Promise<{ wijk: Wijk | null; access: Access } | null> {
    const wijk = await findWijk(deps.db, slug)
    const access = await accessOf(c, deps.adminToken, wijk?.demo ?? false, deps.now())
    return access === 'none' ? null : { wijk, access }
  }
  const toLogin = (c: Context) => c.redirect(loginHref(safeNext(c.req.path)), 303)

  const loginProps = async (c: Context, next: string | null) => ({
    enabled: deps.adminToken !== undefined,
    loggedIn: deps.adminToken !== undefined && (await hasSession(c, deps.adminToken, deps.now())),
    next,
    wijken: await listWijken(deps.db),
  })

  app.openapi(dashboardHome, (c) => c.redirect(LOGIN_PATH, 303))

  app.openapi(loginPage, async (c) => {
    const props = await loginProps(c, safeNext(c.req.valid('query').next))
    return sendDocument(c, <LoginPage {...props} />)
  })

  app.openapi(login, async (c) => {
    const { token, next } = c.req.valid('form')
    const props = await loginProps(c, safeNext(next))
    if (!deps.adminToken) return sendDocument(c, <LoginPage {...props} />, 403)
    if (!(await tokenMatches(token, deps.adminToken))) return sendDocument(c, <LoginPage {...props} loggedIn={false} wrongToken />, 401)
    await startSession(c, deps.adminToken, deps.now())
    return c.redirect(props.next ?? LOGIN_PATH, 303)
  })

  app.openapi(logout, (c) => {
    endSession(c)
    return c.redirect(LOGIN_PATH, 303)
  })

  app.openapi(itemsCsv, async (c) => {
    const { slug } = c.req.valid('param')
    const opened = await openWijk(c, slug)
    if (!opened) return toLogin(c)
    if (!opened.wijk) return unknownWijk(c, slug, sendDocument)
    const now = deps.now()
    c.header('Content-Type', 'text/csv; charset=utf-8')
    c.header('Content-Disposition', `attachment; filename="${csvFileName(slug, now)}"`)
    return c.body(wijkItemsCsv(deps.db, slug, now), 200)
  })

  app.openapi(dashboard, async (c) => {
    const { slug } = c.req.valid('param')
    const opened = await openWijk(c, slug)
    if (!opened) return toLogin(c)
    const { wijk, access } = opened
    if (!wijk) return unknownWijk(c, slug, sendDocument)
    const now = deps.now()
    const visits = recordVisit(c, slug, now)
    const newSince = visits.previous ?? new Date(now.getTime() - FIRST_VISIT_DAYS * 86_400_000)
    const [activity, unanswered, matches, newItems, sources] = await Promise.all([
      wijkActivity(deps.db, slug, now),
      unansweredRequests(deps.db, slug, now, UNANSWERED_SHOWN),
      findWijkMatches(deps.db, slug, now),
      itemsSeenSince(deps.db, slug, newSince, now, NEW_SHOWN),
      listSources(deps.db, { wijk: slug }),
    ])
    return sendDocument(c, <DashboardPage data={{ wijk, access, activity, unanswered, matches, visits, newItems, sources, now }} />)
  })

  return app
}
