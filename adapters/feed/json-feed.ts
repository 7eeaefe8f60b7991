import { z } from 'zod'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'

const author = z.object({ name: z.string().nullish() })

// Lenient where feeds are sloppy (null for absent, numeric ids), strict where a wrong type means a broken feed.
const jsonFeedSchema = z.object({
  version: z.string().regex(/^https?:\/\/jsonfeed\.org\/version\//, 'not a JSON Feed version URL'),
  items: z.array(
    z.object({
      id: z.union([z.string(), z.number()]).nullish(),
      url: z.string().nullish(),
      external_url: z.string().nullish(),
      title: z.string().nullish(),
      content_html: z.string().nullish(),
      content_text: z.string().nullish(),
      summary: z.string().nullish(),
      date_published: z.string().nullish(),
      date_modified: z.string().nullish(),
      author: author.nullish(),
      authors: z.array(author).nullish(),
      tags: z.array(z.string()).nullish(),
    }),
  ),
})

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
export function readJsonFeed(text: string): ItemDraft[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new DocumentParseError(`not valid JSON: ${(error as Error).message}`)
  }
  const feed = jsonFeedSchema.safeParse(json)
  if (!feed.success) throw new DocumentParseError(`not a JSON Feed: ${z.prettifyError(feed.error).replace(/\s*\n\s*/g, ' ')}`)
  return feed.data.items.map((item) => ({
    externalId: item.id === null || item.id === undefined ? undefined : String(item.id),
    url: item.url ?? item.external_url ?? undefined,
    title: item.title ?? undefined,
    bodyHtml: item.content_html ?? undefined,
    bodyText: item.content_html ? undefined : item.content_text ?? undefined,
    summary: item.summary ?? undefined,
    author: (item.authors?.[0] ?? item.author)?.name ?? undefined,
    publishedAt: item.date_published ?? undefined,
    updatedAt: item.date_modified ?? undefined,
    sourceCategories: item.tags ?? [],
  }))
}
