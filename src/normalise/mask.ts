import { findPhoneNumbersInText } from 'libphonenumber-js'
import { isValidIBAN } from 'ibantools'

export const EMAIL_PLACEHOLDER = '[e-mail verborgen]'
export const PHONE_PLACEHOLDER = '[telefoonnummer verborgen]'
export const IBAN_PLACEHOLDER = '[IBAN verborgen]'

// Also the obfuscated forms people type to dodge scrapers: "jan [at] voorbeeld [punt] nl", "jan(at)voorbeeld.nl".
const AT = String.raw`(?:@|\s?[[({]\s?(?:at|apenstaartje)\s?[\])}]\s?)`
const DOT = String.raw`(?:\.|\s?[[({]\s?(?:dot|punt)\s?[\])}]\s?)`
const EMAIL = new RegExp(String.raw`[\p{L}\p{N}._%+-]+${AT}[\p{L}\p{N}-]+(?:${DOT}[\p{L}\p{N}-]+)*${DOT}\p{L}{2,}`, 'giu')

// Country code, check digits, then 11 to 30 letters or digits, compact or in groups of four.
const IBAN_CANDIDATE = /\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]){11,30}\b/gi
const MIN_IBAN_LENGTH = 15

/** Masks e-mail addresses, IBANs and phone numbers in free text. */
export function maskContactData(text: string): string {
  return maskPhoneNumbers(maskEmailsAndIbans(text))
}

/**
 * Whether text holds an e-mail address, an IBAN, or a phone number written with its prefix (0, 00 or +,
 * maybe in brackets). Stricter than masking about bare digits: in a URL, /hulpvragen/123456 is an id,
 * though without a leading 0 it reads as a valid Dutch number.
 */
export function hasPrefixedContactData(text: string): boolean {
  return maskEmailsAndIbans(text) !== text || phoneNumbersIn(text).some(({ startsAt }) => /[0+(]/.test(text.charAt(startsAt)))
}

/** IBANs go before phone numbers: the account part of a Dutch IBAN reads as a valid landline number. */
function maskEmailsAndIbans(text: string): string {
  return maskIbans(text.replace(EMAIL, EMAIL_PLACEHOLDER))
}

function maskIbans(text: string): string {
  const candidates = new RegExp(IBAN_CANDIDATE)
  let masked = ''
  let done = 0
  for (let match = candidates.exec(text); match; match = candidates.exec(text)) {
    const length = validIbanLength(match[0])
    // Go on right after a masked IBAN, where another may start ("NL91ABNA0417164300 NL20 INGB …"), or one
    // character further when there was none: an IBAN may start later in the run ("AB12 NL91ABNA…").
    candidates.lastIndex = match.index + (length || 1)
    if (length) {
      masked += text.slice(done, match.index) + IBAN_PLACEHOLDER
      done = match.index + length
    }
  }
  return masked + text.slice(done)
}

/** The pattern is greedy ("NL91 ABNA 0417 1643 00 op naam"): the length of the longest prefix that validates, or 0. */
function validIbanLength(candidate: string): number {
  for (let end = candidate.length; end >= MIN_IBAN_LENGTH; end--) {
    const prefix = candidate.slice(0, end)
    if (!prefix.endsWith(' ') && isValidIBAN(prefix.replaceAll(' ', '').toUpperCase())) return end
  }
  return 0
}

const phoneNumbersIn = (text: string) => findPhoneNumbersInText(text, { defaultCountry: 'NL' })

/** Only numbers that are valid for their country match, so dates, times, postcodes and prices stay. */
function maskPhoneNumbers(text: string): string {
  let masked = text
  for (const { startsAt, endsAt } of phoneNumbersIn(text).reverse()) {
    masked = masked.slice(0, startsAt) + PHONE_PLACEHOLDER + masked.slice(endsAt)
  }
  return masked
}
