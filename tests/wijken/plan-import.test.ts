import { describe, expect, it } from 'vitest'
import type { StoredWijk } from '../../src/store/wijken.ts'
import type { ImportedWijk } from '../../src/wijken/imported-wijk.ts'
import { planImport } from '../../src/wijken/plan-import.ts'

const area = { type: 'Polygon' as const, coordinates: [[[4.43, 51.52], [4.455, 51.52], [4.455, 51.545], [4.43, 51.52]]] }

const imported = (fields: Partial<ImportedWijk>): ImportedWijk => ({
  name: null, gemeente: 'Roosendaal', gemeenteCode: 'GM1674', cbsCode: null, cbsYear: 2025, postcodes: null, geometry: null, ...fields,
})
const stored = (fields: Partial<StoredWijk> & { slug: string }): StoredWijk => ({
  name: fields.slug, gemeente: null, cbsCode: null, cbsYear: null, postcodes: [], hasGeometry: false, geojson: null, demo: false, ...fields,
})

const outcome = (steps: ReturnType<typeof planImport>) => steps.map((s) => (s.action === 'skipped' ? `skipped: ${s.reason}` : `${s.action} ${s.wijk.slug}`))

describe('planImport', () => {
  it('adds new wijken with a slug from their name', () => {
    const steps = planImport([imported({ name: 'West', cbsCode: 'WK167401', geometry: area }), imported({ name: "Sint-Jan 's Heer" })], [])
    expect(outcome(steps)).toEqual(['added west', 'added sint-jan-s-heer'])
    expect(steps[0]).toMatchObject({ wijk: { name: 'West', gemeente: 'Roosendaal', cbsCode: 'WK167401', cbsYear: 2025, postcodes: [], geojson: area, demo: false } })
  })

  it('updates the wijk with the same CBS code whatever its slug, keeping what the file does not say', () => {
    const west = stored({ slug: 'roosendaal-west', name: 'Roosendaal-West', gemeente: 'Roosendaal', cbsCode: 'WK167401', cbsYear: 2024, geojson: area, demo: true })
    const [step] = planImport([imported({ cbsCode: 'WK167401', gemeente: null, postcodes: ['4702AB'] })], [west])
    expect(step).toMatchObject({ action: 'updated', wijk: { slug: 'roosendaal-west', name: 'Roosendaal-West', gemeente: 'Roosendaal', cbsYear: 2025, postcodes: ['4702AB'], geojson: area, demo: true } })
  })

  it('updates the wijk with its slug in the same gemeente, or one without a gemeente', () => {
    const steps = planImport(
      [imported({ name: 'Kalsdonk', geometry: area }), imported({ name: 'Tolberg', cbsCode: 'WK167403' })],
      [stored({ slug: 'kalsdonk', gemeente: 'roosendaal', postcodes: ['4706AA'] }), stored({ slug: 'tolberg' })],
    )
    expect(outcome(steps)).toEqual(['updated kalsdonk', 'updated tolberg'])
    expect(steps[0]).toMatchObject({ wijk: { postcodes: ['4706AA'], geojson: area } })
  })

  it("adds the gemeente to a slug taken by another gemeente's wijk, by another CBS code, or shared within the import", () => {
    const steps = planImport(
      [
        imported({ name: 'Centrum', cbsCode: 'WK167400' }),
        imported({ name: 'Kalsdonk', cbsCode: 'WK167402' }),
        imported({ name: 'Buitengebied', cbsCode: 'BU16740901' }),
        imported({ name: 'Buitengebied', cbsCode: 'BU16740902' }),
        imported({ name: 'Noord', gemeente: 'Halderberge', cbsCode: 'WK164401' }),
        imported({ name: 'Noord', cbsCode: 'WK167404' }),
      ],
      [stored({ slug: 'centrum', gemeente: 'Bergen op Zoom' }), stored({ slug: 'kalsdonk', gemeente: 'Roosendaal', cbsCode: 'BU16740200' })],
    )
    expect(outcome(steps)).toEqual([
      'added centrum-roosendaal',
      'added kalsdonk-roosendaal',
      'added buitengebied-roosendaal',
      'added buitengebied-roosendaal-bu16740902',
      'added noord-halderberge',
      'added noord-roosendaal',
    ])
  })

  it('skips a wijk known only by a code it cannot match, and one whose slugs all belong to others', () => {
    const steps = planImport(
      [imported({ cbsCode: 'WK167405' }), imported({ name: 'Centrum', cbsCode: 'WK167400' })],
      [
        stored({ slug: 'centrum', gemeente: 'Bergen op Zoom' }),
        stored({ slug: 'centrum-roosendaal', gemeente: 'Roosendaal', cbsCode: 'BU16740001' }),
        stored({ slug: 'centrum-roosendaal-wk167400', gemeente: 'Halderberge' }),
      ],
    )
    expect(outcome(steps)).toEqual([
      'skipped: the postcode table gives only its CBS code: import the GeoJSON with it for a name',
      'skipped: its slugs (centrum, centrum-roosendaal, centrum-roosendaal-wk167400) belong to other wijken',
    ])
  })
})
