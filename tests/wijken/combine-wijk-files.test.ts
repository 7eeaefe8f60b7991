import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { combineWijkFiles } from '../../src/wijken/combine-wijk-files.ts'
import type { ImportedWijk } from '../../src/wijken/imported-wijk.ts'
import { readWijkenGeoJson } from '../../src/wijken/read-geojson.ts'
import { readPostcodeTable } from '../../src/wijken/read-postcode-table.ts'

const samples = new URL('../../src/wijken/samples/', import.meta.url)
const map = readWijkenGeoJson(readFileSync(new URL('cbs-wijken-2025-roosendaal-voorbeeld.geojson', samples), 'utf8'))
const table = async (extraLines = '') => {
  const sample = readFileSync(new URL('pc6hnr-2025-roosendaal-voorbeeld.csv', samples), 'utf8')
  return (await readPostcodeTable(sample + extraLines)).wijken
}

const wijk = (fields: Partial<ImportedWijk>): ImportedWijk => ({
  name: null, gemeente: null, gemeenteCode: null, cbsCode: null, cbsYear: null, postcodes: null, geometry: null, ...fields,
})

describe('combineWijkFiles', () => {
  it('joins the sample map and postcode table by CBS code, with the year of the map', async () => {
    const wijken = combineWijkFiles(map, await table())
    expect(wijken.map((w) => [w.name, w.cbsCode, w.cbsYear, w.postcodes?.length, w.geometry?.type])).toEqual([
      ['Centrum', 'WK167400', 2025, 4, 'Polygon'],
      ['West', 'WK167401', 2025, 5, 'Polygon'],
      ['Kalsdonk', 'WK167402', 2025, 4, 'Polygon'],
      ['Tolberg', 'WK167403', 2025, 4, 'MultiPolygon'],
    ])
  })

  it('keeps a table wijk the map lacks, with the gemeente name the map gives its code', async () => {
    const wijken = combineWijkFiles(map, await table('4724AA;1;16740500;167405;1674\n'))
    expect(wijken.at(-1)).toMatchObject({ name: null, cbsCode: 'WK167405', gemeente: 'Roosendaal', postcodes: ['4724AA'], geometry: null })
  })

  it('joins by name and gemeente when the table has names', () => {
    const named = [wijk({ name: 'west', gemeente: 'roosendaal', postcodes: ['4702AC'] })]
    expect(combineWijkFiles(map, named).filter((w) => w.name === 'West')).toMatchObject([{ cbsCode: 'WK167401', postcodes: ['4702AC'] }])
  })

  it('keeps only the wijken of --gemeente, by name or code, and gives it to wijken without one', async () => {
    const bergen = wijk({ name: 'Centrum', gemeente: 'Bergen op Zoom', gemeenteCode: 'GM0748', cbsCode: 'WK074800', cbsYear: 2025 })
    expect(combineWijkFiles([...map, bergen], await table(), 'roosendaal')).toHaveLength(4)
    expect(combineWijkFiles([...map, bergen], [], '748').map((w) => w.name)).toEqual(['Centrum'])
    expect(combineWijkFiles([wijk({ name: 'Vogelbuurt' })], [], 'Voorbeeldstad')).toEqual([wijk({ name: 'Vogelbuurt', gemeente: 'Voorbeeldstad' })])
    expect(() => combineWijkFiles(map, [], 'Roozendaal')).toThrow("no wijken of gemeente 'Roozendaal' in the files (found: Roosendaal)")
  })

  it('refuses a map and a table of different years', async () => {
    const wijken2024 = (await table()).map((w) => ({ ...w, cbsYear: 2024 }))
    expect(() => combineWijkFiles(map, wijken2024)).toThrow('the GeoJSON and the postcode table are of different years (2024, 2025): use files of one year')
  })
})
