/**
 * A place name for comparing: lower case, accents and apostrophes out, ligatures written out ("Ĳsselmonde" ->
 * "ijsselmonde"), words separated by one space ("'s-Hertogenbosch" -> "s hertogenbosch", "West (Roosendaal)" ->
 * "west roosendaal").
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/ß/g, 'ss')
    .replace(/['’`´]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '')
    .join(' ')
}

/** A wijk slug from a name: "Oud-West (Roosendaal)" -> "oud-west-roosendaal". */
export function slugFromName(name: string): string {
  return foldName(name).replace(/[^a-z0-9 ]/g, '').trim().replace(/ +/g, '-')
}
