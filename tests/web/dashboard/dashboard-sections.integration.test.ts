import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseStringPromise } from 'xml2js'
import { createApp } from '../../../src/api/app.ts'
import { PostgresSearch } from '../../../src/search/postgres.ts'
import { hideItem } from '../../../src/store/items.ts'
import { addSource, recordFailure, recordSuccess } from '../../../src/store/sources.ts'
import { saveWijk } from '../../../src/store/wijken.ts'
import { ADMIN_TOKEN, createTestApp, type TestApp } from '../../api/test-app.ts'
import { testDatabaseKind } from '../../helpers/database.ts'
import { NOW, seedItems, seedSource } from '../../helpers/seed-items.ts'

const bearer = { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }
const hoursBefore = (hours: number) => new Date(NOW.getTime() - hours * 3_600_000)

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  const { db } = t.store
  await seedItems(db, t.seed.buurtsite, t.seed.wijk, [
    { id: 'ladder', kind: 'request', categories: ['klussen'], title: 'Wie kan mij een ladder lenen?', body: 'Ik wil mijn dakgoot schoonmaken maar heb geen ladder.', publishedAt: '2026-10-20T09:00:00+02:00' },
    { id: 'verhuizen', kind: 'request', categories: ['klussen'], title: 'Hulp bij verhuizen gezocht', body: 'Wie helpt zaterdag dozen sjouwen?', publishedAt: '2026-10-25T10:00:00+01:00', reactions: 2 },
    { id: 'gesloten-vraag', kind: 'request', categories: ['tuin'], title: 'Wie maait mijn gras?', body: 'Het gras is te lang.', publishedAt: '2026-10-15T10:00:00+02:00', status: 'closed' },
    { id: 'verborgen-oud', kind: 'request', categories: ['overig'], title: 'Verborgen oude vraag', body: 'Door een buurtmaker verborgen.', publishedAt: '2026-10-10T10:00:00+02:00' },
    { id: 'laptop', kind: 'request', categories: ['digitaal'], title: 'Wie helpt mij met mijn laptop?', body: 'Mijn laptop is traag en ik krijg mijn e-mail niet meer binnen. Wie kan eens kijken?', publishedAt: '2026-11-09T15:00:00+01:00' },
    { id: 'tablet', kind: 'offer', categories: ['digitaal'], title: 'Hulp met laptop, tablet en telefoon', body: 'Student helpt buurtgenoten met hun laptop, tablet of telefoon: e-mail, apps, videobellen.', publishedAt: '2026-11-08T12:00:00+01:00' },
  ])
  await hideItem(db, 'verborgen-oud', NOW)
  await seedItems(db, t.seed.nlvoorelkaar, t.seed.wijk, [
    { id: 'oppas', kind: 'request', categories: ['kinderen'], title: 'Oppas gezocht voor woensdagmiddag', body: 'Voor onze zoon van 6, van 13 tot 17 uur.', publishedAt: '2026-10-31T12:00:00+01:00' },
    { id: 'jumbo', kind: 'offer', categories: ['boodschappen'], title: 'Ik neem graag boodschappen mee', body: 'Ik ga elke donderdag naar de supermarkt en kan best wat meenemen voor een buurtgenoot die slecht ter been is.', publishedAt: '2026-11-08T12:00:00+01:00' },
  ])
  await seedItems(db, t.seed.prikbord, t.seed.otherWijk, [
    { id: 'rivieren-oud', kind: 'request', categories: ['vervoer'], title: 'Wie repareert mijn fietsband?', body: 'Lekke band.', publishedAt: '2026-10-01T10:00:00+02:00' },
  ])
  // As ingestion would have it: each item first seen when it was posted; one offer came in an hour ago.
  await sql`update items set first_seen_at = coalesce(published_at, ${new Date('2026-10-01T00:00:00Z')})`.execute(db)
  await sql`update items set first_seen_at = ${hoursBefore(1)} where id = 'jumbo'`.execute(db)

  await recordSuccess(db, t.seed.buurtsite.id, { at: new Date('2026-11-09T08:00:00+01:00'), nextCheckAt: NOW, itemCount: 9 })
  await recordFailure(db, t.seed.buurtsite.id, { at: new Date('2026-11-10T08:00:00+01:00'), nextCheckAt: NOW, type: 'robots', message: 'robots.txt of https://vogelbuurt.mijnbuurtje.nl disallows https://vogelbuurt.mijnbuurtje.nl/elkaar-helpen' })
  for (const hour of ['09', '10']) {
    await recordFailure(db, t.seed.nlvoorelkaar.id, { at: new Date(`2026-11-10T${hour}:00:00+01:00`), nextCheckAt: NOW, type: 'http_status', message: 'HTTP 503 from https://www.nlvoorelkaar.nl/hulpvragen' })
  }
  await recordSuccess(db, t.seed.agenda.id, { at: new Date('2026-11-10T07:00:00+01:00'), nextCheckAt: NOW, itemCount: 3 })
  const wijkkrant = await addSource(db, { adapter: 'feed', url: 'https://wijkkrant-vogelbuurt.nl/rss', wijkSlug: 'vogelbuurt', name: 'Wijkkrant Vogelbuurt', config: {}, local: false })
  await recordSuccess(db, wijkkrant.id, { at: new Date('2026-11-01T07:00:00+01:00'), nextCheckAt: NOW, itemCount: 12 })
  await recordFailure(db, wijkkrant.id, { at: new Date('2026-11-09T07:00:00+01:00'), nextCheckAt: NOW, type: 'empty', message: 'read 1 document(s) but found no items, where the last run found 12: has the site changed?' })
  const upload = await addSource(db, { adapter: 'whatsapp-export', url: 'file:///srv/uploads/buurtapp.txt', siteUrl: 'https://chat.whatsapp.com/VogelbuurtBuurtapp', wijkSlug: 'vogelbuurt', name: 'Buurtapp Vogelbuurt', config: {}, local: true })
  await recordFailure(db, upload.id, { at: new Date('2026-11-10T06:00:00+01:00'), nextCheckAt: NOW, type: 'bad_url', message: 'Cannot read file /srv/uploads/buurtapp.txt (ENOENT)' })
})
afterAll(() => t.store.destroy())

async function dashboard(path = '/dashboard/vogelbuurt', init: RequestInit = {}, app = t.app) {
  const res = await app.request(path, init)
  expect(res.status).toBe(200)
  return { html: await res.text(), cookies: res.headers.getSetCookie() }
}

/** One section of the page, by the id of its heading. */
function section(html: string, id: string): string {
  const start = html.indexOf(`<section class="dash-section" aria-labelledby="${id}">`)
  expect(start, id).toBeGreaterThan(-1)
  return html.slice(start, html.indexOf('</section>', start))
}

const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').replace(/ ([.,:;)])/g, '$1').replace(/\( /g, '(')
const titlesIn = (html: string) => [...html.matchAll(/<h3>([^<]+)<\/h3>/g)].map((match) => match[1])

describe(`the dashboard's sections on ${testDatabaseKind}`, () => {
  it('lists the requests nobody reacted to, the oldest first, with their age and the way to react', async () => {
    const unanswered = section((await dashboard()).html, 'zonder-reactie')
    // Not: answered (verhuizen), closed (gesloten-vraag), expired (digid), hidden, younger than 7 days, other wijk.
    expect(titlesIn(unanswered)).toEqual(['Wie kan mij een ladder lenen?', 'Oppas gezocht voor woensdagmiddag'])
    const text = textOf(unanswered)
    expect(text).toContain('2 hulpvragen zonder reactie.')
    expect(text).toContain('Hulpvraag · Buurtsite Vogelbuurt (mijnbuurtje.nl) 21 dagen zonder reactie (geplaatst di 20 okt)')
    expect(text).toContain('Hulpvraag · NLvoorElkaar Amsterdam (NLvoorElkaar) 10 dagen zonder reactie (geplaatst za 31 okt)')
    expect(unanswered).toContain('<a class="button-link" href="https://vogelbuurt.mijnbuurtje.nl/bericht/ladder" rel="noopener">Reageer op mijnbuurtje.nl</a>')
  })

  it('suggests offers for requests, the pairs on different platforms first and marked, with the reason and both sources', async () => {
    const matches = section((await dashboard()).html, 'koppelen')
    const pairs = matches.split('<li class="match">').slice(1)
    expect(pairs.map(titlesIn)).toEqual([['Wie doet een boodschap voor mij?'], ['Wie helpt mij met mijn laptop?']])
    const [across, same] = pairs as [string, string]
    expect(across).toContain('<h4>Ik neem graag boodschappen mee</h4>')
    expect(textOf(across)).toContain('⇄ Ander platform De vraag en het aanbod staan op verschillende platforms.')
    expect(textOf(across)).toMatch(/Waarom: zelfde categorie: Boodschappen/)
    expect(across).toContain('href="https://vogelbuurt.mijnbuurtje.nl/bericht/boodschap" rel="noopener">Bekijk de vraag op mijnbuurtje.nl</a>')
    expect(across).toContain('href="https://www.nlvoorelkaar.nl/bericht/jumbo" rel="noopener">Bekijk het aanbod op NLvoorElkaar</a>')
    expect(same).toContain('<h4>Hulp met laptop, tablet en telefoon</h4>')
    expect(textOf(same)).toContain('Zelfde platform als de vraag.')
    expect(same).not.toContain('Ander platform')
  })

  it('shows on a first visit what came in the last 7 days, and remembers the visit in a cookie for this wijk', async () => {
    const { html, cookies } = await dashboard()
    const news = section(html, 'nieuw')
    expect(news).toContain('<h2 id="nieuw">Nieuw in de afgelopen 7 dagen</h2>')
    expect(textOf(news)).toContain('de afgelopen 7 dagen voor het eerst zag: 9 nieuwe berichten.')
    expect(titlesIn(news)[0]).toBe('Ik neem graag boodschappen mee')
    expect(titlesIn(news)).toHaveLength(9)
    expect(textOf(news)).toContain('Voor het eerst gezien: di 10 nov, 11:00')
    expect(cookies).toEqual([`buurtfeed_bezoek_vogelbuurt=.${NOW.getTime()}; Max-Age=31536000; Path=/dashboard/vogelbuurt; HttpOnly; SameSite=Lax`])
  })

  it('shows what is new since the previous visit, which moves on after 30 minutes away', async () => {
    const visit = (previous: Date, current: Date) => ({ headers: { Cookie: `buurtfeed_bezoek_vogelbuurt=${previous.getTime()}.${current.getTime()}` } })
    const previous = new Date('2026-11-08T10:00:00+01:00')

    // Still the same visit (the last page view 10 minutes ago): new since the visit before it.
    const going = await dashboard('/dashboard/vogelbuurt', visit(previous, hoursBefore(1 / 6)))
    const news = section(going.html, 'nieuw')
    expect(news).toContain('<h2 id="nieuw">Nieuw sinds uw vorige bezoek</h2>')
    expect(textOf(news)).toContain('Nieuw sinds uw vorige bezoek op zo 8 nov, 10:00: 4 nieuwe berichten.')
    expect(titlesIn(news)).toEqual(['Ik neem graag boodschappen mee', 'Wie helpt mij met mijn laptop?', 'Wie doet een boodschap voor mij?', 'Hulp met laptop, tablet en telefoon'])
    expect(going.cookies[0]).toMatch(new RegExp(`^buurtfeed_bezoek_vogelbuurt=${previous.getTime()}\\.${NOW.getTime()};`))

    // Back after two hours: the last page view is the previous visit now.
    const back = await dashboard('/dashboard/vogelbuurt', visit(previous, hoursBefore(2)))
    expect(textOf(section(back.html, 'nieuw'))).toContain('Nieuw sinds uw vorige bezoek op di 10 nov, 10:00: 1 nieuw bericht.')
    expect(back.cookies[0]).toMatch(new RegExp(`^buurtfeed_bezoek_vogelbuurt=${hoursBefore(2).getTime()}\\.${NOW.getTime()};`))
  })

  it('caps the list of new items and says how many there are', async () => {
    const wijk = await saveWijk(t.store.db, { slug: 'maanbuurt', name: 'Maanbuurt', postcodes: ['1032'] })
    const source = await seedSource(t.store.db, wijk, { name: 'Buurtapp Maanbuurt', url: 'https://maanbuurt.example.nl', platform: 'whatsapp' })
    await seedItems(t.store.db, source, wijk, Array.from({ length: 23 }, (_, i) => ({ id: `maan-${i}`, title: `Bericht ${i} uit de Maanbuurt` })))
    await sql`update items set first_seen_at = ${hoursBefore(3)} where wijk_slug = 'maanbuurt'`.execute(t.store.db)
    const news = section((await dashboard('/dashboard/maanbuurt', bearer)).html, 'nieuw')
    expect(textOf(news)).toContain('23 nieuwe berichten. De nieuwste 20 staan hieronder; alle berichten staan op de wijkpagina.')
    expect(news).toContain('<a href="/wijk/maanbuurt">wijkpagina</a>')
    expect(titlesIn(news)).toHaveLength(20)
  })

  it('shows every source of the wijk with its state in words, broken ones first with the problem in plain Dutch and a hint', async () => {
    const sources = section((await dashboard()).html, 'bronnen')
    expect(titlesIn(sources)).toEqual(['Buurtapp Vogelbuurt', 'Buurtsite Vogelbuurt', 'NLvoorElkaar Amsterdam', 'Wijkkrant Vogelbuurt', 'Agenda Buurthuis De Kolibrie'])
    const entries = Object.fromEntries(sources.split('<li>').slice(1).map((entry) => [titlesIn(entry)[0], textOf(entry)]))
    expect(textOf(sources)).toContain('5 bronnen, waarvan 4 met een probleem.')

    expect(entries['Buurtsite Vogelbuurt']).toContain('✗ Werkt niet')
    expect(entries['Buurtsite Vogelbuurt']).toContain('Laatst gelukt ma 9 nov, 08:00 Berichten 10')
    expect(entries['Buurtsite Vogelbuurt']).toContain('Wat er mis is: De website staat niet toe dat Buurtfeed deze pagina leest (robots.txt).')
    expect(entries['Buurtsite Vogelbuurt']).toContain('Wat u kunt doen: Vraag de beheerder van de site om toestemming, of gebruik een export.')
    expect(entries['Buurtsite Vogelbuurt']).toContain('Mislukt op di 10 nov, 08:00.')
    expect(entries['Buurtsite Vogelbuurt']).toContain('Technische melding robots: robots.txt of https://vogelbuurt.mijnbuurtje.nl disallows')

    expect(entries['NLvoorElkaar Amsterdam']).toContain('Laatst gelukt nog nooit')
    expect(entries['NLvoorElkaar Amsterdam']).toContain('Wat er mis is: De website gaf een foutmelding in plaats van de pagina.')
    expect(entries['NLvoorElkaar Amsterdam']).toContain('2 keer achter elkaar mislukt, het laatst op di 10 nov, 10:00.')

    expect(entries['Wijkkrant Vogelbuurt']).toContain('! Verdacht: geen berichten meer')
    expect(entries['Wijkkrant Vogelbuurt']).toContain('Wat er mis is: De bron had eerder berichten, maar nu geen enkele meer.')

    expect(entries['Buurtapp Vogelbuurt']).toContain('✗ Werkt niet')
    // An upload shows the page residents are sent to, never the file on the server, not even in the error.
    expect(entries['Buurtapp Vogelbuurt']).toContain('Adres https://chat.whatsapp.com/VogelbuurtBuurtapp')
    expect(entries['Buurtapp Vogelbuurt']).toContain('Technische melding bad_url: Cannot read file het bestand (ENOENT)')
    expect(entries['Buurtapp Vogelbuurt']).not.toMatch(/file:\/\/|\/srv\//)

    expect(entries['Agenda Buurthuis De Kolibrie']).toContain('✓ Werkt')
    expect(entries['Agenda Buurthuis De Kolibrie']).not.toContain('Wat er mis is')
    // The marks are decoration: the words carry the state.
    expect(sources).toContain('<span aria-hidden="true">✗</span> Werkt niet')
  })

  it('links the CSV export and the table of contents with the counts', async () => {
    const { html } = await dashboard()
    expect(html).toContain('<a class="button-link" href="/dashboard/vogelbuurt/items.csv" download="">Download de berichten (CSV)</a>')
    const contents = textOf(html.slice(html.indexOf('<nav class="toc"'), html.indexOf('</nav>')))
    expect(contents).toContain('Hulpvragen zonder reactie (2)')
    expect(contents).toContain('Vraag en aanbod die bij elkaar passen (2)')
    expect(contents).toContain('Bronnen (4 met een probleem)')
  })
})

describe(`the activity chart on ${testDatabaseKind}`, () => {
  const later = new Date('2027-01-06T12:00:00+01:00')
  let html: string

  beforeAll(async () => {
    const { db } = t.store
    const wijk = await saveWijk(db, { slug: 'sterrenbuurt', name: 'Sterrenbuurt', postcodes: ['1033'] })
    const site = await seedSource(db, wijk, { name: 'Sterrenbuurt.nl', url: 'https://sterrenbuurt.example.nl', platform: 'mijnbuurtje' })
    const app = await seedSource(db, wijk, { name: 'Buurtapp Sterrenbuurt', url: 'https://chat.whatsapp.com/Sterren', platform: 'whatsapp' })
    await seedItems(db, site, wijk, [
      { id: 'ster-zondag-42', title: 'Zondagavond in week 42', publishedAt: '2026-10-18T21:30:00Z' },
      { id: 'ster-maandag-43', title: 'Maandagnacht in week 43 (zomertijd)', publishedAt: '2026-10-18T22:30:00Z' },
      { id: 'ster-zondag-43', title: 'Zondagavond in week 43 (wintertijd)', publishedAt: '2026-10-25T22:30:00Z' },
      { id: 'ster-maandag-44', title: 'Maandagnacht in week 44', publishedAt: '2026-10-25T23:30:00Z' },
      { id: 'ster-nieuwjaar', title: 'Nieuwjaarsduik', publishedAt: '2027-01-01T10:00:00+01:00' },
      { id: 'ster-zondag-53', title: 'Zondagavond in week 53', publishedAt: '2027-01-03T23:30:00+01:00' },
      { id: 'ster-week-1', title: 'Maandagnacht in week 1', publishedAt: '2027-01-04T00:30:00+01:00' },
    ])
    await seedItems(db, app, wijk, [
      { id: 'app-oudjaar', title: 'Oudjaarsnacht in UTC, nieuwjaar in Amsterdam', publishedAt: '2026-12-31T23:30:00Z' },
      { id: 'app-maandag-53', title: 'Maandag 00:00 van week 53', publishedAt: '2026-12-28T00:00:00+01:00' },
      { id: 'app-verborgen', title: 'Verborgen bericht', publishedAt: '2027-01-05T10:00:00+01:00' },
      { id: 'app-zonder-datum', title: 'Bericht zonder datum' },
    ])
    await hideItem(db, 'app-verborgen', later)
    // The clock of this test is in 2027: each item first seen when it was posted, the undated one in week 46.
    await sql`update items set first_seen_at = coalesce(published_at, ${new Date('2026-11-15T10:00:00+01:00')}) where wijk_slug = 'sterrenbuurt'`.execute(db)
    const app2027 = createApp({ db, search: new PostgresSearch(db, () => later), adminToken: ADMIN_TOKEN, now: () => later })
    html = (await dashboard('/dashboard/sterrenbuurt', bearer, app2027)).html
  })

  /** The cells of the table row whose header starts with `week`. */
  function tableRow(week: string): string[] {
    const row = new RegExp(`<tr><th scope="row">${week}</th>(.*?)</tr>`).exec(html)?.[1]
    expect(row, week).toBeDefined()
    return [...row!.matchAll(/<td>(\d+)<\/td>/g)].map((match) => match[1]!)
  }

  it('counts items per platform per ISO week in Amsterdam, across summer time and the year boundary', () => {
    expect(html).toContain('<thead><tr><th scope="col">Week</th><th scope="col">mijnbuurtje.nl</th><th scope="col">WhatsApp</th><th scope="col">Samen</th></tr></thead>')
    expect(html).not.toContain('wk 42 (')
    expect(tableRow('wk 43 \\(19–25 okt\\)')).toEqual(['2', '0', '2'])
    expect(tableRow('wk 44 \\(26 okt–1 nov\\)')).toEqual(['1', '0', '1'])
    expect(tableRow('wk 46 \\(9–15 nov\\)')).toEqual(['0', '1', '1'])
    expect(tableRow('wk 53 \\(28 dec–3 jan\\)')).toEqual(['2', '2', '4'])
    expect(tableRow('wk 1 \\(deze week\\)')).toEqual(['1', '0', '1'])
    expect(tableRow('Totaal')).toEqual(['6', '3', '9'])
    expect(html).toContain('Een bericht telt in de week dat het geplaatst is; noemt het platform geen datum, dan in de week dat Buurtfeed het voor het eerst zag.')
  })

  it('draws a well-formed SVG with a title, a description that sums it up, and every number written as text', async () => {
    const svg = /<svg[\s\S]*<\/svg>/.exec(html)![0]
    const parsed = (await parseStringPromise(svg, { strict: true })) as { svg: { $: Record<string, string>; title: unknown[]; desc: unknown[]; g: { text: ({ _: string } | string)[] }[] } }
    expect(parsed.svg.$).toMatchObject({ role: 'img', 'aria-labelledby': 'activiteit-titel', 'aria-describedby': 'activiteit-uitleg' })
    expect(svg).toContain('<title id="activiteit-titel">Activiteit per platform per week</title>')
    expect(svg).toContain(
      '<desc id="activiteit-uitleg">Aantal berichten per week per platform, van wk 43 tot en met wk 1. mijnbuurtje.nl: 6 berichten, de meeste in wk 43 (2). WhatsApp: 3 berichten, de meeste in wk 53 (2).</desc>',
    )
    const texts = parsed.svg.g.map((row) => row.text.map((text) => (typeof text === 'string' ? text : text._)))
    expect(texts[0]).toEqual(['mijnbuurtje.nl: 6 berichten', '2', '1', '0', '0', '0', '0', '0', '0', '0', '0', '2', '1'])
    expect(texts[1]).toEqual(['WhatsApp: 3 berichten', '0', '0', '0', '1', '0', '0', '0', '0', '0', '0', '2', '0'])
    expect(svg).toContain('>wk 53</text>')
  })
})
