import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WijkFileError } from '../../src/wijken/imported-wijk.ts'
import { readWijkenGeoJson } from '../../src/wijken/read-geojson.ts'

const sample = (name: string) => readFileSync(new URL(`../../src/wijken/samples/${name}`, import.meta.url), 'utf8')

const square = (west: number, south: number) => [[[west, south], [west + 0.01, south], [west + 0.01, south + 0.01], [west, south + 0.01], [west, south]]]

function collection(...features: unknown[]): string {
  return JSON.stringify({ type: 'FeatureCollection', features })
}

function feature(properties: Record<string, unknown>, geometry: unknown = { type: 'Polygon', coordinates: square(4.45, 51.53) }) {
  return { type: 'Feature', properties, geometry }
}

function readError(text: string, options?: { year?: number }): string {
  try {
    readWijkenGeoJson(text, options)
  } catch (error) {
    expect(error).toBeInstanceOf(WijkFileError)
    return (error as Error).message
  }
  throw new Error('no error')
}

describe('readWijkenGeoJson', () => {
  it("reads the CBS wijken of the 2025 sample with codes, gemeente and year", () => {
    const wijken = readWijkenGeoJson(sample('cbs-wijken-2025-roosendaal-voorbeeld.geojson'))
    expect(wijken.map(({ geometry: _, ...wijk }) => wijk)).toEqual(
      ['Centrum', 'West', 'Kalsdonk', 'Tolberg'].map((name, index) => ({
        name,
        gemeente: 'Roosendaal',
        gemeenteCode: 'GM1674',
        cbsCode: `WK16740${index}`,
        cbsYear: 2025,
        postcodes: null,
      })),
    )
    expect(wijken.map((w) => w.geometry?.type)).toEqual(['Polygon', 'Polygon', 'Polygon', 'MultiPolygon'])
  })

  it('reads the demo Vogelbuurt: a single Feature with name, gemeente and postcodes, the year from the option', () => {
    const [vogelbuurt, ...rest] = readWijkenGeoJson(sample('vogelbuurt-voorbeeldstad-demo.geojson'), { year: 2026 })
    expect(rest).toEqual([])
    expect(vogelbuurt).toMatchObject({ name: 'Vogelbuurt', gemeente: 'Voorbeeldstad', cbsCode: null, cbsYear: 2026, postcodes: ['3572'] })
    expect(vogelbuurt!.geometry?.type).toBe('Polygon')
  })

  it('reads buurten, the older upper-case CBS properties, and joins the land and water parts of one buurt', () => {
    const wijken = readWijkenGeoJson(
      collection(
        feature({ BU_CODE: 'BU16740101', BU_NAAM: 'Westrand', WK_CODE: 'WK167401', GM_NAAM: 'Roosendaal', WATER: 'NEE' }),
        feature({ BU_CODE: 'BU16740101', BU_NAAM: 'Westrand', WK_CODE: 'WK167401', GM_NAAM: 'Roosendaal', WATER: 'JA' }, { type: 'Polygon', coordinates: square(4.46, 51.53) }),
        feature({ BU_CODE: 'BU16740102', BU_NAAM: 'Westpoort', WK_CODE: 'WK167401', GM_NAAM: 'Roosendaal', WATER: 'NEE' }),
      ),
    )
    expect(wijken.map((w) => [w.name, w.cbsCode, w.gemeente, w.geometry?.type])).toEqual([
      ['Westrand', 'BU16740101', 'Roosendaal', 'MultiPolygon'],
      ['Westpoort', 'BU16740102', 'Roosendaal', 'Polygon'],
    ])
    expect(wijken[0]!.geometry?.coordinates).toHaveLength(2)
  })

  it('reads postcodes given as one string', () => {
    const [wijk] = readWijkenGeoJson(JSON.stringify(feature({ name: 'Bloemenbuurt', postcodes: '3572 cd, 3573' })))
    expect(wijk).toMatchObject({ name: 'Bloemenbuurt', gemeente: null, postcodes: ['3572CD', '3573'] })
  })

  it('refuses what is not GeoJSON of named polygons, saying where', () => {
    expect(readError('{"type": "FeatureCollection", "features": [')).toMatch(/^not JSON/)
    expect(readError('{"type": "Topology", "objects": {}}')).toBe('not a GeoJSON FeatureCollection or Feature')
    expect(readError(collection())).toBe('the FeatureCollection has no features')
    expect(readError(collection(feature({ wijknaam: 'West' }), { type: 'Feature' }))).toBe('feature 2 is not a GeoJSON Feature')
    expect(readError(collection(feature({ gemeentenaam: 'Roosendaal' })))).toBe('feature 1 has no name (a wijknaam, buurtnaam or name property)')
    expect(readError(collection(feature({ wijknaam: 'West' }, { type: 'Point', coordinates: [4.45, 51.53] })))).toMatch(/^feature 1 \(West\): the geometry must be a Polygon or MultiPolygon/)
    expect(readError(collection(feature({ wijknaam: 'West' }, null)))).toBe('feature 1 (West) has no geometry')
    const open = { type: 'Polygon', coordinates: [[[4.45, 51.53], [4.46, 51.53], [4.46, 51.54], [4.45, 51.54]]] }
    expect(readError(collection(feature({ wijknaam: 'West' }, open)))).toMatch(/a ring must end where it starts/)
    expect(readError(collection(feature({ wijknaam: 'West', wijkcode: '167401' })))).toBe("feature 1 (West): '167401' is not a CBS wijk code (WK + 6 digits)")
    expect(readError(collection(feature({ name: 'West', postcodes: ['4702 AB', 'Roosendaal'] })))).toBe("feature 1 (West): 'Roosendaal' is not a postcode (PC4 like 3572 or PC6 like 3572CD)")
  })

  it('refuses maps in RD New coordinates, with how to convert them', () => {
    const rd = { type: 'Polygon', coordinates: [[[80000, 390000], [81000, 390000], [81000, 391000], [80000, 390000]]] }
    expect(readError(collection(feature({ wijknaam: 'West' }, rd)))).toMatch(/^feature 1 \(West\): coordinates like \[80000, 390000\] are not longitude\/latitude .*ogr2ogr -t_srs EPSG:4326/)
  })

  it('refuses a file of several years, or of another year than asked', () => {
    const west = feature({ wijknaam: 'West', wijkcode: 'WK167401', jrstatcode: '2024WK167401' })
    const centrum = feature({ wijknaam: 'Centrum', wijkcode: 'WK167400', jrstatcode: '2025WK167400' })
    expect(readError(collection(west, centrum))).toBe('the file mixes years (2024, 2025): use one year\'s CBS file')
    expect(readError(sample('cbs-wijken-2025-roosendaal-voorbeeld.geojson'), { year: 2024 })).toBe('the file is of 2025, not of 2024 (--year)')
  })
})
