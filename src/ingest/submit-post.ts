import type { Kysely } from 'kysely'
import { z } from 'zod'
import { forwardedAdapter } from '../../adapters/forwarded/index.ts'
import { submissionSchema } from '../../adapters/forwarded/submission.ts'
import type { Item } from '../domain/item.ts'
import { normaliseDraft } from '../normalise/index.ts'
import { reclusterWijken } from '../store/clusters.ts'
import { findItem, upsertItems } from '../store/items.ts'
import type { Database } from '../store/schema.ts'
import { findSource, recordSuccess, type Source } from '../store/sources.ts'
import { findWijk } from '../store/wijken.ts'
import { createSource } from '../sources/create-source.ts'

/** The forwarded post is not acceptable: a missing field, an unknown wijk, or it was taken down before. */
export class InvalidSubmissionError extends Error {
  override readonly name = 'InvalidSubmissionError'
  /** @param refused true when the post itself is fine but a buurtmaker took it out of the feed before. */
  constructor(message: string, readonly refused = false) {
    super(message)
  }
}

/**
 * Stores one post a buurtverbinder forwards from a closed platform, under a source for its group (made on
 * first use), normalised like every fetched item. Forwarding it again updates it, never duplicates it.
 */
export async function submitPost(db: Kysely<Database>, input: unknown, now: Date = new Date()): Promise<Item> {
  const parsed = submissionSchema.safeParse(input)
  if (!parsed.success) throw new InvalidSubmissionError(z.prettifyError(parsed.error).replace(/\n/g, ' '))
  const { wijk: wijkSlug, platform, group, ...post } = parsed.data
  const wijk = await findWijk(db, wijkSlug)
  if (!wijk) throw new InvalidSubmissionError(`unknown wijk '${wijkSlug}'`)
  const source = await groupSource(db, { wijk: wijkSlug, platform, group })

  const text = JSON.stringify(post)
  const document = { url: group.url, status: 200, contentType: 'application/json', headers: {}, text, bytes: new TextEncoder().encode(text) }
  const sourceRef = { id: source.id, name: source.name, url: group.url }
  const { items } = await forwardedAdapter.parse(document, { config: { platform }, request: { url: group.url }, source: sourceRef, now })
  const normalised = items.map((draft) => normaliseDraft(draft, { source: sourceRef, platform, documentUrl: group.url, wijk: { slug: wijk.slug, name: wijk.name }, now }))
  const stored = await upsertItems(db, source.id, normalised)
  if (stored.tombstoned > 0) throw new InvalidSubmissionError('this post was taken down or removed before and stays out of the feed', true)
  // A forwarded post is often a copy of one Buurtfeed already has from another platform.
  if (stored.inserted + stored.updated > 0) await reclusterWijken(db, [wijk.slug], now)
  await recordSuccess(db, source.id, { at: now, nextCheckAt: now, itemCount: null })
  const item = await findItem(db, normalised[0]!.item.id, now)
  if (!item) throw new InvalidSubmissionError('this post was hidden by a buurtmaker and stays out of the feed', true)
  return item
}

async function groupSource(db: Kysely<Database>, group: { wijk: string; platform: string; group: { name: string; url: string } }): Promise<Source> {
  const existing = await db
    .selectFrom('sources')
    .select('id')
    .where('adapter', '=', forwardedAdapter.id)
    .where('url', '=', group.group.url)
    .where('wijk_slug', '=', group.wijk)
    .executeTakeFirst()
  if (existing) return (await findSource(db, existing.id))!
  return createSource(db, {
    adapter: forwardedAdapter.id,
    url: group.group.url,
    siteUrl: group.group.url,
    wijk: group.wijk,
    name: group.group.name,
    config: { platform: group.platform },
  })
}
