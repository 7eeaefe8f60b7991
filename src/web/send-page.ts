import type { Context } from 'hono'
import { html } from 'hono/html'
import type { JSX } from 'hono/jsx/jsx-runtime'
import type { ContentfulStatusCode } from 'hono/utils/http-status'

/** Sends a page as a complete HTML document. */
export function sendDocument(c: Context, page: JSX.Element, status: ContentfulStatusCode = 200): Response | Promise<Response> {
  return c.html(html`<!DOCTYPE html>${page}`, status)
}

/** A public page: a complete HTML document that browsers check again on every view. */
export function sendPage(c: Context, page: JSX.Element, status: ContentfulStatusCode = 200): Response | Promise<Response> {
  c.header('Cache-Control', 'no-cache')
  return sendDocument(c, page, status)
}
