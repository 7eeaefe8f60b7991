import { z } from 'zod'
import { defineAdapter } from '../../src/domain/adapter.ts'
import type { FetchedDocument } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'
import { CATEGORIES, KINDS } from '../../src/domain/taxonomy.ts'
import { readJsonFeed } from './json-feed.ts'
import { readXmlFeed } from './xml-feed.ts'

const ACCEPT = 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, */*;q=0.8'

const feedConfigSchema = z.strictObject({
  /** What every item of this feed is, when the buurtmaker knows better than the keywords (an agenda: 'event'). */
  kind: z.enum(KINDS).optional(),
  categories: z.array(z.enum(CATEGORIES)).min(1).optional(),
})
export type FeedConfig = z.infer<typeof feedConfigSchema>

export const feedAdapter = defineAdapter<FeedConfig>({
  id: 'feed',
  platform: 'feed',
  label: { nl: 'RSS-, Atom- of JSON-feed', en: 'RSS, Atom or JSON feed' },
  description: {
    nl: 'Leest een RSS-, RDF-, Atom- of JSON-feed: buurtsites, Gebiedonline, Mobilizon, WordPress.',
    en: 'Reads an RSS, RDF, Atom or JSON Feed: buurtsites, Gebiedonline, Mobilizon, WordPress.',
  },
  configSchema: feedConfigSchema,
  listing: 'window',
  example: { url: 'https://buurtsite-voorbeeld.nl/rss.xml', config: {} },
  plan: ({ url }) => [{ url, headers: { Accept: ACCEPT } }],
  async parse(document, { config }) {
    const drafts = isJson(document) ? readJsonFeed(document.text) : await readXmlFeed(document.text, document.url)
    return { items: drafts.map((draft) => withOverrides(draft, config)) }
  },
})

function isJson(document: FetchedDocument): boolean {
  return Boolean(document.contentType?.includes('json')) || document.text.trimStart().startsWith('{')
}

function withOverrides(draft: ItemDraft, config: FeedConfig): ItemDraft {
  return {
    ...draft,
    ...(config.kind ? { kind: config.kind } : {}),
    ...(config.categories ? { categories: config.categories } : {}),
  }
}
