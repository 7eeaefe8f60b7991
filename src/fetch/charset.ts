import iconv from 'iconv-lite'

// Declarations must sit near the start of a document; browsers look at the first 1024 bytes.
const SNIFF_BYTES = 1024
const XML_PROLOG = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([^"']+)["']/i
const HTML_META = /<meta\b[^>]*\bcharset\s*=\s*["']?([\w.:-]+)/i

const BYTE_ORDER_MARKS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xfe, 0xff], 'utf-16be'],
  [[0xff, 0xfe], 'utf-16le'],
]

/**
 * Decodes a document body to text. The encoding comes from a byte order mark, else the
 * Content-Type charset, else the XML prolog, else an HTML meta tag, else UTF-8.
 * Pass a null header for a saved file.
 */
export function decodeBody(bytes: Uint8Array, contentTypeHeader: string | null): string {
  const encoding = bomEncoding(bytes) ?? knownEncoding(headerCharset(contentTypeHeader)) ?? declaredEncoding(bytes) ?? 'utf-8'
  // iconv-lite rather than TextDecoder: Node 20.18.3+ decodes windows-1252 (the WHATWG meaning of
  // iso-8859-1 and latin1 too) as plain Latin-1, turning € and curly quotes into controls (nodejs/node#60888).
  if (iconv.encodingExists(encoding)) return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding)
  return new TextDecoder(encoding).decode(bytes)
}

function bomEncoding(bytes: Uint8Array): string | null {
  const match = BYTE_ORDER_MARKS.find(([mark]) => mark.every((byte, index) => bytes[index] === byte))
  return match ? match[1] : null
}

function headerCharset(contentType: string | null): string | null {
  return contentType?.match(/;\s*charset\s*=\s*"?([^";\s]+)/i)?.[1] ?? null
}

/** The encoding a document declares in its own first bytes (XML prolog or HTML meta). */
function declaredEncoding(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, SNIFF_BYTES)).toString('latin1')
  const encoding = knownEncoding(head.match(XML_PROLOG)?.[1] ?? head.match(HTML_META)?.[1] ?? null)
  // The declaration was readable as ASCII, so the document cannot really be UTF-16.
  return encoding?.startsWith('utf-16') ? 'utf-8' : encoding
}

/** The WHATWG name for an encoding label (iso-8859-1 is windows-1252), or null when missing or unknown. */
function knownEncoding(label: string | null): string | null {
  if (label === null) return null
  try {
    return new TextDecoder(label.trim()).encoding
  } catch {
    return null
  }
}
