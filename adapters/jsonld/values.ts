import { z } from 'zod'
import type { ItemDraft } from '../../src/domain/item.ts'
import { toAmsterdamIso } from '../../src/normalise/dates.ts'
import { htmlToText } from '../../src/normalise/text.ts'
import { absoluteHttpUrl } from '../../src/normalise/urls.ts'
import { dereference } from './graph.ts'
import type { Graph } from './graph.ts'

/** The page the items come from. */
export interface PageContext {
  url: string
  /** The base for relative links (<base href> or the page URL). */
  base: string
  graph: Graph
}

const MAX_TERMS = 30
const MARKUP = /<[a-z/!][^>]*>|&(?:#\d+|#x[\da-f]+|[a-z]+);/i

/** schema.org allows a list wherever one value goes; the first counts. */
export function firstOf(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value
}

/**
 * A text property read leniently: pages carry whatever their SEO plugin wrote, so a value of another type
 * (a number, an object, []) counts as absent instead of spoiling the page's other items.
 */
export const text = z.preprocess(firstOf, z.string().trim().min(1).optional()).catch(undefined)

const named = z.object({ name: text })

/** The name of a Person or Organization, given inline, by reference or as plain text. */
export function nameOf(value: unknown, graph: Graph): string | undefined {
  const first = dereference(firstOf(value), graph)
  return typeof first === 'string' ? first.trim() || undefined : named.safeParse(first).data?.name
}

/** Every text of a property that may be a list or a comma-separated text (keywords, articleSection). */
export function terms(value: unknown): string[] {
  const values = Array.isArray(value) ? value.slice(0, MAX_TERMS) : [value]
  return values
    .filter((term) => typeof term === 'string')
    .flatMap((term) => term.split(','))
    .map((term) => term.trim())
    .filter(Boolean)
    .slice(0, MAX_TERMS)
}

/** Names often carry entities ("Koffie &amp; taart"). */
export function plainTitle(name: string | undefined): string | undefined {
  return name && (htmlToText(name) || undefined)
}

/** Descriptions are plain text or HTML, depending on the plugin. */
export function body(description: string | undefined): Pick<ItemDraft, 'bodyHtml' | 'bodyText'> {
  if (!description) return {}
  return MARKUP.test(description) ? { bodyHtml: description } : { bodyText: description }
}

export function moment(value: string | undefined): string | undefined {
  return toAmsterdamIso(value) ?? undefined
}

/**
 * The item's own link (else the page's) and a key that tells it from the page's other items: its @id, its
 * own link, or the page and its title. Blank node ids (`_:b0`) are numbered afresh on every render.
 */
export function identity(id: string | undefined, url: string | undefined, title: string | undefined, page: PageContext) {
  const ownUrl = absoluteHttpUrl(url, page.base) ?? undefined
  const stableId = id?.startsWith('_:') ? undefined : id
  return { url: ownUrl ?? page.url, key: stableId ?? ownUrl ?? `${page.url}#${title ?? ''}` }
}
