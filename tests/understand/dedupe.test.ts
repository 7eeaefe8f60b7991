import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { clusterItems, type DedupeItem } from '../../src/understand/dedupe.ts'

function post(fields: Partial<DedupeItem> & Pick<DedupeItem, 'id' | 'body'>): DedupeItem {
  return {
    platform: 'facebook',
    kind: 'request',
    title: '',
    publishedAt: '2026-03-10T09:00:00+01:00',
    startsAt: null,
    location: null,
    sourceId: `source-of-${fields.id}`,
    ...fields,
  }
}

const DE_LINDE = { name: 'Buurthuis De Linde', address: 'Kerkstraat 2', postcode: '8021AB' }
const HET_ANKER = { name: 'Wijkcentrum Het Anker', address: 'Spreeuwlaan 12', postcode: '8022CD' }

const repairCafeAgenda = post({
  id: 'agenda-repair', platform: 'mobilizon', kind: 'event', title: 'Repair Café Vogelbuurt',
  body: 'Kapotte broodrooster of een lamp die het niet meer doet? Neem het mee naar het Repair Café! Onze vrijwillige reparateurs kijken met je mee. Gratis.',
  publishedAt: '2026-02-28T12:00:00+01:00', startsAt: '2026-03-14T13:00:00+01:00', location: HET_ANKER,
})
const repairCafeFacebook = post({
  id: 'fb-repair', kind: 'event',
  body: 'Zaterdag 14 maart is er weer Repair Café in Het Anker 🔧 van 13:00 tot 16:00. Niet weggooien maar laten repareren!',
  publishedAt: '2026-03-09T08:30:00+01:00', startsAt: '2026-03-14T13:00:00+01:00',
})
const repairCafeWhatsApp = post({
  id: 'wa-repair', platform: 'whatsapp', kind: 'event',
  body: 'Doorgestuurd: zaterdag Repair Café in Het Anker, niet weggooien maar laten repareren!',
  publishedAt: '2026-03-12T17:02:00+01:00', startsAt: '2026-03-14', allDay: true,
})

function clusterOf(clusters: Map<string, string>, id: string): string {
  const cluster = clusters.get(id)
  if (cluster === undefined) throw new Error(`no cluster for ${id}`)
  return cluster
}

function sameCluster(clusters: Map<string, string>, a: string, b: string): boolean {
  return clusterOf(clusters, a) === clusterOf(clusters, b)
}

describe('clusterItems: events', () => {
  it('puts one event from an agenda, a Facebook group and a WhatsApp forward in one cluster, named after the earliest', () => {
    const clusters = clusterItems([repairCafeWhatsApp, repairCafeFacebook, repairCafeAgenda])
    expect(clusters).toEqual(new Map([
      ['agenda-repair', 'agenda-repair'],
      ['fb-repair', 'agenda-repair'],
      ['wa-repair', 'agenda-repair'],
    ]))
  })

  it('keeps the weekly koffieochtend apart week by week, even with the same text and place', () => {
    const week = (id: string, day: string, sourceId: string) => post({
      id, kind: 'event', title: 'Koffieochtend', sourceId, location: DE_LINDE, startsAt: `${day}T10:00:00+01:00`,
      body: 'Elke dinsdag staat de koffie klaar in De Linde. Kom gezellig langs voor een kopje koffie en een praatje.',
    })
    const clusters = clusterItems([
      week('agenda-10', '2026-03-10', 'agenda'), week('agenda-17', '2026-03-17', 'agenda'),
      week('buurtsite-17', '2026-03-17', 'buurtsite'), week('buurtsite-24', '2026-03-24', 'buurtsite'),
    ])
    expect(sameCluster(clusters, 'agenda-17', 'buurtsite-17')).toBe(true)
    expect(new Set(clusters.values()).size).toBe(3)
  })

  it('keeps the same workshop at two buurthuizen on the same afternoon apart', () => {
    const workshop = (id: string, location: DedupeItem['location'], body: string) => post({
      id, kind: 'event', title: 'Workshop bloemschikken', location, startsAt: '2026-03-19T14:00:00+01:00', body,
    })
    const clusters = clusterItems([
      workshop('linde', DE_LINDE, 'Maak een voorjaarsstuk met tulpen en narcissen. Kosten €7,50, materiaal aanwezig.'),
      workshop('anker', HET_ANKER, 'Maak een voorjaarsstuk met takken en bloemen. Kosten €5, materiaal aanwezig.'),
    ])
    expect(sameCluster(clusters, 'linde', 'anker')).toBe(false)
  })

  it('reads a venue named only in the text: "in Het Anker" is not De Linde', () => {
    const agenda = post({
      id: 'linde', kind: 'event', title: 'Workshop bloemschikken', location: DE_LINDE, startsAt: '2026-03-19T14:00:00+01:00',
      body: 'Maak onder leiding van Ria een voorjaarsstuk. Kosten €7,50.',
    })
    const elsewhere = post({
      id: 'wa-anker', platform: 'whatsapp', kind: 'event', startsAt: '2026-03-19T14:00:00+01:00',
      body: 'Donderdag om 2 uur workshop bloemschikken in Het Anker, voorjaarsstuk maken voor 5 euro!',
    })
    const there = post({
      id: 'wa-linde', platform: 'whatsapp', kind: 'event', startsAt: '2026-03-19T14:00:00+01:00',
      body: 'Donderdag om 2 uur workshop bloemschikken in De Linde, voorjaarsstuk maken met Ria!',
    })
    const clusters = clusterItems([agenda, elsewhere, there])
    expect(sameCluster(clusters, 'linde', 'wa-linde')).toBe(true)
    expect(sameCluster(clusters, 'linde', 'wa-anker')).toBe(false)
  })

  it('matches an all-day and a timed item on the same day, but not two different hours', () => {
    const yoga = (id: string, startsAt: string, sourceId: string) => post({
      id, kind: 'event', title: 'Yoga voor 55+', sourceId, startsAt, allDay: !startsAt.includes('T'),
      body: 'Rustige yoga op de stoel en op de mat in De Linde. Proefles gratis.',
    })
    const clusters = clusterItems([
      yoga('agenda-early', '2026-03-12T09:30:00+01:00', 'agenda'),
      yoga('agenda-late', '2026-03-12T11:00:00+01:00', 'agenda'),
      yoga('facebook-late', '2026-03-12T11:00:00+01:00', 'facebook'),
      yoga('whatsapp-day', '2026-03-12', 'whatsapp'),
    ])
    expect(sameCluster(clusters, 'agenda-late', 'facebook-late')).toBe(true)
    expect(sameCluster(clusters, 'agenda-early', 'facebook-late')).toBe(false)
    // The all-day item fits either hour; it joins one of them, never both.
    expect(sameCluster(clusters, 'whatsapp-day', 'agenda-early') || sameCluster(clusters, 'whatsapp-day', 'agenda-late')).toBe(true)
  })

  it('matches one day of a weekend event with the whole weekend', () => {
    const clusters = clusterItems([
      post({
        id: 'weekend', platform: 'feed', kind: 'event', title: 'Kunstroute Vogelbuurt', allDay: true,
        startsAt: '2026-05-16', endsAt: '2026-05-17',
        body: 'Twintig buren zetten hun deuren open voor de kunstroute: schilderijen, keramiek en fotografie. Plattegrond bij het buurthuis.',
      }),
      post({
        id: 'sunday', kind: 'event', startsAt: '2026-05-17T12:00:00+02:00',
        body: 'Zondag doe ik mee aan de kunstroute in de Vogelbuurt, kom kijken naar mijn keramiek! Kerkstraat 14, vanaf 12 uur.',
      }),
      post({
        id: 'next-year', kind: 'event', startsAt: '2027-05-16T12:00:00+02:00',
        body: 'Volgend jaar weer kunstroute in de Vogelbuurt met keramiek en schilderijen!',
      }),
    ])
    expect(sameCluster(clusters, 'weekend', 'sunday')).toBe(true)
    expect(sameCluster(clusters, 'weekend', 'next-year')).toBe(false)
  })

  it('keeps a thank-you note after the event apart from the announcement', () => {
    const announcement = post({
      id: 'announce', kind: 'event', startsAt: '2026-03-21T10:00:00+01:00',
      body: 'Opschoonactie Oosterpark op zaterdag 21 maart! We prikken samen zwerfafval in het park. Na afloop soep.',
    })
    const thanks = post({
      id: 'thanks', kind: 'info', publishedAt: '2026-03-21T16:45:00+01:00',
      body: 'Dank allemaal voor het meedoen met de opschoonactie in het Oosterpark, 14 zakken zwerfafval geprikt! De soep was top.',
    })
    const clusters = clusterItems([announcement, thanks])
    expect(sameCluster(clusters, 'announce', 'thanks')).toBe(false)
  })
})

describe('clusterItems: requests, offers and notices', () => {
  it('joins a request copied from NLvoorElkaar to Facebook', () => {
    const clusters = clusterItems([
      post({
        id: 'nlve', platform: 'nlvoorelkaar', title: 'Hulpvraag: Wandelmaatje gezocht voor mevrouw (82)', publishedAt: '2026-03-03T11:00:00+01:00',
        body: 'Mevrouw loopt met een rollator en wil graag een of twee keer per week een rondje wandelen in het Wijkpark en een praatje maken. Het gaat om een uur per keer, op een doordeweekse ochtend.',
      }),
      post({
        id: 'fb', publishedAt: '2026-03-05T09:12:00+01:00',
        body: 'Gezien op NLvoorElkaar: een mevrouw van 82 zoekt een wandelmaatje. Ze loopt met een rollator en wil graag een rondje door het Wijkpark met een praatje. Doordeweeks, een uurtje.',
      }),
    ])
    expect(sameCluster(clusters, 'nlve', 'fb')).toBe(true)
  })

  it('joins a WhatsApp forward of a lost cat, but not another lost cat', () => {
    const clusters = clusterItems([
      post({ id: 'minoes', body: '😿 VERMIST: onze poes Minoes! Zwart met witte sokjes en een rood bandje. Sinds zaterdagavond weg uit de Merelstraat. Kijk even in je schuur of garage. Bel [telefoonnummer verborgen]' }),
      post({ id: 'minoes-fwd', platform: 'whatsapp', body: 'Doorgestuurd: VERMIST poes Minoes, zwart met witte sokjes, rood bandje. Weg uit de Merelstraat sinds zaterdagavond. Kijk in schuren en garages! [telefoonnummer verborgen]' }),
      post({ id: 'tijger', body: 'Vermist: onze rode kater Tijger, sinds woensdag weg uit de Kievitstraat. Wie heeft hem gezien? Kijk even in je schuur of garage.' }),
    ])
    expect(sameCluster(clusters, 'minoes', 'minoes-fwd')).toBe(true)
    expect(sameCluster(clusters, 'minoes', 'tijger')).toBe(false)
  })

  it('keeps two lost cats of one street apart by their names', () => {
    const clusters = clusterItems([
      post({ id: 'minoes', body: 'Onze poes Minoes is sinds zaterdag vermist in de Merelstraat. Ze is zwart met witte pootjes. Wil iedereen in de schuur kijken?' }),
      post({ id: 'tijger', publishedAt: '2026-03-12T09:00:00+01:00', body: 'Vermist in de Merelstraat: onze kater Tijger, rood met witte pootjes, sinds dinsdag. Kijk even in je schuur!' }),
      post({ id: 'minoes-again', platform: 'whatsapp', body: 'Wie heeft poes Minoes gezien? Zwart met witte pootjes, vermist sinds zaterdag, Merelstraat. Kijk in je schuur!' }),
    ])
    expect(sameCluster(clusters, 'minoes', 'minoes-again')).toBe(true)
    expect(sameCluster(clusters, 'minoes', 'tijger')).toBe(false)
  })

  it('keeps two different dog-walking requests apart', () => {
    const clusters = clusterItems([
      post({ id: 'boris', body: 'Wie wil de komende weken onze labrador Boris uitlaten? Ik heb mijn enkel gebroken. Kievitstraat, tegen vergoeding.' }),
      post({ id: 'pien', body: 'Wie kan op dinsdag en donderdag onze hond Pien uitlaten? Ze is een energieke jack russell. Omgeving Oosterparkweg.' }),
    ])
    expect(sameCluster(clusters, 'boris', 'pien')).toBe(false)
  })

  it('keeps a request and an offer of the same thing apart', () => {
    const clusters = clusterItems([
      post({ id: 'asks', body: 'Heeft iemand een lange ladder te leen? Ik wil zaterdag de dakgoot schoonmaken. Breng hem dezelfde dag terug!' }),
      post({ id: 'offers', kind: 'offer', body: 'Ik heb een uitschuifbare ladder van 7 meter en twee steigerplanken die buren mogen lenen. Even appen.' }),
      post({ id: 'walker', kind: 'offer', body: 'Net met pensioen en ik loop graag: ik wil best een hond uitlaten voor buren die dat even niet kunnen.' }),
      post({ id: 'dog', body: 'Wie kan er op dinsdag en donderdag onze hond uitlaten? Ze is een energieke jack russell. Wij werken lange dagen.' }),
    ])
    expect(sameCluster(clusters, 'asks', 'offers')).toBe(false)
    expect(sameCluster(clusters, 'walker', 'dog')).toBe(false)
  })

  it('keeps a dog-walking request and a dog-walking offer of one street apart, but not a forward read the other way', () => {
    const request = 'Wie wil mijn hond uitlaten? Ik woon in de Kievitstraat en heb mijn enkel gebroken, dus even niet zelf.'
    const clusters = clusterItems([
      post({ id: 'request', body: request }),
      post({ id: 'offer', kind: 'offer', body: 'Hond uitlaten? Dat doe ik graag! Ik woon zelf in de Kievitstraat en heb tijd genoeg.' }),
      post({ id: 'forward', platform: 'whatsapp', kind: 'offer', body: `Doorgestuurd: ${request}` }),
    ])
    expect(sameCluster(clusters, 'request', 'offer')).toBe(false)
    expect(sameCluster(clusters, 'request', 'forward')).toBe(true)
  })

  it('keeps a request and its copy weeks later apart', () => {
    const body = 'Wie kan mevrouw De Vries helpen met boodschappen doen? Ze woont aan de Merelstraat en is slecht ter been.'
    const clusters = clusterItems([
      post({ id: 'march', body, publishedAt: '2026-03-01T10:00:00+01:00' }),
      post({ id: 'april', body, publishedAt: '2026-04-12T10:00:00+02:00' }),
    ])
    expect(sameCluster(clusters, 'march', 'april')).toBe(false)
  })
})

describe('clusterItems: sources, chains and order', () => {
  it('never joins two posts of one source, unless they are the same post by their link', () => {
    const body = 'Gratis af te halen: grijze driezitsbank in goede staat. Kievitstraat, voor zaterdag ophalen.'
    const clusters = clusterItems([
      post({ id: 'one', kind: 'offer', sourceId: 'prikbord', url: 'https://facebook.com/groups/prikbord/posts/1', body }),
      post({ id: 'two', kind: 'offer', sourceId: 'prikbord', url: 'https://facebook.com/groups/prikbord/posts/2', body }),
      post({ id: 'one-again', kind: 'offer', sourceId: 'prikbord', url: 'https://www.facebook.com/groups/prikbord/posts/1/', body }),
    ])
    expect(sameCluster(clusters, 'one', 'two')).toBe(false)
    expect(sameCluster(clusters, 'one', 'one-again')).toBe(true)
  })

  it('does not chain two dates through an undated post that fits both', () => {
    const agenda = (id: string, day: string, sourceId: string) => post({
      id, kind: 'event', title: 'Koffieochtend', location: DE_LINDE, sourceId, startsAt: `${day}T10:00:00+01:00`,
      body: 'Kom gezellig koffie drinken in De Linde, met een praatje en een koekje.',
    })
    const undated = post({
      id: 'undated', platform: 'whatsapp', kind: 'event', publishedAt: '2026-03-05T20:00:00+01:00',
      body: 'Gezellig koffie drinken met een praatje en een koekje, koffieochtend in De Linde!',
    })
    const clusters = clusterItems([agenda('week-1', '2026-03-10', 'agenda'), agenda('week-2', '2026-03-17', 'buurtsite'), undated])
    expect(sameCluster(clusters, 'week-1', 'week-2')).toBe(false)
    expect(sameCluster(clusters, 'undated', 'week-1') || sameCluster(clusters, 'undated', 'week-2')).toBe(true)
  })

  it('gives the same clusters for any input order', () => {
    const items = readDevSet().map(({ item }) => item)
    const forward = clusterItems(items)
    const shuffled = [...items].sort((a, b) => (a.body.length % 7) - (b.body.length % 7) || (a.id < b.id ? 1 : -1))
    expect(clusterItems(shuffled)).toEqual(forward)
    expect(clusterItems([...items].reverse())).toEqual(forward)
    for (const [id, cluster] of forward) expect(forward.get(cluster), `cluster of ${id} is a member`).toBe(cluster)
  })

  it('reaches 0.9 pairwise precision and recall on the labelled dev set', () => {
    const labelled = readDevSet()
    const clusters = clusterItems(labelled.map(({ item }) => item))
    let truePositives = 0
    let falsePositives = 0
    let falseNegatives = 0
    labelled.forEach((a, i) => labelled.slice(i + 1).forEach((b) => {
      const same = a.cluster === b.cluster
      const found = sameCluster(clusters, a.item.id, b.item.id)
      if (same && found) truePositives++
      else if (found) falsePositives++
      else if (same) falseNegatives++
    }))
    expect(truePositives / (truePositives + falsePositives)).toBeGreaterThanOrEqual(0.9)
    expect(truePositives / (truePositives + falseNegatives)).toBeGreaterThanOrEqual(0.9)
  })

  it('clusters 5,000 items', () => {
    const items = neighbourhoodPosts(5000)
    const clusters = clusterItems(items)
    expect(clusters.size).toBe(5000)
    expect(sameCluster(clusters, 'event-0-agenda', 'event-0-facebook')).toBe(true)
    expect(sameCluster(clusters, 'lost-1-facebook', 'lost-1-whatsapp')).toBe(true)
    expect(sameCluster(clusters, 'event-0-agenda', 'event-6-agenda')).toBe(false)
    expect(new Set(clusters.values()).size).toBeLessThan(5000)
  })
})

interface LabelledItem {
  item: DedupeItem
  cluster: string
}

function readDevSet(): LabelledItem[] {
  const url = new URL('./data/dedupe.dev.jsonl', import.meta.url)
  return readFileSync(url, 'utf8').split('\n').filter((line) => line.trim() !== '').map((line) => {
    const { cluster, sourceName, ...item } = JSON.parse(line) as DedupeItem & { cluster: string; sourceName: string }
    return { item: { ...item, sourceId: `${item.platform}:${sourceName}` }, cluster }
  })
}

/** Fifty wijken's posts: events on an agenda and in a Facebook group, lost cats on Facebook and WhatsApp, requests. */
function neighbourhoodPosts(count: number): DedupeItem[] {
  const activities = ['Koffieochtend', 'Repair Café', 'Taalcafé', 'Samen eten', 'Spelletjesmiddag', 'Workshop schilderen']
  const venues = ['De Linde', 'Het Anker', 'De Klimboom', 'Het Trefpunt', 'De Roos', 'De Boog', 'Het Kompas']
  const wijken = ['Vogel', 'Bloemen', 'Bomen', 'Schilders', 'Rivieren', 'Oranje', 'Zee', 'Sterren', 'Molen', 'Kastelen']
    .flatMap((first) => ['buurt', 'wijk', 'kwartier', 'park', 'dorp'].map((second) => `${first}${second}`))
  // A hundred names, so that posts differ in details as real ones do.
  const names = ['Mi', 'To', 'Ba', 'Lu', 'Pi', 'Gu', 'Bo', 'Ne', 'Sa', 'Ki']
    .flatMap((first) => ['noes', 'ger', 'ris', 'en', 'us', 'na', 'bby', 'or', 'mmy', 'lla'].map((second) => `${first}${second}`))
  const colours = ['zwart', 'rood', 'grijs', 'cyperse', 'wit', 'schildpad']
  const streets = ['Merelstraat', 'Kievitstraat', 'Spreeuwlaan', 'Lijsterstraat', 'Tulpstraat', 'Irisstraat', 'Molenweg']
  const errands = ['boodschappen doen', 'de tuin bijhouden', 'een lamp ophangen', 'naar het ziekenhuis rijden', 'de computer instellen']
  const items: DedupeItem[] = []
  for (let n = 0; items.length < count; n++) {
    const day = `2026-${String(3 + Math.floor((n % 120) / 30)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`
    const wijk = wijken[n % wijken.length]!
    const street = streets[Math.floor(n / 3) % streets.length]!
    if (n % 3 === 0) {
      const activity = activities[n % activities.length]!
      const venue = `Buurthuis ${venues[Math.floor(n / 3) % venues.length]!}`
      const startsAt = `${day}T${10 + (n % 6)}:00:00+01:00`
      items.push(post({
        id: `event-${n}-agenda`, platform: 'html', kind: 'event', title: activity, startsAt, location: { name: venue },
        sourceId: `${wijk}-agenda`, body: `${activity} voor de hele ${wijk}. Iedereen is welkom, aanmelden is niet nodig.`,
      }))
      items.push(post({
        id: `event-${n}-facebook`, kind: 'event', startsAt, sourceId: `${wijk}-facebook`,
        body: `${activity} in ${venue} in de ${wijk}! Iedereen welkom, je hoeft je niet aan te melden 😊`,
      }))
    } else if (n % 3 === 1) {
      const cat = `${colours[n % colours.length]} ${names[n % names.length]}`
      const body = `Onze kat ${cat} is vermist sinds gisteren, omgeving ${street} in de ${wijk}. Kijk even in je schuur!`
      items.push(post({ id: `lost-${n}-facebook`, sourceId: `${wijk}-facebook`, publishedAt: `${day}T09:00:00+01:00`, body }))
      items.push(post({
        id: `lost-${n}-whatsapp`, platform: 'whatsapp', sourceId: `${wijk}-whatsapp`, publishedAt: `${day}T12:00:00+01:00`,
        body: `Doorgestuurd: ${body}`,
      }))
    } else {
      items.push(post({
        id: `request-${n}`, sourceId: `${wijk}-facebook`, publishedAt: `${day}T20:00:00+01:00`,
        body: `Wie kan mevrouw ${names[(n * 7) % names.length]} aan de ${street} in de ${wijk} helpen met ${errands[n % errands.length]}?`,
      }))
    }
  }
  return items.slice(0, count)
}
