import type { ItemDraft } from '../../src/domain/item.ts'
import { toZonedIso } from '../../src/domain/time.ts'
import { absoluteHttpUrl, escapeHtml, textToHtml } from '../../src/normalise/index.ts'
import { repairDoubleEncoding } from './double-encoding.ts'
import type { GroupPost } from './export-schema.ts'
import { shortHash } from '../../src/normalise/index.ts'

interface AttachedLink {
  url: string
  name: string
}

/**
 * One group post as a draft: its text with the links attached to it, linking back to the group (the export has
 * no post id or URL). Null for a post with neither text nor a link (a photo alone).
 */
export function postDraft(post: GroupPost, groupUrl: string, author: string | undefined): ItemDraft | null {
  const text = (post.data ?? [])
    .map((entry) => repairDoubleEncoding(entry.post ?? '').trim())
    .filter(Boolean)
    .join('\n\n')
  const links = attachedLinks(post, groupUrl)
  if (!text && links.length === 0) return null
  const updatedAt = (post.data ?? []).reduce((latest, entry) => Math.max(latest, entry.update_timestamp ?? 0), 0)
  return {
    externalId: `${post.timestamp}-${shortHash([text, ...links.map((link) => link.url)].join('\n'))}`,
    url: groupUrl,
    bodyHtml: textToHtml(text) + links.map(({ url, name }) => `<p><a href="${escapeHtml(url)}">${escapeHtml(name || url)}</a></p>`).join(''),
    publishedAt: fromUnixSeconds(post.timestamp),
    ...(updatedAt > post.timestamp ? { updatedAt: fromUnixSeconds(updatedAt) } : {}),
    ...(author ? { author } : {}),
  }
}

/** The http(s) links shared with the post (external_context), each once; photos and videos stay in the export. */
function attachedLinks(post: GroupPost, groupUrl: string): AttachedLink[] {
  const links = new Map<string, string>()
  for (const attachment of post.attachments ?? []) {
    for (const { external_context: context } of attachment.data ?? []) {
      const url = absoluteHttpUrl(context?.url, groupUrl)
      if (url && !links.has(url)) links.set(url, repairDoubleEncoding(context?.name ?? '').trim())
    }
  }
  return [...links].map(([url, name]) => ({ url, name }))
}

function fromUnixSeconds(seconds: number): string {
  return toZonedIso(new Date(seconds * 1000))
}
