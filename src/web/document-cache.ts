import { createHash } from 'node:crypto'

export interface Document {
  body: string
  contentType: string
}

export interface CachedDocument extends Document {
  /** The body in UTF-8, encoded once: a popular document is sent many times. */
  bytes: Uint8Array<ArrayBuffer>
  /** Strong ETag over the body. */
  etag: string
}

interface Entry {
  document: Promise<CachedDocument | null>
  expiresAt: number
}

/**
 * Serialised documents (feeds, search pages) kept for a short time, so a popular one is sent from ready bytes
 * with its ETag instead of being searched and serialised per request. Concurrent requests share one build.
 */
export class DocumentCache {
  private readonly entries = new Map<string, Entry>()

  constructor(
    private readonly options: { ttlMs: number; maxEntries: number; now: () => Date },
  ) {}

  /** The cached document, or builds it; `null` (nothing there) is not kept. `ttlMs` overrides the cache's own. */
  get(key: string, build: () => Promise<Document | null>, ttlMs = this.options.ttlMs): Promise<CachedDocument | null> {
    const now = this.options.now().getTime()
    const cached = this.entries.get(key)
    if (cached && cached.expiresAt > now) return cached.document
    const document = build().then((built) => {
      if (!built) return null
      const bytes = encoder.encode(built.body)
      return { ...built, bytes, etag: etagOf(bytes) }
    })
    this.entries.delete(key)
    this.entries.set(key, { document, expiresAt: now + ttlMs })
    const forget = () => {
      if (this.entries.get(key)?.document === document) this.entries.delete(key)
    }
    document.then((built) => {
      if (!built) forget()
    }, forget)
    // Map keeps insertion order: the first key is the oldest.
    if (this.entries.size > this.options.maxEntries) this.entries.delete(this.entries.keys().next().value!)
    return document
  }

  clear(): void {
    this.entries.clear()
  }
}

const encoder = new TextEncoder()

function etagOf(body: Uint8Array): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
}
