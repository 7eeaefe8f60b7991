const POSTCODE = /^[1-9]\d{3}([A-Z]{2})?$/

/** A PC4 ("3572") or PC6 ("3572CD") without spaces, from "3572 cd" and the like; null when it is neither. */
export function normalisePostcode(value: string | undefined): string | null {
  const postcode = value?.replace(/\s+/g, '').toUpperCase()
  return postcode && POSTCODE.test(postcode) ? postcode : null
}
