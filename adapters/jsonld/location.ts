import { z } from 'zod'
import type { Location } from '../../src/domain/item.ts'
import { locationFromText } from '../../src/normalise/location.ts'
import { dereference, isNode, typesOf } from './graph.ts'
import type { Graph, JsonLdNode } from './graph.ts'
import { placeLocation } from './place.ts'
import { firstOf, text } from './values.ts'

const MAX_LOCATIONS = 10
const ONLINE: Location = { name: 'Online' }

const coordinate = z
  .preprocess(firstOf, z.union([z.number(), z.string().regex(/^\s*-?\d+(?:\.\d+)?\s*$/).transform(Number)]).optional())
  .catch(undefined)
const placeSchema = z.object({ name: text, latitude: coordinate, longitude: coordinate })
const postalAddressSchema = z.object({ streetAddress: text, postalCode: text, addressLocality: text })
const geoSchema = z.object({ latitude: coordinate, longitude: coordinate })

/**
 * An event's location: a Place (name, PostalAddress or address text, GeoCoordinates), a VirtualLocation
 * ("Online"), or plain text. A hybrid event lists both; its place counts.
 */
export function schemaLocation(value: unknown, graph: Graph): Location | undefined {
  const candidates = (Array.isArray(value) ? value.slice(0, MAX_LOCATIONS) : [value]).map((candidate) => dereference(candidate, graph))
  const place = candidates.find((candidate) => (isNode(candidate) && !typesOf(candidate).includes('VirtualLocation')) || isText(candidate))
  if (typeof place === 'string') return locationFromText(place) ?? undefined
  if (isNode(place)) return placeFromNode(place, graph)
  return candidates.some(isNode) ? ONLINE : undefined
}

function placeFromNode(node: JsonLdNode, graph: Graph): Location | undefined {
  const place = placeSchema.parse(node)
  const address = dereference(firstOf(node.address), graph)
  const geo = geoSchema.safeParse(dereference(firstOf(node.geo), graph)).data
  const parts = { name: place.name, lat: geo?.latitude ?? place.latitude, lon: geo?.longitude ?? place.longitude }
  if (isText(address)) return { ...locationFromText(address), ...placeLocation(parts) }
  const postal = postalAddressSchema.safeParse(address).data
  return placeLocation({ ...parts, street: postal?.streetAddress, postcode: postal?.postalCode, city: postal?.addressLocality })
}

function isText(value: unknown): value is string {
  return typeof value === 'string' && value.trim() !== ''
}
