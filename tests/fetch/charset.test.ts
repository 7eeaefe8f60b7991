import { describe, expect, it } from 'vitest'
import { decodeBody } from '../../src/fetch/index.ts'

const bytes = (...parts: Array<string | number[]>): Uint8Array => Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part, 'latin1') : Buffer.from(part))))
const CAFE_1252 = [0x43, 0x61, 0x66, 0xe9]
const CAFE_UTF8 = [0x43, 0x61, 0x66, 0xc3, 0xa9]

describe('decodeBody', () => {
  it('uses the charset of the Content-Type header', () => {
    expect(decodeBody(bytes(CAFE_1252), 'text/html; charset="Windows-1252"')).toBe('Café')
    expect(decodeBody(bytes(CAFE_UTF8), 'text/html;charset=UTF-8')).toBe('Café')
  })

  it('decodes the windows-1252 characters of 0x80-0x9F that Latin-1 lacks', () => {
    expect(decodeBody(bytes([0x80, 0x85, 0x91, 0x92, 0x93, 0x94, 0x96, 0x97, 0x99, 0x9f]), 'text/plain; charset=cp1252')).toBe('€…‘’“”–—™Ÿ')
  })

  it('decodes other single-byte encodings through TextDecoder', () => {
    expect(decodeBody(bytes([0xa4]), 'text/plain; charset=iso-8859-15')).toBe('€')
  })

  it('falls back to the XML prolog, then the HTML meta tag', () => {
    expect(decodeBody(bytes(`<?xml version='1.0' encoding='ISO-8859-1'?>\n<a>`, CAFE_1252, '</a>'), null)).toBe("<?xml version='1.0' encoding='ISO-8859-1'?>\n<a>Café</a>")
    expect(decodeBody(bytes('<html><head><meta charset=windows-1252>', CAFE_1252), 'text/html')).toContain('Café')
    expect(decodeBody(bytes('<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1"><p>', CAFE_1252), null)).toContain('<p>Café')
  })

  it('prefers the header over what the document declares', () => {
    expect(decodeBody(bytes('<?xml version="1.0" encoding="windows-1252"?>', CAFE_UTF8), 'application/xml; charset=utf-8')).toContain('Café')
  })

  it('lets a byte order mark win and strips it', () => {
    expect(decodeBody(bytes([0xef, 0xbb, 0xbf], CAFE_UTF8), 'text/plain; charset=windows-1252')).toBe('Café')
    expect(decodeBody(bytes([0xff, 0xfe, 0x43, 0x00, 0xe9, 0x00]), null)).toBe('Cé')
  })

  it('defaults to UTF-8, also for unknown labels and for a UTF-16 declaration in ASCII bytes', () => {
    expect(decodeBody(bytes(CAFE_UTF8), null)).toBe('Café')
    expect(decodeBody(bytes(CAFE_UTF8), 'text/plain; charset=x-klingon')).toBe('Café')
    expect(decodeBody(bytes('<?xml version="1.0" encoding="UTF-16"?><a>', CAFE_UTF8, '</a>'), null)).toContain('<a>Café</a>')
  })

  it('only looks for a declaration near the start', () => {
    expect(decodeBody(bytes(' '.repeat(2000), '<meta charset="windows-1252">', CAFE_UTF8), null)).toContain('Café')
  })
})
