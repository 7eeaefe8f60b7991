/** The media type of a Content-Type header without parameters, lower case, or null. */
export function mediaType(contentType: string | null): string | null {
  const type = contentType?.split(';')[0]?.trim().toLowerCase()
  return type ? type : null
}

/** `max-age` of a Cache-Control header in seconds, or null when absent. */
export function maxAgeSeconds(cacheControl: string | null): number | null {
  const value = cacheControl?.match(/(?:^|,)\s*max-age\s*=\s*"?(\d+)"?\s*(?:,|$)/i)?.[1]
  return value === undefined ? null : Number(value)
}

/** A server may ask us to wait, but not to park a source for ever: a longer Retry-After counts as a week. */
export const MAX_RETRY_AFTER_SECONDS = 7 * 24 * 60 * 60

/** A Retry-After header (delay in seconds or an HTTP date) as seconds from now, at most a week; null when absent or unreadable. */
export function retryAfterSeconds(retryAfter: string | null, now: Date): number | null {
  if (retryAfter === null) return null
  const trimmed = retryAfter.trim()
  const seconds = /^\d+$/.test(trimmed) ? Number(trimmed) : Math.ceil((Date.parse(trimmed) - now.getTime()) / 1000)
  if (Number.isNaN(seconds)) return null
  return Math.min(MAX_RETRY_AFTER_SECONDS, Math.max(0, seconds))
}
