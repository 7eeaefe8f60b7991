import { z } from 'zod'
import type { ItemDraft } from '../../src/domain/item.ts'
import { htmlToText } from '../../src/normalise/text.ts'
import { utcDate } from './dates.ts'
import type { ListingPage } from './pagination.ts'
import { pageOf, readRestJson } from './rest-json.ts'

export const POST_FIELDS = 'id,link,title,content,excerpt,date_gmt,modified_gmt'

const rendered = z.object({ rendered: z.string() })

const postsSchema = pageOf(
  z.object({
    id: z.number().int(),
    link: z.string(),
    title: rendered,
    content: rendered.nullish(),
    excerpt: rendered.nullish(),
    date_gmt: z.string().nullish(),
    modified_gmt: z.string().nullish(),
  }),
)
type Post = z.infer<typeof postsSchema>[number]

/** One page of `/wp-json/wp/v2/posts`; the total page count comes in a header only. */
export function readPosts(text: string): ListingPage {
  const posts = readRestJson(text, postsSchema, { name: 'WordPress posts API', option: 'posts' })
  return { items: posts.map(postDraft) }
}

function postDraft(post: Post): ItemDraft {
  const content = post.content?.rendered.trim() || undefined
  const excerpt = post.excerpt?.rendered.trim() || undefined
  return {
    externalId: String(post.id),
    url: post.link,
    // Rendered titles carry entities and the odd tag ("Koffie &amp; taart").
    title: htmlToText(post.title.rendered) || undefined,
    bodyHtml: content ?? excerpt,
    summary: content ? excerpt : undefined,
    publishedAt: utcDate(post.date_gmt),
    updatedAt: utcDate(post.modified_gmt),
  }
}
