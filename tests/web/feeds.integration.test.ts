import ICAL from 'ical.js'
import Parser from 'rss-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { saveWijk } from '../../src/store/wijken.ts'
import { testDatabaseKind } from '../helpers/database.ts'
import { NOW, seedItems, seedSource, type SeedFields } from '../helpers/seed-items.ts'
import { createTestApp, type TestApp } from '../api/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.store.destroy())

const parser = new Parser()
const VISIBLE_TITLES = [
  'Wie doet een boodschap voor mij?', 'Handige buurman helpt met klusjes', 'Nieuwe bankjes in het park', 'Hond uitlaten gezocht',
  'Let op: oplichters aan de deur', 'Kinderfiets gratis af te halen', 'Rommelmarkt op het Merelplein', 'Repair Café in De Kolibrie',
  'Hulp gezocht met DigiD aanvragen', 'Buurtborrel',
]

async function get(path: string, headers: Record<string, string> = {}) {
  return t.app.request(path, { headers })
}

describe(`feeds out on ${testDatabaseKind}`, () => {
  it('serves RSS 2.0 that parses back, newest first, each entry linking to its source', async () => {
    const res = await get('/wijk/vogelbuurt/feed.rss')
    expect(res.status).toBe(200)
    expect(res.headers.get('Content-Type')).toBe('application/rss+xml; charset=utf-8')
    const feed = await parser.parseString(await res.text())
    expect(feed.title).toBe('Buurtfeed Vogelbuurt')
    expect(feed.link).toBe('http://localhost/wijk/vogelbuurt')
    expect(feed.items.map((item) => item.title)).toEqual(expect.arrayContaining(VISIBLE_TITLES))
    expect(feed.items).toHaveLength(10)
    expect(feed.items[0]).toMatchObject({
      title: 'Wie doet een boodschap voor mij?',
      link: 'https://vogelbuurt.mijnbuurtje.nl/bericht/boodschap',
      guid: 'http://localhost/api/items/boodschap',
      isoDate: '2026-11-09T09:00:00.000Z',
      categories: ['Hulpvraag', 'Boodschappen'],
    })
    expect(feed.items[0]!['content:encoded']).toBe('<p>Ik ben slecht ter been en zoek iemand die op donderdag een boodschap bij de supermarkt kan halen.</p>')
    expect(feed.items.map((item) => item.title)).not.toContain('Verborgen: boodschap met telefoonnummer')
  })

  it('serves Atom 1.0 that parses back', async () => {
    const res = await get('/wijk/vogelbuurt/feed.atom')
    expect(res.headers.get('Content-Type')).toMatch(/^application\/atom\+xml/)
    const text = await res.text()
    expect(text).toContain('<feed xmlns="http://www.w3.org/2005/Atom">')
    const feed = await parser.parseString(text)
    expect(feed.title).toBe('Buurtfeed Vogelbuurt')
    expect(feed.items).toHaveLength(10)
    const cafe = feed.items.find((item) => item.id === 'http://localhost/api/items/repair-cafe')
    expect(cafe).toMatchObject({ title: 'Repair Café in De Kolibrie', link: 'https://dekolibrie.nl/agenda/bericht/repair-cafe', author: 'Agenda Buurthuis De Kolibrie' })
  })

  it('escapes plain text where Atom and RSS expect HTML', async () => {
    const { storedItem } = await import('../helpers/seed-items.ts')
    const { upsertItems } = await import('../../src/store/items.ts')
    await upsertItems(t.store.db, t.seed.prikbord.id, [
      storedItem(t.seed.prikbord, t.seed.otherWijk, { id: 'tekens', title: 'Peper & zout <gratis>', body: 'Wie wil peper & zout?', publishedAt: '2026-11-09T10:00:00+01:00' }),
    ])
    const atom = await parser.parseString(await (await get('/wijk/rivierenbuurt/feed.atom')).text())
    expect(atom.items[0]!.title).toBe('Peper &amp; zout &lt;gratis&gt;')
    const rss = await (await get('/wijk/rivierenbuurt/feed.rss')).text()
    expect(rss).toContain('<title><![CDATA[Peper & zout <gratis>]]></title>')
    expect(rss).toContain('<description><![CDATA[Wie wil peper &amp; zout?]]></description>')
    const json = (await (await get('/wijk/rivierenbuurt/feed.json')).json()) as { items: { title: string; summary: string }[] }
    expect(json.items[0]).toMatchObject({ title: 'Peper & zout <gratis>', summary: 'Wie wil peper & zout?' })
  })

  it('serves JSON Feed 1.1', async () => {
    const res = await get('/wijk/vogelbuurt/feed.json')
    expect(res.headers.get('Content-Type')).toMatch(/^application\/feed\+json/)
    const feed = (await res.json()) as Record<string, unknown> & { items: Record<string, unknown>[] }
    expect(feed).toMatchObject({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Buurtfeed Vogelbuurt',
      home_page_url: 'http://localhost/wijk/vogelbuurt',
      feed_url: 'http://localhost/wijk/vogelbuurt/feed.json',
      language: 'nl',
    })
    expect(feed.items).toHaveLength(10)
    for (const item of feed.items) {
      expect(Object.keys(item)).toEqual(expect.arrayContaining(['id', 'url', 'title', 'content_html', 'date_published', 'authors']))
      expect(item).not.toHaveProperty('author')
    }
    expect(feed.items[0]).toMatchObject({ url: 'https://vogelbuurt.mijnbuurtje.nl/bericht/boodschap', authors: [{ name: 'Buurtsite Vogelbuurt' }] })
  })

  it('serves the events as iCalendar in Europe/Amsterdam, all-day events as dates, cancelled ones marked', async () => {
    const { storedItem } = await import('../helpers/seed-items.ts')
    const { upsertItems } = await import('../../src/store/items.ts')
    await upsertItems(t.store.db, t.seed.agenda.id, [
      storedItem(t.seed.agenda, t.seed.wijk, {
        id: 'lampionnenoptocht', kind: 'event', title: 'Lampionnenoptocht', body: 'Gaat niet door wegens storm.',
        startsAt: '2026-11-11T18:00:00+01:00', status: 'closed', publishedAt: '2026-10-30T10:00:00+01:00',
      }),
    ])
    const res = await get('/wijk/vogelbuurt/feed.ics')
    expect(res.headers.get('Content-Type')).toBe('text/calendar; charset=utf-8')
    const text = await res.text()
    expect(text).toContain('BEGIN:VEVENT')
    expect(text).toContain('DTSTART;TZID=Europe/Amsterdam:20261114T130000')
    expect(text).toContain('DTSTART;VALUE=DATE:20261121')

    const calendar = new ICAL.Component(ICAL.parse(text))
    expect(calendar.getFirstSubcomponent('vtimezone')?.getFirstPropertyValue('tzid')).toBe('Europe/Amsterdam')
    const events = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent))
    // The Buurtborrel was a week ago: the calendar starts a day back.
    expect(events.map((event) => event.summary).sort()).toEqual(['Lampionnenoptocht', 'Repair Café in De Kolibrie', 'Rommelmarkt op het Merelplein'])
    const cafe = events.find((event) => event.summary.startsWith('Repair'))!
    expect(cafe.startDate.toJSDate().toISOString()).toBe('2026-11-14T12:00:00.000Z')
    expect(cafe.endDate.toJSDate().toISOString()).toBe('2026-11-14T15:00:00.000Z')
    expect(cafe.location).toBe('Buurthuis De Kolibrie, Mezenstraat 12')
    expect(cafe.description).toContain('Bekijk op Agenda Buurthuis De Kolibrie: https://dekolibrie.nl/agenda/bericht/repair-cafe')
    const markt = events.find((event) => event.summary.startsWith('Rommelmarkt'))!
    expect(markt.startDate.isDate).toBe(true)
    expect(markt.startDate.toString()).toBe('2026-11-21')
    // A one-day event without an end: DTEND is exclusive, the next day.
    expect(markt.endDate.toString()).toBe('2026-11-22')
    expect(text).toContain('DTEND;VALUE=DATE:20261122')
    const status = (summary: string) => events.find((event) => event.summary === summary)!.component.getFirstPropertyValue('status')
    expect(status('Lampionnenoptocht')).toBe('CANCELLED')
    expect(status('Repair Café in De Kolibrie')).toBe('CONFIRMED')
  })

  it('puts the soonest events on the calendar, however many were published since, and keeps running ones', async () => {
    const wijk = await saveWijk(t.store.db, { slug: 'drukke-agenda', name: 'Drukke agenda', postcodes: [] })
    const source = await seedSource(t.store.db, wijk, { name: 'Agenda', url: 'https://agenda.example.nl', platform: 'feed' })
    const hour = 60 * 60 * 1000
    const at = (hoursFromNow: number) => new Date(NOW.getTime() + hoursFromNow * hour).toISOString()
    const event = (id: string, startsAt: string, fields: Partial<SeedFields> = {}): SeedFields => ({ id, kind: 'event', title: id, startsAt, ...fields })
    // Published just now, all of them starting after the ones below.
    const later = Array.from({ length: 210 }, (_, i) => event(`later-${String(i).padStart(3, '0')}`, at(24 * 30 + i), { publishedAt: at(-1) }))
    await seedItems(t.store.db, source, wijk, [
      ...later,
      event('soon', at(48), { publishedAt: '2026-09-01T10:00:00+02:00' }),
      event('running', at(-2), { endsAt: at(2) }),
      event('exhibition', at(-24 * 9), { endsAt: at(24 * 20) }),
      event('last-night', at(-16)),
      event('last-week', at(-24 * 7), { endsAt: at(-24 * 7 + 2) }),
    ])
    const calendar = new ICAL.Component(ICAL.parse(await (await get('/wijk/drukke-agenda/feed.ics')).text()))
    const summaries = calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent).summary)
    expect(summaries).toHaveLength(200)
    expect(summaries).toEqual(expect.arrayContaining(['soon', 'running', 'exhibition', 'last-night', 'later-000', 'later-195']))
    expect(summaries).not.toContain('last-week')
    expect(summaries).not.toContain('later-196')
  })

  describe('dates', () => {
    const atomParser = new Parser<Record<string, never>, { updated?: string; published?: string }>({ customFields: { item: ['updated', 'published'] } })
    const published = '2026-11-09T10:00:00+01:00'
    const updated = '2026-11-08T10:00:00+01:00'
    let firstSeen: Date
    beforeAll(async () => {
      const wijk = await saveWijk(t.store.db, { slug: 'spaarndammerbuurt', name: 'Spaarndammerbuurt', postcodes: [] })
      const source = await seedSource(t.store.db, wijk, { name: 'Prikbord', url: 'https://prikbord.example.nl', platform: 'feed' })
      await seedItems(t.store.db, source, wijk, [
        { id: 'undated', title: 'Zonder datum' },
        { id: 'updated-only', title: 'Alleen bijgewerkt', updatedAt: updated },
        { id: 'published', title: 'Gepubliceerd', publishedAt: published },
      ])
      const row = await t.store.db.selectFrom('items').select('first_seen_at').where('id', '=', 'undated').executeTakeFirstOrThrow()
      firstSeen = row.first_seen_at
    })
    const byTitle = <T extends { title?: string }>(items: T[]) => Object.fromEntries(items.map((item) => [item.title, item]))

    it('gives RSS a pubDate only when the item says when it was published', async () => {
      const items = byTitle((await parser.parseString(await (await get('/wijk/spaarndammerbuurt/feed.rss')).text())).items)
      expect(items['Zonder datum']).not.toHaveProperty('pubDate')
      expect(items['Alleen bijgewerkt']).not.toHaveProperty('pubDate')
      expect(items['Gepubliceerd']!.isoDate).toBe(new Date(published).toISOString())
    })

    it('gives Atom <published> only when known, and <updated> from the last change, else when first seen', async () => {
      const items = byTitle((await atomParser.parseString(await (await get('/wijk/spaarndammerbuurt/feed.atom')).text())).items)
      expect(items['Zonder datum']).toMatchObject({ updated: firstSeen.toISOString() })
      expect(items['Zonder datum']).not.toHaveProperty('published')
      expect(items['Alleen bijgewerkt']).toMatchObject({ updated: new Date(updated).toISOString() })
      expect(items['Alleen bijgewerkt']).not.toHaveProperty('published')
      expect(items['Gepubliceerd']).toMatchObject({ updated: new Date(published).toISOString(), published: new Date(published).toISOString() })
    })

    it('gives JSON Feed only the dates the item has', async () => {
      const feed = (await (await get('/wijk/spaarndammerbuurt/feed.json')).json()) as { items: Record<string, unknown>[] }
      const dates = Object.fromEntries(feed.items.map(({ title, date_published, date_modified }) => [title, { date_published, date_modified }]))
      expect(dates).toEqual({
        'Zonder datum': { date_published: undefined, date_modified: undefined },
        'Alleen bijgewerkt': { date_published: undefined, date_modified: new Date(updated).toISOString() },
        Gepubliceerd: { date_published: new Date(published).toISOString(), date_modified: undefined },
      })
    })
  })

  it.each(['rss', 'atom', 'json', 'ics'])('answers feed.%s with an ETag, and 304 when it matches', async (format) => {
    const first = await get(`/wijk/vogelbuurt/feed.${format}`)
    const etag = first.headers.get('ETag')
    expect(etag).toMatch(/^"[\w-]+"$/)
    expect(first.headers.get('Cache-Control')).toMatch(/max-age=\d+/)
    const second = await get(`/wijk/vogelbuurt/feed.${format}`, { 'If-None-Match': etag! })
    expect(second.status).toBe(304)
    expect(await second.text()).toBe('')
    expect((await get(`/wijk/vogelbuurt/feed.${format}`, { 'If-None-Match': '"iets-anders"' })).status).toBe(200)
  })

  it('answers 404 for an unknown wijk', async () => {
    const res = await get('/wijk/atlantis/feed.rss')
    expect(res.status).toBe(404)
    expect(await res.json()).toEqual({ error: 'not_found', message: "no wijk 'atlantis'" })
  })
})
