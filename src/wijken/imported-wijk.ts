import type { Area } from './geometry.ts'

/** A wijk (or buurt) as a file describes it; null where the file says nothing, so an import keeps what is stored. */
export interface ImportedWijk {
  /** Null when a postcode table gives only a CBS code. */
  name: string | null
  gemeente: string | null
  /** GM + 4 digits. */
  gemeenteCode: string | null
  /** WK + 6 digits, or BU + 8. */
  cbsCode: string | null
  cbsYear: number | null
  /** PC4 (3572) and PC6 (3572CD) without spaces. */
  postcodes: string[] | null
  geometry: Area | null
}

/** A wijken file that cannot be read as what it claims to be; the message says where and why, on one line. */
export class WijkFileError extends Error {
  override readonly name = 'WijkFileError'
}

/** How an import and its CLI lines name a wijk before it has a slug. */
export function describeImported(wijk: ImportedWijk): string {
  const parts = [wijk.name, wijk.gemeente && `(${wijk.gemeente})`, wijk.cbsCode].filter(Boolean)
  return parts.join(' ')
}
