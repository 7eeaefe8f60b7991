import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { DocumentRequest, FetchedDocument, ParseResult } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'
import { feedAdapter } from '../feed/index.ts'
import { articleDraft, isArticle } from './article.ts'
import { feedLinks } from './discover-feeds.ts'
import { eventDraft, isEvent } from './event.ts'
import { readGraph, typesOf } from './graph.ts'
import { loadHtml, pageBase } from './html.ts'
import type { JsonldConfig } from './index.ts'
import { readJsonLdBlocks } from './read-blocks.ts'
import type { PageContext } from './values.ts'

const MAX_ITEMS = 200

/** The page's schema.org events and articles; without any, the first feed it links to, to be read next. */
export function readPage(document: FetchedDocument, config: JsonldConfig): ParseResult {
  const $ = loadHtml(document.text)
  const base = pageBase($, document.url)
  const blocks = readJsonLdBlocks($)
  const items = schemaOrgDrafts({ url: document.url, base, graph: readGraph(blocks) })
  if (items.length > 0) return { items }
  const [feed] = config.discoverFeeds ? feedLinks($, base) : []
  if (feed) return { items, follow: [feedRequest(feed.url)] }
  // A page with JSON-LD but no events now is honestly empty; one without any is not what this adapter reads.
  if (blocks.length === 0) {
    throw new DocumentParseError(`no schema.org JSON-LD${config.discoverFeeds ? ' and no feed link' : ''} in the page`)
  }
  return { items }
}

function schemaOrgDrafts(page: PageContext): ItemDraft[] {
  const drafts: ItemDraft[] = []
  for (const node of page.graph.nodes) {
    if (drafts.length >= MAX_ITEMS) break
    const types = typesOf(node)
    const draft = isEvent(types) ? eventDraft(node, page) : isArticle(types) ? articleDraft(node, page) : undefined
    if (draft && (draft.title || draft.bodyHtml || draft.bodyText)) drafts.push(draft)
  }
  return drafts
}

/** The feed adapter's own request (its Accept header), marked so the feed is parsed as a feed. */
function feedRequest(url: string): DocumentRequest {
  const [request] = feedAdapter.plan({ url, config: {} })
  return { ...request, url, role: 'feed' }
}
