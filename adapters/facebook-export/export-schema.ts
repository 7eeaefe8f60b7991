import { z } from 'zod'
import { DocumentParseError } from '../../src/domain/adapter.ts'

// Year 9999: a bound on the dates a document can make us build.
const unixSeconds = z.number().int().min(0).max(253_402_300_799)

// Only what the adapter reads is typed; other keys (tags, comments, places) pass unread.
const groupPostSchema = z.object({
  timestamp: unixSeconds,
  title: z.string().optional(),
  data: z.array(z.object({ post: z.string().optional(), update_timestamp: unixSeconds.optional() })).optional(),
  attachments: z.array(
    z.object({
      data: z.array(z.object({ external_context: z.object({ url: z.string().optional(), name: z.string().optional() }).optional() })).optional(),
    }),
  ).optional(),
})
export type GroupPost = z.infer<typeof groupPostSchema>

const groupPosts = z.array(groupPostSchema)
// your_posts_in_groups.json (and the older groups/your_posts_and_comments_in_groups.json) ...
const currentExport = z.object({ group_posts_v2: groupPosts })
// ... and the exports before group_posts_v2.
const legacyExport = z.object({ group_posts: z.object({ activity_log_data: groupPosts }) })

/** The group posts of a "Download your information" export; DocumentParseError names a field of the wrong type. */
export function readGroupPosts(text: string): GroupPost[] {
  let json: unknown
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new DocumentParseError(`not valid JSON: ${(error as Error).message}`)
  }
  const isLegacy = typeof json === 'object' && json !== null && 'group_posts' in json && !('group_posts_v2' in json)
  const parsed = isLegacy ? legacyExport.safeParse(json) : currentExport.safeParse(json)
  if (!parsed.success) {
    throw new DocumentParseError(`not a Facebook group posts export: ${z.prettifyError(parsed.error).replace(/\s*\n\s*/g, ' ')}`)
  }
  return 'group_posts_v2' in parsed.data ? parsed.data.group_posts_v2 : parsed.data.group_posts.activity_log_data
}
