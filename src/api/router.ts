import { OpenAPIHono } from '@hono/zod-openapi'
import { validationHook } from './errors.ts'

/** A router for one resource; validation failures answer with the same 400 everywhere. */
export function createRouter(): OpenAPIHono {
  return new OpenAPIHono({ defaultHook: validationHook })
}
