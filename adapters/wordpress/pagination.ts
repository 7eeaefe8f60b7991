import type { DocumentRequest, FetchedDocument } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'

/** One page of a WordPress listing, with what its body says about more pages. */
export interface ListingPage {
  items: ItemDraft[]
  /** The Events Calendar's `next_rest_url`. */
  hasNextLink?: boolean
  /** The Events Calendar's `total_pages`. */
  totalPages?: number
}

const PAGE_PARAMETER = /([?&]page=)(\d+)/

/**
 * The request for the next page while the body (next link, total pages) or the X-WP-TotalPages /
 * X-TEC-TotalPages header says there is one, up to `maxPages`. The page number is read from our own
 * request URL, never from a link in the document.
 */
export function nextPageRequest(request: DocumentRequest, document: FetchedDocument, page: ListingPage, maxPages: number): DocumentRequest | undefined {
  const match = PAGE_PARAMETER.exec(request.url)
  if (!match || page.items.length === 0) return undefined
  const current = Number(match[2])
  const totalPages = page.totalPages ?? headerCount(document.headers['x-tec-totalpages'] ?? document.headers['x-wp-totalpages'])
  const hasMore = page.hasNextLink === true || (totalPages !== undefined && current < totalPages)
  if (!hasMore || current >= maxPages) return undefined
  return { ...request, url: request.url.replace(PAGE_PARAMETER, `$1${current + 1}`) }
}

function headerCount(value: string | undefined): number | undefined {
  const count = Number(value)
  return Number.isInteger(count) ? count : undefined
}
