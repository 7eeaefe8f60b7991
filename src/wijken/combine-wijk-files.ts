import { foldName } from './fold-name.ts'
import { WijkFileError, type ImportedWijk } from './imported-wijk.ts'

/**
 * The wijken of a map (GeoJSON) and a postcode table together: a table wijk joins the map wijk with the
 * same CBS code, or else the same name in the same gemeente; the map names the gemeenten the table gives
 * only by code. With `gemeente` (a name, or a code like 1674 or GM1674) only that gemeente's wijken remain,
 * and wijken without any gemeente get it.
 */
export function combineWijkFiles(map: ImportedWijk[], table: ImportedWijk[], gemeente?: string): ImportedWijk[] {
  const years = new Set([...map, ...table].map((w) => w.cbsYear).filter((y) => y !== null))
  if (years.size > 1) throw new WijkFileError(`the GeoJSON and the postcode table are of different years (${[...years].sort().join(', ')}): use files of one year`)
  const [year = null] = years
  const gemeenteNames = new Map(map.flatMap((w) => (w.gemeenteCode && w.gemeente ? [[w.gemeenteCode, w.gemeente] as const] : [])))

  const combined = map.map((wijk) => ({ ...wijk, cbsYear: year }))
  for (const wijk of table) {
    const index = combined.findIndex((m) => sameWijk(m, wijk))
    const joined = combined[index]
    if (joined) {
      combined[index] = {
        ...joined,
        cbsCode: joined.cbsCode ?? wijk.cbsCode,
        gemeenteCode: joined.gemeenteCode ?? wijk.gemeenteCode,
        postcodes: [...new Set([...(joined.postcodes ?? []), ...(wijk.postcodes ?? [])])],
      }
    }
    else combined.push({ ...wijk, gemeente: wijk.gemeente ?? (wijk.gemeenteCode && gemeenteNames.get(wijk.gemeenteCode)) ?? null, cbsYear: year })
  }
  return gemeente === undefined ? combined : inGemeente(combined, gemeente)
}

function sameWijk(a: ImportedWijk, b: ImportedWijk): boolean {
  if (a.cbsCode && b.cbsCode) return a.cbsCode === b.cbsCode
  const sameGemeente = (a.gemeenteCode && a.gemeenteCode === b.gemeenteCode) || foldName(a.gemeente ?? '') === foldName(b.gemeente ?? '')
  return a.name !== null && b.name !== null && foldName(a.name) === foldName(b.name) && sameGemeente
}

function inGemeente(wijken: ImportedWijk[], gemeente: string): ImportedWijk[] {
  const code = /^(?:GM)?(\d{1,4})$/i.exec(gemeente.trim())?.[1]?.padStart(4, '0')
  const name = foldName(gemeente)
  const kept = wijken.flatMap((wijk) => {
    if (!wijk.gemeente && !wijk.gemeenteCode) return code ? [] : [{ ...wijk, gemeente: gemeente.trim() }]
    const matches = code ? wijk.gemeenteCode === `GM${code}` : foldName(wijk.gemeente ?? '') === name
    return matches ? [wijk] : []
  })
  if (kept.length === 0) {
    const found = [...new Set(wijken.map((w) => w.gemeente ?? w.gemeenteCode ?? 'no gemeente'))].slice(0, 5)
    throw new WijkFileError(`no wijken of gemeente '${gemeente}' in the files (found: ${found.join(', ')}${found.length === 5 ? ', ...' : ''})`)
  }
  return kept
}
