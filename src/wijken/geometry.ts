import type { MultiPolygon, Polygon } from 'geojson'
import { z } from 'zod'

export type Area = Polygon | MultiPolygon

const position = z.tuple([z.number(), z.number()]).rest(z.number())
const ring = z
  .array(position)
  .min(4, 'a ring has at least 4 positions')
  .refine((points) => points[0]![0] === points.at(-1)![0] && points[0]![1] === points.at(-1)![1], 'a ring must end where it starts')
const polygonRings = z.array(ring).min(1)

export const areaSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('Polygon'), coordinates: polygonRings }),
  z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(polygonRings).min(1) }),
])

function polygonsOf(area: Area): Polygon['coordinates'][] {
  return area.type === 'Polygon' ? [area.coordinates] : area.coordinates
}

/** One area from several (the land and water parts of a CBS wijk, the features of a stored collection). */
export function mergeAreas(areas: Area[]): Area | null {
  if (areas.length <= 1) return areas[0] ?? null
  return { type: 'MultiPolygon', coordinates: areas.flatMap(polygonsOf) }
}

/**
 * Why an area is not in WGS84 longitude/latitude, or null when it is. CBS publishes its maps in RD New
 * (EPSG:28992), with coordinates in metres.
 */
export function notWgs84(area: Area): string | null {
  for (const polygon of polygonsOf(area)) {
    for (const [lon, lat] of polygon.flat()) {
      if (Math.abs(lon!) > 180 || Math.abs(lat!) > 90) {
        return `coordinates like [${lon}, ${lat}] are not longitude/latitude (RD New, EPSG:28992?); convert the file to WGS84 first, e.g. ogr2ogr -t_srs EPSG:4326 out.geojson in.gpkg`
      }
    }
  }
  return null
}

const storedFeature = z.object({ type: z.literal('Feature'), geometry: z.unknown() })
const storedCollection = z.object({ type: z.literal('FeatureCollection'), features: z.array(z.unknown()) })

/**
 * The area of a wijk's stored GeoJSON, whatever shape `wijken add --geojson` accepted (Polygon, MultiPolygon,
 * Feature or FeatureCollection); null when it holds no usable polygon. Never throws: ingestion reads it.
 */
export function areaOf(geojson: unknown): Area | null {
  const area = areaSchema.safeParse(geojson)
  if (area.success) return area.data
  const feature = storedFeature.safeParse(geojson)
  if (feature.success) return areaOf(feature.data.geometry)
  const collection = storedCollection.safeParse(geojson)
  if (collection.success) return mergeAreas(collection.data.features.map(areaOf).filter((a) => a !== null))
  return null
}
