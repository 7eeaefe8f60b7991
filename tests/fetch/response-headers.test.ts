import { describe, expect, it } from 'vitest'
import { maxAgeSeconds, mediaType, retryAfterSeconds } from '../../src/fetch/response-headers.ts'

describe('response headers', () => {
  it('takes the media type without parameters, in lower case', () => {
    expect(mediaType('Application/Atom+XML; charset=UTF-8')).toBe('application/atom+xml')
    expect(mediaType('')).toBeNull()
    expect(mediaType(null)).toBeNull()
  })

  it('reads max-age from Cache-Control', () => {
    expect(maxAgeSeconds('public, max-age=3600')).toBe(3600)
    expect(maxAgeSeconds('max-age="60", must-revalidate')).toBe(60)
    expect(maxAgeSeconds('s-maxage=600')).toBeNull()
    expect(maxAgeSeconds('no-cache')).toBeNull()
    expect(maxAgeSeconds(null)).toBeNull()
  })

  it('reads Retry-After as seconds or as a date', () => {
    const now = new Date('2025-11-04T10:00:00Z')
    expect(retryAfterSeconds('120', now)).toBe(120)
    expect(retryAfterSeconds('Tue, 04 Nov 2025 10:05:00 GMT', now)).toBe(300)
    expect(retryAfterSeconds('Tue, 04 Nov 2025 09:00:00 GMT', now)).toBe(0)
    expect(retryAfterSeconds('soon', now)).toBeNull()
    expect(retryAfterSeconds(null, now)).toBeNull()
    // A hostile server cannot park a source for ever, nor produce an invalid date.
    expect(retryAfterSeconds('99999999999999999999', now)).toBe(7 * 24 * 60 * 60)
    expect(retryAfterSeconds('Fri, 31 Dec 9999 23:59:59 GMT', now)).toBe(7 * 24 * 60 * 60)
  })
})
