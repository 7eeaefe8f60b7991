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

/** A Retry-After header (delay in seconds or an HTTP date) as seconds from now, or null when absent or unreadable. */
export function retryAfterSeconds(retryAfter: string | null, now: Date): number | null {
  if (retryAfter === null) return null
  const trimmed = retryAfter.trim()
  if (/^\d+$/.test(trimmed)) return Number(trimmed)
  const date = Date.parse(trimmed)
  if (Number.isNaN(date)) return null
  return Math.max(0, Math.ceil((date - now.getTime()) / 1000))
}
