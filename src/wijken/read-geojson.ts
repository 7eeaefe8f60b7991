import { z } from 'zod'
import { foldName } from './fold-name.ts'
import { areaSchema, mergeAreas, notWgs84, type Area } from './geometry.ts'
import { WijkFileError, type ImportedWijk } from './imported-wijk.ts'
import { normalisePostcode } from './postcode.ts'

const featureSchema = z.object({
  type: z.literal('Feature'),
  properties: z.record(z.string(), z.unknown()).nullable(),
  geometry: z.unknown(),
})
const fileSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) }),
  featureSchema,
])

/**
 * Wijken from GeoJSON in WGS84: a FeatureCollection (or one Feature) of CBS wijken or buurten, with the
 * properties of CBS's Wijk- en buurtkaart (`wijkcode`, `wijknaam`, `buurtcode`, `buurtnaam`, `gemeentecode`,
 * `gemeentenaam`, `jrstatcode` such as "2025WK167401"; the older upper-case `WK_CODE`, `BU_NAAM`, `GM_NAAM`
 * too), or any features with a `name` and optionally `gemeente` and `postcodes`. Features with the same
 * code (the land and water parts of a CBS wijk) become one wijk. `year` is used when the file states none.
 */
export function readWijkenGeoJson(text: string, options: { year?: number } = {}): ImportedWijk[] {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new WijkFileError(`not JSON (${error instanceof Error ? error.message : String(error)})`)
  }
  const file = fileSchema.safeParse(json)
  if (!file.success) throw new WijkFileError('not a GeoJSON FeatureCollection or Feature')
  const features = file.data.type === 'FeatureCollection' ? file.data.features : [file.data]
  if (features.length === 0) throw new WijkFileError('the FeatureCollection has no features')

  const read = features.map((feature, index) => readFeature(feature, index + 1))
  const year = fileYear(read.map((r) => r.year), options.year)
  const byKey = new Map<string, ImportedWijk>()
  for (const { wijk } of read) {
    const key = wijk.cbsCode ?? `${foldName(wijk.name!)}|${foldName(wijk.gemeente ?? '')}`
    const same = byKey.get(key)
    byKey.set(key, same ? mergeParts(same, wijk) : { ...wijk, cbsYear: year })
  }
  return [...byKey.values()]
}

function readFeature(input: unknown, number: number): { wijk: ImportedWijk; year: number | null } {
  const feature = featureSchema.safeParse(input)
  if (!feature.success) throw new WijkFileError(`feature ${number} is not a GeoJSON Feature`)
  const properties = lowerCaseKeys(feature.data.properties ?? {})
  const isBuurt = properties.buurtcode !== undefined || properties.bu_code !== undefined || properties.buurtnaam !== undefined || properties.bu_naam !== undefined
  const name = isBuurt
    ? text(properties.buurtnaam ?? properties.bu_naam)
    : text(properties.wijknaam ?? properties.wk_naam ?? properties.name ?? properties.naam)
  const label = `feature ${number}${name ? ` (${name})` : ''}`
  if (!name) throw new WijkFileError(`${label} has no name (a wijknaam, buurtnaam or name property)`)

  const cbsCode = text(isBuurt ? (properties.buurtcode ?? properties.bu_code) : (properties.wijkcode ?? properties.wk_code))
  if (cbsCode !== null && !(isBuurt ? /^BU\d{8}$/ : /^WK\d{6}$/).test(cbsCode)) {
    throw new WijkFileError(`${label}: '${cbsCode}' is not a CBS ${isBuurt ? 'buurt code (BU + 8 digits)' : 'wijk code (WK + 6 digits)'}`)
  }
  const gemeenteCode = text(properties.gemeentecode ?? properties.gm_code)
  const statCode = text(properties.jrstatcode)
  const year = statCode ? /^(\d{4})(?:WK|BU)/.exec(statCode)?.[1] : undefined
  if (statCode && !year) throw new WijkFileError(`${label}: jrstatcode '${statCode}' is not a year and a CBS code, like 2025WK167401`)

  return {
    wijk: {
      name,
      gemeente: text(properties.gemeentenaam ?? properties.gm_naam ?? properties.gemeente),
      gemeenteCode: gemeenteCode && /^GM\d{4}$/.test(gemeenteCode) ? gemeenteCode : null,
      cbsCode,
      cbsYear: null,
      postcodes: readPostcodes(properties.postcodes, label),
      geometry: readArea(feature.data.geometry, label),
    },
    year: year ? Number(year) : null,
  }
}

function readArea(geometry: unknown, label: string): Area {
  if (geometry === null || geometry === undefined) throw new WijkFileError(`${label} has no geometry`)
  const area = areaSchema.safeParse(geometry)
  if (!area.success) {
    const issue = area.error.issues[0]
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.join('.')}` : ''
    throw new WijkFileError(`${label}: the geometry must be a Polygon or MultiPolygon of closed [lon, lat] rings (${issue?.message ?? 'invalid'}${where})`)
  }
  const projection = notWgs84(area.data)
  if (projection) throw new WijkFileError(`${label}: ${projection}`)
  return area.data
}

function readPostcodes(value: unknown, label: string): string[] | null {
  if (value === undefined || value === null) return null
  const list = typeof value === 'string' ? value.split(',') : Array.isArray(value) ? value : null
  if (!list) throw new WijkFileError(`${label}: postcodes must be a list like ["3572", "3573AB"]`)
  return list.map((entry) => {
    const postcode = typeof entry === 'string' ? normalisePostcode(entry) : null
    if (!postcode) throw new WijkFileError(`${label}: '${String(entry).trim()}' is not a postcode (PC4 like 3572 or PC6 like 3572CD)`)
    return postcode
  })
}

/** One year for the file: the year its CBS codes carry, or the one given; never two. */
function fileYear(years: (number | null)[], given: number | undefined): number | null {
  const stated = [...new Set(years.filter((y) => y !== null))].sort()
  if (stated.length > 1) throw new WijkFileError(`the file mixes years (${stated.join(', ')}): use one year's CBS file`)
  const year = stated[0]
  if (year !== undefined && given !== undefined && year !== given) throw new WijkFileError(`the file is of ${year}, not of ${given} (--year)`)
  return year ?? given ?? null
}

function mergeParts(a: ImportedWijk, b: ImportedWijk): ImportedWijk {
  return {
    ...a,
    postcodes: a.postcodes || b.postcodes ? [...new Set([...(a.postcodes ?? []), ...(b.postcodes ?? [])])] : null,
    geometry: mergeAreas([a.geometry, b.geometry].filter((g) => g !== null)),
  }
}

function lowerCaseKeys(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([key, value]) => [key.toLowerCase(), value]))
}

function text(value: unknown): string | null {
  if (typeof value === 'number') return String(value)
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null
}
