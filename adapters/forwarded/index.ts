import { z } from 'zod'
import { defineAdapter, DocumentParseError } from '../../src/domain/adapter.ts'
import { shortHash } from '../../src/normalise/index.ts'
import { FORWARDED_PLATFORMS, postSchema } from './submission.ts'

const forwardedConfigSchema = z.strictObject({ platform: z.enum(FORWARDED_PLATFORMS) })
export type ForwardedConfig = z.infer<typeof forwardedConfigSchema>

/**
 * Posts from closed platforms (Facebook groups, Hoplr, Nextdoor, WeHelpen) that a buurtverbinder forwards
 * one by one (`POST /api/submissions`, `buurtfeed submit`). The "document" is the forwarded post itself.
 */
export const forwardedAdapter = defineAdapter<ForwardedConfig>({
  id: 'forwarded',
  platform: 'forwarded',
  label: { nl: 'Doorgestuurde berichten', en: 'Forwarded posts' },
  description: {
    nl: 'Losse berichten uit gesloten groepen (Facebook, Hoplr, Nextdoor, WeHelpen), doorgestuurd door een buurtverbinder.',
    en: 'Single posts from closed groups (Facebook, Hoplr, Nextdoor, WeHelpen), forwarded by a buurtverbinder.',
  },
  configSchema: forwardedConfigSchema,
  example: { url: 'https://www.facebook.com/groups/prikbordvogelbuurt', config: { platform: 'facebook' } },
  pushed: true,
  platformOf: (config) => config.platform,
  plan: () => [],
  parse(document) {
    let json: unknown
    try {
      json = JSON.parse(document.text)
    } catch {
      throw new DocumentParseError('a forwarded post must be JSON')
    }
    const parsed = postSchema.safeParse(json)
    if (!parsed.success) throw new DocumentParseError(z.prettifyError(parsed.error).replace(/\n/g, ' '))
    const post = parsed.data
    return {
      items: [
        {
          // Without a link of its own, the same text at the same moment is the same post.
          externalId: post.link ?? shortHash(`${post.postedAt ?? ''}\n${post.text}`, 24),
          url: post.link ?? document.url,
          bodyText: post.text,
          ...(post.title ? { title: post.title } : {}),
          ...(post.postedAt ? { publishedAt: post.postedAt } : {}),
          ...(post.kind ? { kind: post.kind } : {}),
          ...(post.author ? { author: post.author } : {}),
        },
      ],
    }
  },
})
