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
  return maskPhoneNumbers(maskIbans(text.replace(EMAIL, EMAIL_PLACEHOLDER)))
}

/** IBANs go before phone numbers: the account part of a Dutch IBAN reads as a valid landline number. */
function maskIbans(text: string): string {
  return text.replace(IBAN_CANDIDATE, (candidate) => {
    // The pattern is greedy ("NL91 ABNA 0417 1643 00 op naam"): keep the longest prefix that validates.
    for (let end = candidate.length; end >= MIN_IBAN_LENGTH; end--) {
      const prefix = candidate.slice(0, end)
      if (!prefix.endsWith(' ') && isValidIBAN(prefix.replaceAll(' ', '').toUpperCase())) {
        return IBAN_PLACEHOLDER + candidate.slice(end)
      }
    }
    return candidate
  })
}

/** Only numbers that are valid for their country match, so dates, times, postcodes and prices stay. */
function maskPhoneNumbers(text: string): string {
  const found = findPhoneNumbersInText(text, { defaultCountry: 'NL' })
  let masked = text
  for (const { startsAt, endsAt } of found.reverse()) {
    masked = masked.slice(0, startsAt) + PHONE_PLACEHOLDER + masked.slice(endsAt)
  }
  return masked
}
