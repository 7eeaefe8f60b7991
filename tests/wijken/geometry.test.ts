import { describe, expect, it } from 'vitest'
import { areaOf } from '../../src/wijken/geometry.ts'

const polygon = { type: 'Polygon', coordinates: [[[5.12, 52.09], [5.13, 52.09], [5.13, 52.1], [5.12, 52.09]]] }
const other = { type: 'Polygon', coordinates: [[[5.14, 52.09], [5.15, 52.09], [5.15, 52.1], [5.14, 52.09]]] }

describe('areaOf (what `wijken add --geojson` may have stored)', () => {
  it('reads a geometry, a Feature, and a FeatureCollection as one area', () => {
    expect(areaOf(polygon)).toEqual(polygon)
    expect(areaOf({ type: 'Feature', properties: { name: 'Vogelbuurt' }, geometry: polygon })).toEqual(polygon)
    expect(areaOf({ type: 'FeatureCollection', features: [{ type: 'Feature', geometry: polygon }, { type: 'Feature', geometry: other }] })).toEqual({
      type: 'MultiPolygon',
      coordinates: [polygon.coordinates, other.coordinates],
    })
  })

  it('gives null, never an error, for what holds no polygon', () => {
    expect(areaOf(null)).toBeNull()
    expect(areaOf({ type: 'Feature', geometry: { type: 'Point', coordinates: [5.12, 52.09] } })).toBeNull()
    expect(areaOf({ type: 'FeatureCollection', features: [] })).toBeNull()
    expect(areaOf({ type: 'Polygon', coordinates: [[[5.12, 52.09], [5.13, 52.09]]] })).toBeNull()
  })
})
