import type { Location } from '../domain/item.ts'

/**
 * A Dutch postcode in free text: four digits not starting with 0, a space or not, two capitals (so "sinds 1985
 * in" or "om 1930 uur" is none); SA, SD and SS are never issued. Groups: the digits, the letters.
 */
export const TEXT_POSTCODE = String.raw`\b([1-9]\d{3}) ?(?!SA|SD|SS)([A-Z]{2})\b`
const POSTCODE = new RegExp(TEXT_POSTCODE)

/**
 * A free-text place ("Buurthuis De Linde, Kerkstraat 2, 3572 CD Voorbeeldstad") as a location. With a Dutch
 * postcode in it, a leading part without digits is the venue name and the rest the address.
 */
export function locationFromText(text: string): Location | null {
  const place = text.replace(/\s+/g, ' ').trim()
  if (!place) return null
  const postcode = POSTCODE.exec(place)
  if (!postcode) return { name: place }
  const [first = '', ...rest] = place.split(',').map((part) => part.trim())
  const hasVenueName = rest.length > 0 && !/\d/.test(first)
  return {
    ...(hasVenueName ? { name: first, address: rest.join(', ') } : { address: place }),
    postcode: `${postcode[1]} ${postcode[2]}`,
  }
}
