import { foldAccents } from '../normalise/text.ts'

/**
 * A place name for comparing: lower case, accents and apostrophes out, ligatures written out ("Ĳsselmonde" ->
 * "ijsselmonde"), words separated by one space ("'s-Hertogenbosch" -> "s hertogenbosch", "West (Roosendaal)" ->
 * "west roosendaal").
 */
export function foldName(name: string): string {
  return foldAccents(name.normalize('NFKD'))
    .replace(/ß/g, 'ss')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join(' ')
}

/** A wijk slug from a name: "Oud-West (Roosendaal)" -> "oud-west-roosendaal". */
export function slugFromName(name: string): string {
  return foldName(name).replace(/[^a-z0-9 ]/g, '').trim().replace(/ +/g, '-')
}
