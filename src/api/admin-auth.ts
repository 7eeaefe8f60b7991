import { createHash, timingSafeEqual } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { errorResponse } from './errors.ts'

const digest = (value: string) => createHash('sha256').update(value).digest()

/** Admin writes need `Authorization: Bearer <ADMIN_TOKEN>`; the token is compared in constant time. */
export function requireAdmin(adminToken: string | undefined): MiddlewareHandler {
  const expected = adminToken ? digest(adminToken) : null
  return async (c, next) => {
    if (!expected) {
      return errorResponse(c, 403, 'admin_disabled', 'admin writes are turned off on this server: start it with ADMIN_TOKEN set')
    }
    const given = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('Authorization') ?? '')?.[1]
    if (!given || !timingSafeEqual(digest(given), expected)) {
      c.header('WWW-Authenticate', 'Bearer realm="buurtfeed"')
      return errorResponse(c, 401, 'unauthorized', 'this needs the header Authorization: Bearer <ADMIN_TOKEN>')
    }
    c.header('Cache-Control', 'no-store')
    await next()
  }
}

/** Marks a route as an admin write in the OpenAPI document. */
export const adminSecurity = [{ adminToken: [] }]
