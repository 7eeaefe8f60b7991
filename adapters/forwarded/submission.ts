import { z } from 'zod'
import { KINDS } from '../../src/domain/taxonomy.ts'

/** Closed platforms a buurtverbinder forwards single posts from. */
export const FORWARDED_PLATFORMS = ['facebook', 'hoplr', 'nextdoor', 'wehelpen', 'whatsapp', 'overig'] as const

const httpUrl = (what: string) => z.url({ protocol: /^https?$/, error: `${what} must be an http(s) URL` })

/** One post as a person forwards it: its text, where it was posted, and a link to it where it has one. */
export const postSchema = z.strictObject({
  text: z.string().trim().min(1, 'text is empty').max(20_000),
  /** The post's own address on its platform; without it items link to the group. */
  link: httpUrl('link').optional(),
  title: z.string().trim().min(1).max(300).optional(),
  postedAt: z.union([z.iso.datetime({ offset: true }), z.iso.datetime({ local: true }), z.iso.date()]).optional(),
  kind: z.enum(KINDS).optional(),
  /** Only a display name the poster shows publicly; never a phone number. */
  author: z.string().trim().min(1).max(100).optional(),
})
export type ForwardedPost = z.infer<typeof postSchema>

export const submissionSchema = postSchema.extend({
  wijk: z.string().min(1),
  platform: z.enum(FORWARDED_PLATFORMS),
  group: z.strictObject({ name: z.string().trim().min(1).max(200), url: httpUrl('group.url') }),
})
export type Submission = z.infer<typeof submissionSchema>
