import { createHash } from 'node:crypto'
import type { Item } from '../domain/item.ts'

const ID_LENGTH = 20

/** What identifies a post within its source, best first. */
export interface ItemIdentity {
  externalId?: string
  /** The post's own absolute URL (not a fallback to the source's). */
  url?: string | null
  title: string
  bodyText: string
}

/** Stable, URL-safe item id: the same post from the same source always gets the same id. */
export function itemId(sourceId: string, identity: ItemIdentity): string {
  const key = identity.externalId?.trim() || identity.url || sha256(`${identity.title}\n${identity.bodyText}`)
  return sha256(`${sourceId}\n${key}`).slice(0, ID_LENGTH)
}

/**
 * Hash over the normalised fields, so a store can skip rows that did not change. The cluster, `alsoOn` and
 * `followUp` come from the store, not from the post.
 */
export function contentHash(item: Item): string {
  const { alsoOn: _alsoOn, cluster: _cluster, followUp: _followUp, ...fields } = item
  return sha256(canonicalJson(fields))
}

/** A short hex digest, for a platform id made from content when the platform gives none. */
export function shortHash(text: string, length = 16): string {
  return sha256(text).slice(0, length)
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/** JSON with object keys sorted, so equal values always hash equally. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value)
      .filter(([, field]) => field !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, field]) => `${JSON.stringify(key)}:${canonicalJson(field)}`).join(',')}}`
  }
  return JSON.stringify(value)
}
