import type { Kysely } from 'kysely'
import type { Item } from '../../src/domain/item.ts'
import type { Database } from '../../src/store/schema.ts'
import { hideItem, upsertItems, type StoredItemInput } from '../../src/store/items.ts'
import { addSource, type Source } from '../../src/store/sources.ts'
import { saveWijk, type NewWijk, type Wijk } from '../../src/store/wijken.ts'
import { asStored } from './item-factory.ts'

/** The moment the seeded data is looked at: Tuesday 10 November 2026, noon in Amsterdam. */
export const NOW = new Date('2026-11-10T12:00:00+01:00')

/** What a test says about an item; the rest gets plain defaults. `body` is plain text. */
export type SeedFields = Partial<Omit<Item, 'source' | 'wijk' | 'alsoOn' | 'cluster' | 'followUp'>> & { id: string; title: string; body?: string }

/** A seeded source with the platform its items are on. */
export type SeededSource = Source & { platform: string }

export function storedItem(source: SeededSource, wijk: Wijk | null, fields: SeedFields): StoredItemInput {
  const { body = '', ...rest } = fields
  const item: Item = {
    kind: 'info',
    categories: ['overig'],
    summary: body.slice(0, 300),
    bodyHtml: body ? `<p>${body}</p>` : '',
    url: `${source.url.replace(/\/$/, '')}/bericht/${fields.id}`,
    platform: source.platform,
    location: null,
    startsAt: null,
    endsAt: null,
    allDay: false,
    publishedAt: null,
    updatedAt: null,
    expiresAt: null,
    status: 'open',
    reactions: null,
    ...rest,
    source: { id: source.id, name: source.name, url: source.url },
    wijk: wijk ? { slug: wijk.slug, name: wijk.name } : null,
    cluster: fields.id,
    alsoOn: [],
    followUp: null,
  }
  return asStored(item, body)
}

export async function seedSource(
  db: Kysely<Database>,
  wijk: Wijk,
  source: { name: string; url: string; platform: string },
): Promise<SeededSource> {
  const stored = await addSource(db, { adapter: 'feed', url: source.url, wijkSlug: wijk.slug, name: source.name, config: {}, local: false })
  return { ...stored, platform: source.platform }
}

export async function seedItems(db: Kysely<Database>, source: SeededSource, wijk: Wijk | null, items: SeedFields[]): Promise<void> {
  await upsertItems(db, source.id, items.map((fields) => storedItem(source, wijk, fields)))
}

export interface Vogelbuurt {
  wijk: Wijk
  otherWijk: Wijk
  buurtsite: SeededSource
  nlvoorelkaar: SeededSource
  agenda: SeededSource
  prikbord: SeededSource
}

const vogelbuurtWijk: NewWijk = { slug: 'vogelbuurt', name: 'Vogelbuurt', gemeente: 'Amsterdam', postcodes: ['1031'], demo: true }
const rivierenbuurtWijk: NewWijk = { slug: 'rivierenbuurt', name: 'Rivierenbuurt', gemeente: 'Amsterdam', postcodes: ['1078'] }

/**
 * A small, realistic wijk as of NOW: ten visible items in the Vogelbuurt on three platforms (three of them
 * closed: a past event, a given-away offer, an expired request), one hidden item, and one item in the
 * Rivierenbuurt next door.
 */
export async function seedVogelbuurt(db: Kysely<Database>): Promise<Vogelbuurt> {
  const wijk = await saveWijk(db, vogelbuurtWijk)
  const otherWijk = await saveWijk(db, rivierenbuurtWijk)
  const buurtsite = await seedSource(db, wijk, { name: 'Buurtsite Vogelbuurt', url: 'https://vogelbuurt.mijnbuurtje.nl', platform: 'mijnbuurtje' })
  const nlvoorelkaar = await seedSource(db, wijk, { name: 'NLvoorElkaar Amsterdam', url: 'https://www.nlvoorelkaar.nl', platform: 'nlvoorelkaar' })
  const agenda = await seedSource(db, wijk, { name: 'Agenda Buurthuis De Kolibrie', url: 'https://dekolibrie.nl/agenda', platform: 'feed' })
  const prikbord = await seedSource(db, otherWijk, { name: 'Prikbord Rivierenbuurt', url: 'https://www.facebook.com/groups/prikbordrivierenbuurt', platform: 'facebook' })

  await seedItems(db, buurtsite, wijk, [
    {
      id: 'boodschap',
      kind: 'request',
      categories: ['boodschappen'],
      title: 'Wie doet een boodschap voor mij?',
      body: 'Ik ben slecht ter been en zoek iemand die op donderdag een boodschap bij de supermarkt kan halen.',
      publishedAt: '2026-11-09T10:00:00+01:00',
    },
    {
      id: 'klusjes',
      kind: 'offer',
      categories: ['klussen'],
      title: 'Handige buurman helpt met klusjes',
      body: 'Gepensioneerd timmerman biedt hulp bij kleine reparaties in huis: een kastje ophangen, een lekkende kraan.',
      publishedAt: '2026-11-08T09:30:00+01:00',
    },
    {
      id: 'bankjes',
      kind: 'info',
      categories: ['buurt'],
      title: 'Nieuwe bankjes in het park',
      body: 'De gemeente plaatst deze week nieuwe bankjes. Neem je je hond mee? In het park geldt een aanlijnplicht.',
      publishedAt: '2026-11-07T08:00:00+01:00',
    },
    {
      id: 'oplichters',
      kind: 'info',
      categories: ['veiligheid'],
      title: 'Let op: oplichters aan de deur',
      body: 'Er gaan mensen langs de deuren die zich voordoen als monteur. Vraag altijd om een pasje.',
      publishedAt: '2026-11-06T20:15:00+01:00',
    },
    {
      id: 'digid',
      kind: 'request',
      categories: ['digitaal'],
      title: 'Hulp gezocht met DigiD aanvragen',
      body: 'Mijn moeder wil haar DigiD aanvragen maar komt er niet uit.',
      publishedAt: '2026-10-20T11:00:00+02:00',
      expiresAt: '2026-11-01T00:00:00+01:00',
    },
    {
      id: 'verborgen',
      kind: 'request',
      categories: ['boodschappen'],
      title: 'Verborgen: boodschap met telefoonnummer',
      body: 'Dit bericht is door een buurtmaker verborgen.',
      publishedAt: '2026-11-09T12:00:00+01:00',
    },
  ])
  await hideItem(db, 'verborgen')
  await seedItems(db, nlvoorelkaar, wijk, [
    {
      id: 'kinderfiets',
      kind: 'offer',
      categories: ['spullen', 'kinderen'],
      title: 'Kinderfiets gratis af te halen',
      body: 'Een blauwe kinderfiets van 20 inch, voor wie hem kan gebruiken.',
      publishedAt: '2026-11-05T16:00:00+01:00',
      status: 'closed',
    },
    {
      id: 'hond',
      kind: 'request',
      categories: ['dieren'],
      title: 'Hond uitlaten gezocht',
      body: 'Wie kan overdag een rondje lopen met mijn labrador? Hij is lief en rustig.',
      publishedAt: '2026-11-07T08:00:00+01:00',
    },
  ])
  await seedItems(db, agenda, wijk, [
    {
      id: 'repair-cafe',
      kind: 'event',
      categories: ['klussen', 'sport-cultuur'],
      title: 'Repair Café in De Kolibrie',
      body: 'Neem je kapotte spullen mee: vrijwilligers repareren ze samen met jou. Koffie staat klaar.',
      startsAt: '2026-11-14T13:00:00+01:00',
      endsAt: '2026-11-14T16:00:00+01:00',
      location: { name: 'Buurthuis De Kolibrie', address: 'Mezenstraat 12' },
      publishedAt: '2026-11-01T10:00:00+01:00',
    },
    {
      id: 'rommelmarkt',
      kind: 'event',
      categories: ['spullen'],
      title: 'Rommelmarkt op het Merelplein',
      body: 'Verkoop je oude spullen of vind een koopje. Kraampjes gratis.',
      startsAt: '2026-11-21T00:00:00+01:00',
      allDay: true,
      location: { name: 'Merelplein' },
      publishedAt: '2026-11-02T10:00:00+01:00',
    },
    {
      id: 'borrel',
      kind: 'event',
      categories: ['gezelschap'],
      title: 'Buurtborrel',
      body: 'Kennismaken met de buren onder het genot van een drankje.',
      startsAt: '2026-11-03T17:00:00+01:00',
      endsAt: '2026-11-03T19:00:00+01:00',
      publishedAt: '2026-10-20T10:00:00+02:00',
    },
  ])
  await seedItems(db, prikbord, otherWijk, [
    {
      id: 'rivieren-boodschappen',
      kind: 'request',
      categories: ['boodschappen'],
      title: 'Boodschappen doen voor mijn buurvrouw',
      body: 'Wie kan op maandag boodschappen doen voor mijn buurvrouw van 90?',
      publishedAt: '2026-11-09T09:00:00+01:00',
    },
  ])
  return { wijk, otherWijk, buurtsite, nlvoorelkaar, agenda, prikbord }
}
