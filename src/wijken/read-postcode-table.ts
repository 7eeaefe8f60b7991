import { Readable } from 'node:stream'
import { CsvError, parse } from 'csv-parse'
import { foldName } from './fold-name.ts'
import { describeImported, WijkFileError, type ImportedWijk } from './imported-wijk.ts'
import { normalisePostcode } from './postcode.ts'

export type AreaLevel = 'wijk' | 'buurt'

/** A PC6 whose addresses lie in several wijken: it goes to the first, the one with the most addresses. */
export interface PostcodeSplit {
  postcode: string
  wijken: { wijk: ImportedWijk; addresses: number }[]
}

export interface PostcodeTable {
  /** Each with its PC6 postcodes, without geometry. */
  wijken: ImportedWijk[]
  splits: PostcodeSplit[]
}

interface Group {
  wijk: ImportedWijk
  addresses: Map<string, number>
}

const COLUMNS = ['pc6', 'huisnummer', 'buurt', 'wijk', 'gemeente'] as const
type Column = (typeof COLUMNS)[number]

/**
 * Wijken (or buurten, with `level: 'buurt'`) from a CBS-style postcode table: semicolon-separated with the
 * header `PC6;Huisnummer;Buurt;Wijk;Gemeente` (CBS writes the year after each name: `Buurt2025`), one line per
 * address. Buurt, Wijk and Gemeente may be CBS codes (16740101, 167401, 1674) or names. House numbers are not
 * kept: a PC6 goes to the wijk with most of its addresses (ties: the first by code or name), and every PC6
 * split over several wijken is reported. `year` is used when the header states none.
 */
export async function readPostcodeTable(input: Readable | string, options: { level?: AreaLevel; year?: number } = {}): Promise<PostcodeTable> {
  const level = options.level ?? 'wijk'
  const source = typeof input === 'string' ? Readable.from([input]) : input
  const parser = parse({ delimiter: ';', bom: true, trim: true, skip_empty_lines: true, info: true })
  source.on('error', (error) => parser.destroy(error))
  source.pipe(parser)

  const groups = new Map<string, Group>()
  let columns: Map<Column, number> | undefined
  let year: number | null = null
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: string[]; info: { lines: number } }>) {
      if (!columns) {
        ;({ columns, year } = readHeader(record, level, options.year))
        continue
      }
      const cell = (column: Column) => {
        const index = columns!.get(column)
        return index === undefined ? '' : (record[index] ?? '')
      }
      const postcode = normalisePostcode(cell('pc6'))
      if (postcode?.length !== 6) throw new WijkFileError(`line ${info.lines}: '${cell('pc6')}' is not a PC6 postcode like 4701AB`)
      const wijk = readArea(cell(level), level, cell('gemeente'), info.lines)
      const key = wijk.cbsCode ?? `${foldName(wijk.name!)}|${foldName(wijk.gemeente ?? wijk.gemeenteCode ?? '')}`
      const group = groups.get(key) ?? { wijk, addresses: new Map<string, number>() }
      group.addresses.set(postcode, (group.addresses.get(postcode) ?? 0) + 1)
      groups.set(key, group)
    }
  } catch (error) {
    if (error instanceof CsvError) throw new WijkFileError(`not a semicolon-separated table (${error.message})`)
    if (error instanceof Error && 'syscall' in error) throw new WijkFileError(`cannot read the file (${error.message})`)
    throw error
  }
  if (!columns) throw new WijkFileError('the file is empty')
  if (groups.size === 0) throw new WijkFileError('the table has a header but no addresses')
  return assignPostcodes([...groups.values()], year)
}

function readHeader(record: string[], level: AreaLevel, givenYear: number | undefined): { columns: Map<Column, number>; year: number | null } {
  const columns = new Map<Column, number>()
  const years = new Set<number>()
  record.forEach((name, index) => {
    const [, column = '', year] = /^(.*?)(\d{4})?$/.exec(name.trim().toLowerCase())!
    if ((COLUMNS as readonly string[]).includes(column)) columns.set(column as Column, index)
    if (year) years.add(Number(year))
  })
  if (!columns.has('pc6') || !columns.has(level)) {
    throw new WijkFileError(`not a CBS postcode table: the header must be PC6;Huisnummer;Buurt;Wijk;Gemeente (found '${record.join(';')}')`)
  }
  if (years.size > 1) throw new WijkFileError(`the header mixes years (${[...years].sort().join(', ')})`)
  const [year] = years
  if (year !== undefined && givenYear !== undefined && year !== givenYear) throw new WijkFileError(`the table is of ${year}, not of ${givenYear} (--year)`)
  return { columns, year: year ?? givenYear ?? null }
}

/** A Wijk or Buurt cell as a wijk: a CBS code (167401, WK167401; 16740101, BU16740101) or a name. */
function readArea(value: string, level: AreaLevel, gemeenteValue: string, line: number): ImportedWijk {
  if (!value) throw new WijkFileError(`line ${line}: no ${level === 'wijk' ? 'Wijk' : 'Buurt'}`)
  const digits = level === 'wijk' ? 6 : 8
  const prefix = level === 'wijk' ? 'WK' : 'BU'
  const code = cbsCode(value, prefix, digits)
  const gemeenteCode = cbsCode(gemeenteValue, 'GM', 4)
  return {
    name: code ? null : value,
    gemeente: gemeenteCode || !gemeenteValue ? null : gemeenteValue,
    gemeenteCode,
    cbsCode: code,
    cbsYear: null,
    postcodes: null,
    geometry: null,
  }
}

/** "167401" (CBS writes codes as numbers, so leading zeros may be gone) or "WK167401" as WK167401. */
function cbsCode(value: string, prefix: string, digits: number): string | null {
  const match = new RegExp(`^(?:${prefix})?(\\d{1,${digits}})$`, 'i').exec(value)
  return match ? prefix + match[1]!.padStart(digits, '0') : null
}

function assignPostcodes(groups: Group[], year: number | null): PostcodeTable {
  const ordered = [...groups].sort((a, b) => describeImported(a.wijk).localeCompare(describeImported(b.wijk)))
  const wijken = new Map(ordered.map((group) => [group, { ...group.wijk, cbsYear: year, postcodes: [] as string[] }]))
  const shares = new Map<string, { group: Group; addresses: number }[]>()
  for (const group of ordered) {
    for (const [postcode, addresses] of group.addresses) shares.set(postcode, [...(shares.get(postcode) ?? []), { group, addresses }])
  }
  const splits: PostcodeSplit[] = []
  for (const [postcode, ranked] of [...shares].sort(([a], [b]) => a.localeCompare(b))) {
    // A stable sort: equal counts stay in the order by code or name.
    ranked.sort((a, b) => b.addresses - a.addresses)
    wijken.get(ranked[0]!.group)!.postcodes.push(postcode)
    if (ranked.length > 1) splits.push({ postcode, wijken: ranked.map(({ group, addresses }) => ({ wijk: wijken.get(group)!, addresses })) })
  }
  return { wijken: [...wijken.values()], splits }
}
