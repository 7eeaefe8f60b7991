import { z } from '@hono/zod-openapi'
import type { Context, ErrorHandler, NotFoundHandler } from 'hono'
import { HTTPException } from 'hono/http-exception'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { InvalidCursorError } from '../search/search-index.ts'
import { InvalidSourceError } from '../sources/create-source.ts'

export const errorSchema = z
  .object({
    error: z.string().openapi({ example: 'invalid_request' }),
    message: z.string().openapi({ example: "kind: unknown kind 'hulp'; one of request, offer, event, info" }),
  })
  .openapi('Error')

export type ErrorCode = 'invalid_request' | 'unauthorized' | 'admin_disabled' | 'not_found' | 'conflict' | 'internal_error'

export function errorResponse<S extends ContentfulStatusCode>(c: Context, status: S, error: ErrorCode, message: string) {
  return c.json({ error, message }, status)
}

/** `kind[1]: ...`, `config.groupId: ...`: which field, and why. */
function describeIssue(issue: z.core.$ZodIssue, target: string): string {
  const path = issue.path.map((part, i) => (typeof part === 'number' ? `[${part}]` : `${i === 0 ? '' : '.'}${String(part)}`)).join('')
  return `${path || target}: ${issue.message}`
}

/** The default hook of every route: a validation failure is a 400 saying which field and why. */
export function validationHook(
  result: { target: string } & ({ success: true } | { success: false; error: z.ZodError }),
  c: Context,
): Response | undefined {
  if (result.success) return undefined
  const message = result.error.issues.map((issue) => describeIssue(issue, result.target)).join('; ')
  return errorResponse(c, 400, 'invalid_request', message)
}

/** Typed errors to status codes; anything unexpected is logged and answered without details. */
export const handleError: ErrorHandler = (error, c) => {
  if (error instanceof InvalidCursorError) return errorResponse(c, 400, 'invalid_request', `cursor: ${error.message}`)
  if (error instanceof InvalidSourceError) return errorResponse(c, 400, 'invalid_request', error.message)
  // A middleware's own answer (bearerAuth: JSON body and WWW-Authenticate) goes out as it made it.
  if (error instanceof HTTPException && error.res) return error.getResponse()
  if (error instanceof HTTPException && error.status < 500) {
    return errorResponse(c, error.status as ContentfulStatusCode, error.status === 401 ? 'unauthorized' : 'invalid_request', error.message)
  }
  console.error(`${c.req.method} ${c.req.path} failed:`, error)
  return errorResponse(c, 500, 'internal_error', 'something went wrong on our side; it has been logged')
}

export const handleApiNotFound: NotFoundHandler = (c) =>
  errorResponse(c, 404, 'not_found', `no route ${c.req.method} ${c.req.path} (see /openapi.json)`)

/** Error responses for the OpenAPI document. */
export const errorContent = (description: string) => ({ content: { 'application/json': { schema: errorSchema } }, description })
