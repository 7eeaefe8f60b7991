import { z } from 'zod'
import { defineAdapter } from '../../src/domain/adapter.ts'
import { feedAdapter } from '../feed/index.ts'
import { readPage } from './read-page.ts'

export { discoverFeeds } from './discover-feeds.ts'
export type { DiscoveredFeed } from './discover-feeds.ts'

const jsonldConfigSchema = z.strictObject({
  /** Read the feed the page links to (`<link rel="alternate">`) when the page itself has no schema.org items. */
  discoverFeeds: z.boolean().default(true),
})
export type JsonldConfig = z.infer<typeof jsonldConfigSchema>

export const jsonldAdapter = defineAdapter<JsonldConfig>({
  id: 'jsonld',
  platform: 'jsonld',
  label: { nl: 'Webpagina (schema.org)', en: 'Web page (schema.org)' },
  description: {
    nl: 'Leest activiteiten en nieuws uit de schema.org-gegevens (JSON-LD) van een webpagina, of anders de feed waar de pagina naar verwijst.',
    en: "Reads events and news from a web page's schema.org data (JSON-LD), or else the feed the page links to.",
  },
  configSchema: jsonldConfigSchema,
  listing: 'window',
  example: { url: 'https://bibliotheekvoorbeeldstad.nl/agenda/taalcafe', config: { discoverFeeds: true } },
  plan: ({ url }) => [{ url, headers: { Accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.8' } }],
  // Only a discovered feed is parsed asynchronously (by the feed adapter's rss-parser).
  parse: (document, context) =>
    context.request.role === 'feed' ? feedAdapter.parse(document, { ...context, config: {} }) : readPage(document, context.config),
})
