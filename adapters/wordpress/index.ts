import { z } from 'zod'
import { defineAdapter } from '../../src/domain/adapter.ts'
import { firstPageRequests } from './api-requests.ts'
import { readEvents } from './events.ts'
import { nextPageRequest } from './pagination.ts'
import { readPosts } from './posts.ts'

const wordpressConfigSchema = z
  .strictObject({
    /** Blog posts from /wp-json/wp/v2/posts. */
    posts: z.boolean().default(true),
    /** Events from The Events Calendar plugin (/wp-json/tribe/events/v1/events). */
    events: z.boolean().default(true),
    perPage: z.number().int().min(1).max(50).default(20),
    maxPages: z.number().int().min(1).max(50).default(5),
  })
  .refine((config) => config.posts || config.events, { message: 'read posts, events or both' })
export type WordpressConfig = z.infer<typeof wordpressConfigSchema>

export const wordpressAdapter = defineAdapter<WordpressConfig>({
  id: 'wordpress',
  platform: 'wordpress',
  label: { nl: 'WordPress-buurtsite', en: 'WordPress neighbourhood site' },
  description: {
    nl: 'Leest berichten en agenda (The Events Calendar) van een WordPress-site via de REST API.',
    en: 'Reads the posts and agenda (The Events Calendar) of a WordPress site through its REST API.',
  },
  configSchema: wordpressConfigSchema,
  listing: 'window',
  example: { url: 'https://wijkcentrumhetanker.nl/', config: { posts: true, events: true, perPage: 20, maxPages: 5 } },
  plan: ({ url, config }) => firstPageRequests(url, config),
  parse(document, { config, request }) {
    // A saved document parsed without a role (the CLI) is told apart by its shape: posts come as a list.
    const role = request.role ?? (document.text.trimStart().startsWith('[') ? 'posts' : 'events')
    const page = role === 'posts' ? readPosts(document.text) : readEvents(document.text)
    const next = nextPageRequest(request, document, page, config.maxPages)
    return { items: page.items, follow: next ? [next] : [] }
  },
})
