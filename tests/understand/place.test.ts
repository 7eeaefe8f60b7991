import { describe, expect, it } from 'vitest'
import type { Location } from '../../src/domain/item.ts'
import { createPlacer, placeItem, type PlaceableWijk } from '../../src/understand/place.ts'

/** A rectangle [west, south, east, north] as a closed ring of [lon, lat]. */
function ring([west, south, east, north]: number[]): number[][] {
  return [[west!, south!], [east!, south!], [east!, north!], [west!, north!], [west!, south!]]
}

const WIJKEN: PlaceableWijk[] = [
  { slug: 'centrum-roosendaal', name: 'Centrum', gemeente: 'Roosendaal', postcodes: ['4701AA', '4701 AB', '4702AD'], geometry: { type: 'Polygon', coordinates: [ring([4.455, 51.525, 4.475, 51.537])] } },
  { slug: 'west-roosendaal', name: 'West', gemeente: 'Roosendaal', postcodes: ['4702AB', '4702AC'], geometry: { type: 'Polygon', coordinates: [ring([4.43, 51.52, 4.455, 51.545])] } },
  {
    slug: 'tolberg',
    name: 'Wijk 03 Tolberg',
    gemeente: 'Roosendaal',
    postcodes: ['4707AA'],
    // The bedrijventerrein lies apart from the rest of the wijk.
    geometry: { type: 'MultiPolygon', coordinates: [[ring([4.475, 51.515, 4.5, 51.537])], [ring([4.505, 51.52, 4.515, 51.527])]] },
  },
  {
    slug: 'kalsdonk',
    name: 'Kalsdonk',
    gemeente: 'Roosendaal',
    postcodes: [],
    // The park in the middle is not part of it.
    geometry: { type: 'Polygon', coordinates: [ring([4.455, 51.537, 4.49, 51.55]), ring([4.465, 51.54, 4.475, 51.545])] },
  },
  { slug: 'roosendaal-stad', name: 'Wijk 00 Roosendaal', gemeente: 'Roosendaal', postcodes: [], geometry: null },
  { slug: 'centrum-bergen-op-zoom', name: 'Centrum', gemeente: 'Bergen op Zoom', postcodes: ['4611'], geometry: null },
  { slug: 'west-bergen-op-zoom', name: 'West', gemeente: 'Bergen op Zoom', postcodes: [], geometry: null },
  { slug: 'centrum-sneek', name: 'Centrum', gemeente: 'Súdwest-Fryslân', postcodes: [], geometry: null },
  { slug: 'vogelbuurt-demo', name: 'Vogelbuurt (demo)', gemeente: 'Voorbeeldstad', postcodes: ['3572', '3573AB'], geometry: null },
  { slug: 'bloemenbuurt', name: 'Bloemenbuurt', gemeente: 'Voorbeeldstad', postcodes: ['3572CD'], geometry: null },
]

const place = (text: string, location: Location | null = null, sourceWijk: string | null = null) => placeItem({ location, text }, WIJKEN, sourceWijk)

describe('placeItem by coordinates', () => {
  it('takes the wijk whose polygon holds the point, before postcode and name', () => {
    const location = { name: 'Bibliotheek', address: 'Markt 1, 4702 AB Roosendaal', lat: 51.531, lon: 4.4635 }
    expect(place('Voorleesochtend in de bieb, voor alle kinderen uit West', location)).toEqual({ slug: 'centrum-roosendaal', by: 'coordinates' })
  })

  it('finds the detached part of a MultiPolygon', () => {
    expect(place('Inzamelactie bij het bedrijventerrein', { lat: 51.523, lon: 4.51 })).toEqual({ slug: 'tolberg', by: 'coordinates' })
  })

  it('does not place a point in a hole in the wijk', () => {
    expect(place('Picknick in het park', { lat: 51.542, lon: 4.47 }, 'west-roosendaal')).toEqual({ slug: 'west-roosendaal', by: 'source' })
    expect(place('Picknick aan de rand van het park', { lat: 51.538, lon: 4.47 })).toEqual({ slug: 'kalsdonk', by: 'coordinates' })
  })

  it('goes on to the postcode when the point is in no wijk', () => {
    expect(place('Oud papier', { address: 'Dorpsstraat 4, 4702AC Roosendaal', lat: 52.37, lon: 4.89 })).toEqual({ slug: 'west-roosendaal', by: 'postcode' })
  })
})

describe('placeItem by postcode', () => {
  it('prefers the wijk listing the PC6 over the wijk listing its PC4', () => {
    expect(place('', { postcode: '3572 CD' })).toEqual({ slug: 'bloemenbuurt', by: 'postcode' })
    expect(place('', { postcode: '3572AA' })).toEqual({ slug: 'vogelbuurt-demo', by: 'postcode' })
  })

  it('reads the postcode from the address, also in lower case or as PC4 before the town', () => {
    expect(place('Repair café', { name: 'Buurthuis De Linde', address: 'Kerkstraat 2, 3572 cd Voorbeeldstad' })).toEqual({ slug: 'bloemenbuurt', by: 'postcode' })
    expect(place('Repair café', { address: 'Kerkstraat 2, 3572 Voorbeeldstad' })).toEqual({ slug: 'vogelbuurt-demo', by: 'postcode' })
  })

  it('reads a postcode in the text, but not a year followed by a word', () => {
    expect(place('Gratis af te halen: kinderfiets, Dorpsstraat 12, 4702 AB. Graag voor zaterdag ophalen')).toEqual({ slug: 'west-roosendaal', by: 'postcode' })
    expect(place('Ik woon sinds 1985 in de buurt en zoek hulp bij de tuin', null, 'kalsdonk')).toEqual({ slug: 'kalsdonk', by: 'source' })
  })

  it('takes a PC4 that only one wijk lists PC6es of, and leaves a PC4 shared by wijken to the source', () => {
    expect(place('', { address: 'Stationsplein, 4701 Roosendaal' })).toEqual({ slug: 'centrum-roosendaal', by: 'postcode' })
    expect(place('', { address: 'Nieuwe Markt, 4702 Roosendaal' }, 'tolberg')).toEqual({ slug: 'tolberg', by: 'source' })
    expect(place('', { address: 'Nieuwe Markt, 4702 Roosendaal' }, 'west-roosendaal')).toEqual({ slug: 'west-roosendaal', by: 'postcode' })
  })

  it('beats a wijk name in the text', () => {
    expect(place('Koffieochtend voor de hele Vogelbuurt, Kerkstraat 2, 4702 AC Roosendaal')).toEqual({ slug: 'west-roosendaal', by: 'postcode' })
  })
})

describe('placeItem by name', () => {
  it('finds a wijk named in the text, as a whole word, ignoring case', () => {
    expect(place('Wijk: Vogelbuurt\nGezocht: iemand die woensdag mijn hond uitlaat')).toEqual({ slug: 'vogelbuurt-demo', by: 'name' })
    expect(place('Wie helpt er mee met de plantjesmarkt in de VOGELBUURT? 🌷')).toEqual({ slug: 'vogelbuurt-demo', by: 'name' })
    expect(place('Het vogelbuurtfeest is verplaatst naar volgende week', null, 'bloemenbuurt')).toEqual({ slug: 'bloemenbuurt', by: 'source' })
  })

  it('reads the location name and address first', () => {
    expect(place('Ook bewoners van de Vogelbuurt zijn welkom', { name: 'Speeltuin Bloemenbuurt' })).toEqual({ slug: 'bloemenbuurt', by: 'name' })
  })

  it('places a name shared by several gemeenten only with its gemeente named, ignoring accents', () => {
    expect(place('Buurtbarbecue in West (Roosendaal), neem je eigen vlees mee')).toEqual({ slug: 'west-roosendaal', by: 'name' })
    expect(place('Rommelmarkt in West, Bergen op Zoom')).toEqual({ slug: 'west-bergen-op-zoom', by: 'name' })
    expect(place('Taalcafé in het centrum van Sneek (Sudwest-Fryslan)')).toEqual({ slug: 'centrum-sneek', by: 'name' })
    expect(place('Gezocht: vrijwilligers voor de kerstmarkt in het Centrum')).toEqual({ slug: null, by: 'source' })
  })

  it("places a shared name in the source wijk's gemeente", () => {
    expect(place('Gezocht: vrijwilligers voor de kerstmarkt in het Centrum', null, 'kalsdonk')).toEqual({ slug: 'centrum-roosendaal', by: 'name' })
    expect(place('Gezocht: vrijwilligers voor de kerstmarkt in het Centrum', null, 'vogelbuurt-demo')).toEqual({ slug: 'vogelbuurt-demo', by: 'source' })
  })

  it('knows a CBS name without its number, but does not read every mention of the town as a wijk', () => {
    expect(place('Zwerfvuilactie in Tolberg, zaterdag 10 uur')).toEqual({ slug: 'tolberg', by: 'name' })
    expect(place('Wie rijdt er zaterdag mee naar Roosendaal?', null, 'kalsdonk')).toEqual({ slug: 'kalsdonk', by: 'source' })
  })

  it('takes the longest name, not a shorter one inside it', () => {
    const wijken: PlaceableWijk[] = [
      ...WIJKEN,
      { slug: 'oude-vogelbuurt', name: 'Oude Vogelbuurt', gemeente: 'Voorbeeldstad', postcodes: [], geometry: null },
      { slug: 'vogelbuurt-noord', name: 'Vogelbuurt-Noord', gemeente: 'Voorbeeldstad', postcodes: [], geometry: null },
    ]
    expect(placeItem({ location: null, text: 'Burendag in de Oude Vogelbuurt!' }, wijken, null)).toEqual({ slug: 'oude-vogelbuurt', by: 'name' })
    expect(placeItem({ location: null, text: 'Snoeiochtend Vogelbuurt Noord' }, wijken, null)).toEqual({ slug: 'vogelbuurt-noord', by: 'name' })
  })

  it('leaves two different wijken in one text to the source', () => {
    expect(place('Fietstocht van de Bloemenbuurt naar de Vogelbuurt', null, 'kalsdonk')).toEqual({ slug: 'kalsdonk', by: 'source' })
    expect(place('Fietstocht van de Bloemenbuurt naar de Vogelbuurt', null, 'bloemenbuurt')).toEqual({ slug: 'bloemenbuurt', by: 'name' })
  })
})

describe('createPlacer', () => {
  it('does not read an everyday word as a wijk of another gemeente', () => {
    for (const text of ['Ik woon vlak bij het centrum, wie kan mijn hond uitlaten?', 'Vanavond uit eten in Amsterdam West geweest', 'Wie helpt mij in het westen van de wijk?']) {
      expect(place(text, null, 'vogelbuurt-demo')).toEqual({ slug: 'vogelbuurt-demo', by: 'source' })
    }
    expect(place('Koffie in het Centrum, naast de kerk', null, 'west-roosendaal')).toEqual({ slug: 'centrum-roosendaal', by: 'name' })
  })

  it('places many items with one index, like placeItem, falling back to the source', () => {
    const placer = createPlacer(WIJKEN)
    const items = [
      { location: { lat: 51.53, lon: 4.44 }, text: 'Wandelgroep' },
      { location: null, text: 'Oppas gezocht in Kalsdonk (Roosendaal)' },
      { location: null, text: 'Oppas gezocht in Kalsdonk' },
      { location: { name: 'Online' }, text: 'Digitaal spreekuur' },
    ]
    expect(items.map((item) => placer(item, 'vogelbuurt-demo'))).toEqual([
      { slug: 'west-roosendaal', by: 'coordinates' },
      { slug: 'kalsdonk', by: 'name' },
      // A wijk of another gemeente counts only with that gemeente named.
      { slug: 'vogelbuurt-demo', by: 'source' },
      { slug: 'vogelbuurt-demo', by: 'source' },
    ])
    expect(items.map((item) => placeItem(item, WIJKEN, 'vogelbuurt-demo'))).toEqual(items.map((item) => placer(item, 'vogelbuurt-demo')))
  })
})
