import { z } from '@hono/zod-openapi'
import type { Context } from 'hono'
import { html } from 'hono/html'
import type { JSX } from 'hono/jsx/jsx-runtime'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { NotFoundPage } from './not-found-page.tsx'

/** An HTML answer in the OpenAPI document. */
export const htmlContent = (description: string) => ({ content: { 'text/html': { schema: z.string() } }, description })

/** The `:slug` of a page about one wijk. */
export const wijkSlugParams = z.object({ slug: z.string().openapi({ param: { name: 'slug', in: 'path' }, example: 'vogelbuurt' }) })

/** Sends a page as a complete HTML document. */
export function sendDocument(c: Context, page: JSX.Element, status: ContentfulStatusCode = 200): Response | Promise<Response> {
  return c.html(html`<!DOCTYPE html>${page}`, status)
}

/** A public page: a complete HTML document that browsers check again on every view. */
export function sendPage(c: Context, page: JSX.Element, status: ContentfulStatusCode = 200): Response | Promise<Response> {
  c.header('Cache-Control', 'no-cache')
  return sendDocument(c, page, status)
}

/** The 404 page for a wijk that does not exist, sent as `send` sends pages. */
export function unknownWijk(c: Context, slug: string, send = sendPage): Response | Promise<Response> {
  return send(c, <NotFoundPage message={`Er is geen wijk met de naam ‘${slug}’.`} />, 404)
}
