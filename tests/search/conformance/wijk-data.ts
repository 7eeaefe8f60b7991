import type { Kysely } from 'kysely'
import type { Database } from '../../../src/store/schema.ts'
import { saveWijk } from '../../../src/store/wijken.ts'
import { seedItems, seedSource, type SeedFields } from '../../helpers/seed-items.ts'

/**
 * Two wijken of Roosendaal as of NOW (Tuesday 10 November 2026, noon), on four platforms: requests, offers,
 * activities and news written as residents write them, with the words the conformance queries are about.
 * Kept small enough to know every right answer by heart.
 */
export const KALSDONK = { slug: 'kalsdonk', name: 'Kalsdonk' }
export const WESTRAND = { slug: 'westrand', name: 'Westrand' }
/** The Kalsdonk buurthuis; the item `rollator-gevonden` lies 3 km away, the others without coordinates. */
export const BUURTHUIS = { lat: 51.5370, lon: 4.4790 }

const kalsdonkPosts: Record<'mijnbuurtje' | 'facebook' | 'agenda', SeedFields[]> = {
  mijnbuurtje: [
    { id: 'boodschappen-hulp', kind: 'request', categories: ['boodschappen'], title: 'Wie kan wekelijks boodschappen voor mij doen?', body: 'Sinds mijn heupoperatie kom ik moeilijk de deur uit. Ik zoek iemand die op vrijdag bij de Jumbo boodschappen haalt.', publishedAt: '2026-11-09T10:00:00+01:00' },
    { id: 'laptop-hulp', kind: 'request', categories: ['digitaal'], title: 'Hulp gezocht met mijn nieuwe laptop', body: 'Ik heb een laptop gekregen van mijn kinderen maar weet niet hoe ik moet beeldbellen. Wie wil mij een middag helpen?', publishedAt: '2026-11-08T14:20:00+01:00' },
    { id: 'klussen-aanbod', kind: 'offer', categories: ['klussen'], title: 'Gepensioneerde timmerman doet kleine klussen', body: 'Een plankje ophangen, een deur die klemt, een lekkende kraan: ik help graag buren in Kalsdonk, gratis.', publishedAt: '2026-11-05T09:00:00+01:00' },
    { id: 'fiets-weg', kind: 'offer', categories: ['spullen'], title: 'Kinderfiets gratis af te halen', body: 'Een blauwe kinderfiets van 20 inch, banden zijn net nieuw. Ophalen aan de Kalsdonksestraat.', publishedAt: '2026-11-03T16:45:00+01:00' },
    { id: 'oppas-gevraagd', kind: 'request', categories: ['kinderen'], title: 'Oppas gezocht voor woensdagmiddag', body: 'Voor onze twee dochters (6 en 9) zoeken we een lieve oppas op woensdag van 12 tot 17 uur.', publishedAt: '2026-10-28T19:30:00+01:00', status: 'closed' },
    { id: 'tuin-verouderd', kind: 'request', categories: ['tuin'], title: 'Wie helpt mij met de tuin?', body: 'Mijn tuin is verwilderd, de heg moet gesnoeid en het onkruid moet eruit. Wie helpt een paar uur?', publishedAt: '2026-10-20T11:00:00+02:00' },
  ],
  facebook: [
    { id: 'computer-les', kind: 'offer', categories: ['digitaal'], title: 'Computerles voor senioren', body: 'Ik ben student informatica en geef graag uitleg over je computer, tablet of telefoon. Bij jou thuis, kosteloos.', publishedAt: '2026-11-07T20:10:00+01:00' },
    { id: 'supermarkt-rit', kind: 'offer', categories: ['boodschappen', 'vervoer'], title: 'Elke zaterdag naar de supermarkt: wie rijdt mee?', body: 'Ik ga elke zaterdagochtend met de auto naar de Albert Heijn in de stad en neem graag iemand mee.', publishedAt: '2026-11-06T08:30:00+01:00' },
    { id: 'inbraak', kind: 'info', categories: ['veiligheid'], title: 'Let op: inbraken in de Tulpstraat', body: 'Afgelopen nacht is er twee keer ingebroken via de achterdeur. Sluit schuurtjes af en meld verdachte zaken.', publishedAt: '2026-11-09T07:45:00+01:00' },
    { id: 'rollator-gevonden', kind: 'request', categories: ['spullen', 'zorg'], title: 'Rollator gevonden bij het station', body: 'Vanmorgen stond er een rode rollator bij de fietsenstalling van het station. Van wie is hij?', publishedAt: '2026-11-10T09:15:00+01:00', location: { name: 'Station Roosendaal', lat: 51.5397, lon: 4.4587 } },
  ],
  agenda: [
    { id: 'taalcafe', kind: 'event', categories: ['taal-administratie', 'gezelschap'], title: 'Taalcafé in Buurthuis Kalsdonk', body: 'Oefen Nederlands praten onder het genot van koffie. Iedereen is welkom, ook beginners.', publishedAt: '2026-11-02T12:00:00+01:00', startsAt: '2026-11-12T10:00:00+01:00', endsAt: '2026-11-12T12:00:00+01:00', location: { name: 'Buurthuis Kalsdonk', lat: 51.5371, lon: 4.4792 } },
    { id: 'repair-cafe', kind: 'event', categories: ['klussen'], title: 'Repair café: breng je kapotte spullen', body: 'Vrijwilligers repareren fietsen, lampen en kleding. Neem je kapotte spullen mee naar het buurthuis.', publishedAt: '2026-11-01T10:00:00+01:00', startsAt: '2026-11-21T13:00:00+01:00', endsAt: '2026-11-21T16:00:00+01:00', location: { name: 'Buurthuis Kalsdonk', lat: 51.5371, lon: 4.4792 } },
    { id: 'kerstmarkt', kind: 'event', categories: ['buurt'], title: 'Kerstmarkt op het plein', body: 'Kraampjes, warme chocolademelk en een kerstkoor. Voor het hele gezin.', publishedAt: '2026-11-04T09:00:00+01:00', startsAt: '2026-12-12', allDay: true },
    { id: 'burendag-terug', kind: 'event', categories: ['buurt'], title: 'Burendag in het park', body: 'Samen de speeltuin opknappen en daarna een hapje eten.', publishedAt: '2026-09-01T09:00:00+02:00', startsAt: '2026-09-26T10:00:00+02:00', endsAt: '2026-09-26T15:00:00+02:00' },
  ],
}

const westrandPosts: SeedFields[] = [
  { id: 'westrand-boodschappen', kind: 'request', categories: ['boodschappen'], title: 'Boodschappen halen voor mijn buurvrouw', body: 'Mijn buurvrouw ligt in het ziekenhuis. Wie haalt deze week boodschappen voor haar man?', publishedAt: '2026-11-09T18:00:00+01:00' },
  { id: 'westrand-laptop', kind: 'offer', categories: ['digitaal'], title: 'Oude laptop te geef', body: 'Werkt nog prima voor mail en internet. Ophalen in Westrand.', publishedAt: '2026-11-04T12:00:00+01:00' },
]

/** Fills the two wijken; the queries of the suite are written for exactly this data. */
export async function seedConformanceData(db: Kysely<Database>): Promise<void> {
  const kalsdonk = await saveWijk(db, { ...KALSDONK, gemeente: 'Roosendaal', postcodes: ['4707'] })
  const westrand = await saveWijk(db, { ...WESTRAND, gemeente: 'Roosendaal', postcodes: ['4706'] })
  const mijnbuurtje = await seedSource(db, kalsdonk, { name: 'Kalsdonk op mijnbuurtje', url: 'https://kalsdonk.mijnbuurtje.nl', platform: 'mijnbuurtje' })
  const facebook = await seedSource(db, kalsdonk, { name: 'Buurtgroep Kalsdonk', url: 'https://www.facebook.com/groups/kalsdonk', platform: 'facebook' })
  const agenda = await seedSource(db, kalsdonk, { name: 'Agenda Buurthuis Kalsdonk', url: 'https://buurthuiskalsdonk.nl/agenda', platform: 'feed' })
  const westrandSite = await seedSource(db, westrand, { name: 'Westrand op mijnbuurtje', url: 'https://westrand.mijnbuurtje.nl', platform: 'mijnbuurtje' })
  await seedItems(db, mijnbuurtje, kalsdonk, kalsdonkPosts.mijnbuurtje)
  await seedItems(db, facebook, kalsdonk, kalsdonkPosts.facebook)
  await seedItems(db, agenda, kalsdonk, kalsdonkPosts.agenda)
  await seedItems(db, westrandSite, westrand, westrandPosts)
}

/** The visible Kalsdonk items, newest first (by publication), as the suite expects them. */
export const KALSDONK_NEWEST = [
  'rollator-gevonden', 'boodschappen-hulp', 'inbraak', 'laptop-hulp', 'computer-les', 'supermarkt-rit', 'klussen-aanbod',
  'kerstmarkt', 'fiets-weg', 'taalcafe', 'repair-cafe', 'oppas-gevraagd', 'tuin-verouderd', 'burendag-terug',
]
