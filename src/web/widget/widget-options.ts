import { z } from '@hono/zod-openapi'
import { isKind, KINDS, type Kind } from '../../domain/taxonomy.ts'
import { escapeHtml } from '../../normalise/index.ts'
import type { SearchQuery, Sort } from '../../search/search-index.ts'

/** How many items a widget or embed page shows; the script checks the same bounds (they are put into it). */
export const WIDGET_LIMIT = { min: 1, max: 20, default: 5 } as const

/** What a site embeds: a wijk's items, of one kind or all, this many. */
export interface WidgetChoice {
  wijk: string
  kind: Kind | undefined
  limit: number
}

/** A widget of one kind in another order than newest first: activities as an agenda, the next one first. */
export const KIND_SORTS: Partial<Record<Kind, Sort>> = { event: 'soonest' }

/** The search behind the iframe page; the script asks /api/items the same. */
export function widgetSearch(choice: WidgetChoice): SearchQuery {
  const sort = choice.kind && KIND_SORTS[choice.kind]
  return { wijk: choice.wijk, status: 'open', limit: choice.limit, ...(choice.kind ? { kind: [choice.kind] } : {}), ...(sort ? { sort } : {}) }
}

// An embed never answers a bad parameter with an error: an unknown kind means all kinds, a bad limit the default.
const kindParam = z
  .string()
  .optional()
  .transform((kind) => (kind && isKind(kind) ? kind : undefined))
  .openapi({ enum: [...KINDS], description: 'One kind; anything else means all kinds.' })

const limitParam = z
  .string()
  .optional()
  .transform((value) => {
    const limit = Number(value)
    return Number.isInteger(limit) && limit >= WIDGET_LIMIT.min && limit <= WIDGET_LIMIT.max ? limit : WIDGET_LIMIT.default
  })
  .openapi({ type: 'integer', description: `${WIDGET_LIMIT.min} to ${WIDGET_LIMIT.max}, default ${WIDGET_LIMIT.default}.` })

export const widgetQuerySchema = z.object({ kind: kindParam, limit: limitParam })

export const embedPath = (slug: string) => `/embed/${encodeURIComponent(slug)}`

/** The iframe page's address for a choice: `/embed/vogelbuurt?kind=request&limit=5`. */
export function embedUrl(origin: string, choice: WidgetChoice): string {
  const query = new URLSearchParams()
  if (choice.kind) query.set('kind', choice.kind)
  query.set('limit', String(choice.limit))
  return `${origin}${embedPath(choice.wijk)}?${query}`
}

/** The one line that puts the widget on a site. */
export function scriptSnippet(origin: string, choice: WidgetChoice): string {
  const kind = choice.kind ? ` data-kind="${choice.kind}"` : ''
  return `<script src="${escapeHtml(`${origin}/widget.js`)}" data-wijk="${escapeHtml(choice.wijk)}"${kind} data-limit="${choice.limit}"></script>`
}

/** The iframe alternative; its title names the frame for screen readers. */
export function iframeSnippet(origin: string, choice: WidgetChoice, wijkName: string): string {
  const src = escapeHtml(embedUrl(origin, choice))
  const title = escapeHtml(`Buurtberichten uit ${wijkName}`)
  return `<iframe src="${src}" title="${title}" width="100%" height="600" style="border: 0" loading="lazy"></iframe>`
}
