import { booleanPointInPolygon } from '@turf/boolean-point-in-polygon'
import type { Location } from '../domain/item.ts'
import type { PlacedBy } from '../domain/placement.ts'
import { foldName } from '../wijken/fold-name.ts'
import type { Area } from '../wijken/geometry.ts'
import { TEXT_POSTCODE } from '../normalise/location.ts'
import { normalisePostcode } from '../wijken/postcode.ts'

export interface PlaceableWijk {
  slug: string
  name: string
  gemeente: string | null
  /** PC4 (3572) and PC6 (3572CD) postcodes. */
  postcodes: string[]
  geometry: Area | null
}

export interface PlaceInput {
  location: Location | null
  /** The item's title and body as plain text. */
  text: string
}

export interface Placement {
  slug: string | null
  by: PlacedBy
}

export type Placer = (input: PlaceInput, sourceWijk: string | null) => Placement

const TEXT_PC6 = new RegExp(TEXT_POSTCODE, 'g')
// An address field may write the letters in lower case ("3572 cd").
const ADDRESS_PC6 = /\b([1-9]\d{3}) ?(?![sS][aAdDsS])([a-zA-Z]{2})\b/g
// A PC4 before a place name: "Kerkstraat 2, 3572 Voorbeeldstad".
const ADDRESS_PC4 = /\b([1-9]\d{3})\s+(?=\p{Lu}\p{Ll})/gu
// CBS names many wijken "Wijk 01 Centrum"; people write "Centrum".
const CBS_NUMBER_PREFIX = /^(?:wijk|buurt) \d+ /

/**
 * The wijk an item belongs to: the wijk whose area holds its coordinates; else the wijk that lists its PC6,
 * then its PC4 (or, when no wijk lists that PC4, the wijk whose PC6es are the only ones in it); else a wijk named in the location or the text ("Wijk: Vogelbuurt", "in de Vogelbuurt",
 * "West (Roosendaal)"); else the source's wijk. Where a step finds several wijken, the source's wijk wins
 * when it is one of them; otherwise the step gives no answer and the next one is tried.
 */
export function placeItem(input: PlaceInput, wijken: readonly PlaceableWijk[], sourceWijk: string | null): Placement {
  return createPlacer(wijken)(input, sourceWijk)
}

/** `placeItem` with the wijken indexed once, for placing many items. */
export function createPlacer(wijken: readonly PlaceableWijk[]): Placer {
  const areas = wijken.flatMap((w) => (w.geometry ? [{ slug: w.slug, area: w.geometry, box: boundingBox(w.geometry) }] : []))
  const postcodeOwners = indexPostcodes(wijken)
  const { names, gemeenten } = indexNames(wijken)
  const gemeenteOf = new Map(wijken.map((w) => [w.slug, w.gemeente === null ? null : foldName(w.gemeente)]))

  return (input, sourceWijk) => {
    const pick = (slugs: Iterable<string>): string | null => {
      const unique = new Set(slugs)
      if (unique.size === 1) return [...unique][0]!
      return sourceWijk !== null && unique.has(sourceWijk) ? sourceWijk : null
    }
    const { location, text } = input

    if (location && Number.isFinite(location.lat) && Number.isFinite(location.lon)) {
      const point = [location.lon!, location.lat!]
      const slug = pick(areas.filter((a) => inBox(a.box, point) && booleanPointInPolygon(point, a.area)).map((a) => a.slug))
      if (slug) return { slug, by: 'coordinates' }
    }

    const postcodes = postcodesIn(location, text)
    for (const pc6 of postcodes.filter((p) => p.length === 6)) {
      const slug = pick(postcodeOwners.pc6.get(pc6) ?? [])
      if (slug) return { slug, by: 'postcode' }
    }
    for (const pc4 of new Set(postcodes.map((p) => p.slice(0, 4)))) {
      const slug = pick(postcodeOwners.pc4.get(pc4) ?? postcodeOwners.pc4OfPc6.get(pc4) ?? [])
      if (slug) return { slug, by: 'postcode' }
    }

    const fields = [location?.name, location?.address, text].map((field) => (field ? foldName(field).split(' ') : []))
    const namedGemeenten = new Set(fields.flatMap((words) => gemeenten.find(words)).flat())
    const sourceGemeente = sourceWijk === null ? null : (gemeenteOf.get(sourceWijk) ?? null)
    for (const words of fields) {
      const slug = pick(names.find(words).flatMap((named) => qualify(named, namedGemeenten, sourceGemeente)).map((w) => w.slug))
      if (slug) return { slug, by: 'name' }
    }

    return { slug: sourceWijk, by: 'source' }
  }
}

interface NamedWijk {
  slug: string
  /** Folded. */
  gemeente: string | null
}

/**
 * The wijken a name in the text can mean: those in a gemeente the item names ("West (Roosendaal)"), else those
 * in the source wijk's gemeente: a wijk name elsewhere is an everyday word here ("het centrum", "de kern",
 * "Amsterdam West") and does not move a post to another town. Without a gemeente of the source, a name counts
 * when all the wijken that bear it lie in one gemeente.
 */
function qualify(named: NamedWijk[], namedGemeenten: Set<string>, sourceGemeente: string | null): NamedWijk[] {
  const withGemeenteNamed = named.filter((w) => w.gemeente !== null && namedGemeenten.has(w.gemeente))
  if (withGemeenteNamed.length > 0) return withGemeenteNamed
  if (sourceGemeente !== null) return named.filter((w) => w.gemeente === sourceGemeente)
  return new Set(named.map((w) => w.gemeente)).size === 1 ? named : []
}

function indexPostcodes(wijken: readonly PlaceableWijk[]) {
  const pc6 = new Map<string, string[]>()
  const pc4 = new Map<string, string[]>()
  const pc4OfPc6 = new Map<string, string[]>()
  const add = (index: Map<string, string[]>, key: string, slug: string) => index.set(key, [...(index.get(key) ?? []), slug])
  for (const wijk of wijken) {
    for (const postcode of wijk.postcodes.map(normalisePostcode)) {
      if (postcode?.length === 6) {
        add(pc6, postcode, wijk.slug)
        add(pc4OfPc6, postcode.slice(0, 4), wijk.slug)
      } else if (postcode) add(pc4, postcode, wijk.slug)
    }
  }
  return { pc6, pc4, pc4OfPc6 }
}

function indexNames(wijken: readonly PlaceableWijk[]) {
  const gemeenten = new PhraseIndex<string>()
  const gemeenteNames = new Set(wijken.flatMap((w) => (w.gemeente ? [foldName(w.gemeente)] : [])))
  for (const gemeente of gemeenteNames) gemeenten.add(gemeente, gemeente)
  const names = new PhraseIndex<NamedWijk>()
  for (const wijk of wijken) {
    const named = { slug: wijk.slug, gemeente: wijk.gemeente === null ? null : foldName(wijk.gemeente) }
    const name = foldName(wijk.name)
    // "Vogelbuurt (demo)" is also "Vogelbuurt".
    const withoutRemark = foldName(wijk.name.replace(/\s*\([^()]*\)\s*$/, ''))
    for (const alias of new Set([name, withoutRemark, name.replace(CBS_NUMBER_PREFIX, '')])) {
      // A wijk called after its town ("Wijk 00 Roosendaal") is not meant by every mention of the town.
      if (alias && !gemeenteNames.has(alias)) names.add(alias, named)
    }
  }
  return { names, gemeenten }
}

/** Phrases of whole words, looked up by their first word. */
class PhraseIndex<T> {
  private readonly byFirstWord = new Map<string, { words: string[]; values: T[] }[]>()

  /** `phrase` folded (foldName). */
  add(phrase: string, value: T): void {
    const words = phrase.split(' ')
    const entries = this.byFirstWord.get(words[0]!) ?? []
    const entry = entries.find((e) => e.words.join(' ') === phrase)
    if (entry) entry.values.push(value)
    else {
      entries.push({ words, values: [value] })
      entries.sort((a, b) => b.words.length - a.words.length)
    }
    this.byFirstWord.set(words[0]!, entries)
  }

  /** The values of every phrase in `words`, leftmost longest first; a phrase inside a longer match does not count. */
  find(words: string[]): T[][] {
    const found: T[][] = []
    for (let i = 0; i < words.length; i++) {
      const entry = this.byFirstWord.get(words[i]!)?.find((e) => e.words.every((word, j) => words[i + j] === word))
      if (!entry) continue
      found.push(entry.values)
      i += entry.words.length - 1
    }
    return found
  }
}

/** Postcodes in the item, most reliable first: the location's own, then those in its address, then in the text. */
function postcodesIn(location: Location | null, text: string): string[] {
  const found: string[] = []
  const own = normalisePostcode(location?.postcode)
  if (own) found.push(own)
  const address = location?.address ?? ''
  for (const match of address.matchAll(ADDRESS_PC6)) found.push(match[1]! + match[2]!.toUpperCase())
  for (const match of address.matchAll(ADDRESS_PC4)) found.push(match[1]!)
  for (const match of text.matchAll(TEXT_PC6)) found.push(match[1]! + match[2]!)
  return [...new Set(found)]
}

/** [west, south, east, north] */
type Box = [number, number, number, number]

function boundingBox(area: Area): Box {
  const box: Box = [Infinity, Infinity, -Infinity, -Infinity]
  for (const [lon, lat] of area.type === 'Polygon' ? area.coordinates.flat() : area.coordinates.flat(2)) {
    box[0] = Math.min(box[0], lon!)
    box[1] = Math.min(box[1], lat!)
    box[2] = Math.max(box[2], lon!)
    box[3] = Math.max(box[3], lat!)
  }
  return box
}

function inBox([west, south, east, north]: Box, [lon, lat]: number[]): boolean {
  return lon! >= west && lon! <= east && lat! >= south && lat! <= north
}
