import { z } from 'zod'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { DocumentRequest, FetchedDocument } from '../../src/domain/adapter.ts'
import { parseJson, validateJson } from './json-document.ts'
import { detailUrl, kindOfUrl } from './paths.ts'
import type { HelpKind } from './paths.ts'

const markerSchema = z.object({
  id: z.number().int().positive(),
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
})
const markersSchema = z.object({ markers: z.array(markerSchema) })
type Marker = z.infer<typeof markerSchema>

export interface Bounds {
  minLat: number
  maxLat: number
  minLon: number
  maxLon: number
}

export interface MarkerOptions {
  kind: HelpKind | undefined
  maxItems: number
  bounds?: Bounds | undefined
}

/** The detail pages to read for a marker document: the newest (highest id) inside the bounds, at most maxItems. */
export function markerFollowUps(document: FetchedDocument, options: MarkerOptions): DocumentRequest[] {
  const kind = options.kind ?? kindOfUrl(document.url)
  if (!kind) throw new DocumentParseError('cannot tell hulpvragen from hulpaanbod markers: the URL has neither')
  const { markers } = validateJson(parseJson(document.text, 'the marker list'), markersSchema, 'the marker list')
  const { bounds } = options
  const inside = bounds ? markers.filter((marker) => isInside(marker, bounds)) : markers
  const newest = [...new Map(inside.map((marker) => [marker.id, marker])).values()]
    .sort((a, b) => b.id - a.id)
    .slice(0, options.maxItems)
  return newest.map((marker) => ({
    url: detailUrl(document.url, kind, marker.id),
    role: 'detail',
    context: { kind, lat: marker.lat, lon: marker.lon },
  }))
}

function isInside(marker: Marker, bounds: Bounds): boolean {
  return marker.lat >= bounds.minLat && marker.lat <= bounds.maxLat && marker.lon >= bounds.minLon && marker.lon <= bounds.maxLon
}
