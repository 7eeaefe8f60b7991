import type { MiddlewareHandler } from 'hono'
import { bearerAuth } from 'hono/bearer-auth'
import { errorResponse } from './errors.ts'

const unauthorized = { error: 'unauthorized', message: 'this needs the header Authorization: Bearer <ADMIN_TOKEN>' }

/** Admin writes need `Authorization: Bearer <ADMIN_TOKEN>` (Hono's bearerAuth compares in constant time). */
export function requireAdmin(adminToken: string | undefined): MiddlewareHandler {
  if (!adminToken) {
    return async (c) => errorResponse(c, 403, 'admin_disabled', 'admin writes are turned off on this server: start it with ADMIN_TOKEN set')
  }
  const check = bearerAuth({
    token: adminToken,
    realm: 'buurtfeed',
    noAuthenticationHeader: { message: unauthorized },
    invalidAuthenticationHeader: { message: { error: 'invalid_request', message: 'the Authorization header must be: Bearer <ADMIN_TOKEN>' } },
    invalidToken: { message: unauthorized },
  })
  return async (c, next) => {
    c.header('Cache-Control', 'no-store')
    return check(c, next)
  }
}

/** Marks a route as an admin write in the OpenAPI document. */
export const adminSecurity = [{ adminToken: [] }]
