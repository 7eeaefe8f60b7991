import { createHmac } from 'node:crypto'
import type { Context } from 'hono'
import { deleteCookie, getSignedCookie, setSignedCookie } from 'hono/cookie'
import { timingSafeEqual } from 'hono/utils/buffer'

const SESSION_COOKIE = 'buurtfeed_dashboard'
const SESSION_PATH = '/dashboard'
export const SESSION_HOURS = 12

/** Whether the given token is the server's, compared in constant time (as hono's bearerAuth does). */
export function tokenMatches(given: string, adminToken: string): Promise<boolean> {
  return timingSafeEqual(given, adminToken)
}

/** `Authorization: Bearer <ADMIN_TOKEN>`, for scripts (the CSV export with curl). */
async function hasAdminBearer(c: Context, adminToken: string): Promise<boolean> {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1]
  return token !== undefined && tokenMatches(token, adminToken)
}

// Derived from the token: a new ADMIN_TOKEN makes every session cookie invalid, so it logs everyone out.
function sessionSecret(adminToken: string): Buffer {
  return createHmac('sha256', adminToken).update('buurtfeed dashboard session').digest()
}

/** The request came over https (directly or through a proxy that says so): the cookie then never travels in clear. */
export function overHttps(c: Context): boolean {
  return new URL(c.req.url).protocol === 'https:' || c.req.header('X-Forwarded-Proto') === 'https'
}

/** The signed session cookie holds its own end, so a copied cookie stops working after SESSION_HOURS too. */
export async function startSession(c: Context, adminToken: string, now: Date): Promise<void> {
  const maxAge = SESSION_HOURS * 3600
  const endsAt = String(now.getTime() + maxAge * 1000)
  await setSignedCookie(c, SESSION_COOKIE, endsAt, sessionSecret(adminToken), {
    path: SESSION_PATH,
    httpOnly: true,
    sameSite: 'Lax',
    secure: overHttps(c),
    maxAge,
  })
}

export function endSession(c: Context): void {
  deleteCookie(c, SESSION_COOKIE, { path: SESSION_PATH, httpOnly: true, sameSite: 'Lax', secure: overHttps(c) })
}

/** A session cookie signed with the current token's secret that has not ended yet. */
export async function hasSession(c: Context, adminToken: string, now: Date): Promise<boolean> {
  const endsAt = await getSignedCookie(c, sessionSecret(adminToken), SESSION_COOKIE)
  return typeof endsAt === 'string' && /^\d+$/.test(endsAt) && Number(endsAt) > now.getTime()
}

export type Access = 'bearer' | 'session' | 'demo' | 'none'

/** How this request may see a wijk's dashboard: the admin token, a login session, or a demo wijk (open to everyone). */
export async function accessOf(c: Context, adminToken: string | undefined, demo: boolean, now: Date): Promise<Access> {
  if (adminToken && (await hasAdminBearer(c, adminToken))) return 'bearer'
  if (adminToken && (await hasSession(c, adminToken, now))) return 'session'
  return demo ? 'demo' : 'none'
}

export const LOGIN_PATH = '/dashboard/login'
const ORIGIN = 'http://buurtfeed.invalid'

/** Where to go after logging in: only a dashboard page of this server (no open redirect); otherwise null. */
export function safeNext(next: string | undefined): string | null {
  if (!next || !next.startsWith('/dashboard/') || /[\\\s]/.test(next)) return null
  const url = new URL(next, ORIGIN)
  if (url.origin !== ORIGIN || !url.pathname.startsWith('/dashboard/') || url.pathname === LOGIN_PATH) return null
  return url.pathname + url.search
}

export function loginHref(next: string | null): string {
  return next ? `${LOGIN_PATH}?${new URLSearchParams({ next })}` : LOGIN_PATH
}
