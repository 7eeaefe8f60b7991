import type { Location } from '../../src/domain/item.ts'
import { locationFromText } from '../../src/normalise/location.ts'

/** The parts of a postal place as platforms give them (a schema.org PostalAddress, a WordPress venue). */
export interface PlaceParts {
  name?: string | null
  street?: string | null
  postcode?: string | null
  city?: string | null
  lat?: number | null
  lon?: number | null
}

/** "Ankerplein 1, 3573 EF Voorbeeldstad" as the address, the postcode in its usual form, plausible coordinates. */
export function placeLocation(parts: PlaceParts): Location | undefined {
  const postcode = parts.postcode?.trim()
  const address = [parts.street?.trim(), [postcode, parts.city?.trim()].filter(Boolean).join(' ')].filter(Boolean).join(', ')
  const location: Location = {
    ...(parts.name?.trim() ? { name: parts.name.trim() } : {}),
    ...(address ? { address } : {}),
    ...(postcode ? { postcode: locationFromText(postcode)?.postcode ?? postcode } : {}),
    ...coordinates(parts.lat, parts.lon),
  }
  return Object.keys(location).length > 0 ? location : undefined
}

/** Both coordinates, in range; 0,0 is what an address that was never geocoded gets. */
function coordinates(lat: number | null | undefined, lon: number | null | undefined): Pick<Location, 'lat' | 'lon'> {
  if (typeof lat !== 'number' || typeof lon !== 'number' || !Number.isFinite(lat) || !Number.isFinite(lon)) return {}
  if (Math.abs(lat) > 90 || Math.abs(lon) > 180 || (lat === 0 && lon === 0)) return {}
  return { lat, lon }
}
