import { Buffer } from 'node:buffer'
import { isValidPhoneNumber } from 'libphonenumber-js'
import { hasPrefixedContactData } from './mask.ts'

// Chat links that open a conversation with a number, written in international form without its plus:
// wa.me/31612345678, api.whatsapp.com/send?phone=31612345678, t.me/+31612345678.
const CHAT_HOSTS = new Set(['wa.me', 'api.whatsapp.com', 'web.whatsapp.com', 't.me', 'telegram.me'])

/** `value` made absolute against `base` when it is an http(s) URL afterwards; null otherwise (javascript:, mailto:, junk). */
export function absoluteHttpUrl(value: string | undefined, base: string): string | null {
  if (!value?.trim()) return null
  try {
    const url = new URL(value.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}

/** Whether an absolute URL holds an e-mail address, a phone number or an IBAN, percent-encoded or not. */
export function urlHasContactData(href: string): boolean {
  // `+` is a plus ("?tel=+31612345678") or, form-encoded, a space ("?tel=06+12+34+56+78").
  const readings = [href, href.replaceAll('+', ' ')].map(percentDecoded)
  return readings.some(hasPrefixedContactData) || (CHAT_HOSTS.has(new URL(href).hostname) && hasInternationalNumber(href))
}

/** Percent escapes as the UTF-8 text they stand for; bytes that are no UTF-8 become U+FFFD instead of stopping the rest. */
const percentDecoded = (text: string) =>
  text.replace(/(?:%[0-9A-F]{2})+/gi, (escapes) => Buffer.from(escapes.replaceAll('%', ''), 'hex').toString('utf8'))

const hasInternationalNumber = (text: string) => (text.match(/\d{7,15}/g) ?? []).some((digits) => isValidPhoneNumber(`+${digits}`))
