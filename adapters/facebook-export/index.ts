import { z } from 'zod'
import { defineAdapter } from '../../src/domain/adapter.ts'
import { repairDoubleEncoding } from './double-encoding.ts'
import { readGroupPosts } from './export-schema.ts'
import { postDraft } from './post-draft.ts'
import { readPostTitle, sameGroup } from './post-title.ts'

const facebookExportConfigSchema = z.strictObject({
  /** Only the posts in this group, by the name Facebook shows; without it, the posts in every group of the export. */
  group: z.string().trim().min(1).max(200).optional(),
  /** The export holds the posts of the member who made it: their name is shown only when they agree. */
  showAuthor: z.boolean().default(false),
})
export type FacebookExportConfig = z.infer<typeof facebookExportConfigSchema>

export const facebookExportAdapter = defineAdapter<FacebookExportConfig>({
  id: 'facebook-export',
  platform: 'facebook',
  label: { nl: 'Facebook-groep (export)', en: 'Facebook group (export)' },
  description: {
    nl: 'Leest eigen berichten in Facebook-groepen uit "Je informatie downloaden" (your_posts_in_groups.json); links naar de groep.',
    en: 'Reads your own Facebook group posts from "Download your information" (your_posts_in_groups.json); links to the group.',
  },
  configSchema: facebookExportConfigSchema,
  listing: 'complete',
  example: { url: 'file:///srv/uploads/your_posts_in_groups.json', config: { group: 'Prikbord Vogelbuurt', showAuthor: false } },
  plan: ({ url }) => [{ url }],
  parse(document, { config }) {
    // For an upload the runtime hands over the source's public site URL: the group residents are sent to.
    const items = readGroupPosts(document.text).flatMap((post) => {
      const title = post.title ? readPostTitle(repairDoubleEncoding(post.title)) : null
      if (config.group && !(title && sameGroup(title.group, config.group))) return []
      const draft = postDraft(post, document.url, config.showAuthor ? title?.poster : undefined)
      return draft ? [draft] : []
    })
    return { items }
  },
})
