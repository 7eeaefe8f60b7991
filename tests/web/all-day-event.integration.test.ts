import ICAL from 'ical.js'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { icalAdapter } from '../../adapters/ical/index.ts'
import { normaliseDraft } from '../../src/normalise/index.ts'
import { PostgresSearch } from '../../src/search/postgres.ts'
import { findItem, upsertItems } from '../../src/store/items.ts'
import { inlineDocument } from '../adapters/run-adapter.ts'
import { createTestApp, type TestApp } from '../api/test-app.ts'
import { testDatabaseKind } from '../helpers/database.ts'
import { NOW } from '../helpers/seed-items.ts'

const CALENDAR_URL = 'https://dekolibrie.nl/agenda.ics'
// Friday 20 and Saturday 21 November; DTEND is the (exclusive) Sunday.
const CALENDAR = [
  'BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//De Kolibrie//Agenda//NL',
  'BEGIN:VEVENT', 'UID:wintermarkt-2026@dekolibrie.nl', 'DTSTART;VALUE=DATE:20261120', 'DTEND;VALUE=DATE:20261122',
  'SUMMARY:Wintermarkt op het Merelplein', 'END:VEVENT',
  'END:VCALENDAR',
].join('\r\n')

let t: TestApp
let id: string
beforeAll(async () => {
  t = await createTestApp()
  const { agenda, wijk } = t.seed
  const source = { id: agenda.id, name: agenda.name, url: agenda.url }
  const { items: drafts } = await icalAdapter.parse(inlineDocument(CALENDAR, CALENDAR_URL), {
    config: { windowDays: 180 }, request: { url: CALENDAR_URL }, source, now: NOW,
  })
  const context = { source, platform: icalAdapter.platform, documentUrl: CALENDAR_URL, wijk: { slug: wijk.slug, name: wijk.name }, now: NOW }
  const stored = drafts.map((draft) => normaliseDraft(draft, context))
  await upsertItems(t.store.db, agenda.id, stored)
  id = stored[0]!.item.id
})
afterAll(() => t.store.destroy())

describe(`a Friday–Saturday all-day event from a calendar to the page and feed.ics, on ${testDatabaseKind}`, () => {
  it('is stored with its end at the midnight after Saturday', async () => {
    expect(await findItem(t.store.db, id, NOW)).toMatchObject({ allDay: true, startsAt: '2026-11-20T00:00:00+01:00', endsAt: '2026-11-22T00:00:00+01:00' })
  })

  it.each([
    ['all of Saturday', '2026-11-21T15:00:00+01:00', 'open'],
    ['over from the midnight after', '2026-11-22T00:30:00+01:00', 'closed'],
  ] as const)('is %s, in the item and in the status filter alike', async (_, now, status) => {
    expect((await findItem(t.store.db, id, new Date(now)))?.status).toBe(status)
    const { items } = await new PostgresSearch(t.store.db, () => new Date(now)).search({ wijk: 'vogelbuurt', kind: ['event'], status, limit: 50 })
    expect(items.map((item) => item.id)).toContain(id)
  })

  it('shows both days on the wijk page', async () => {
    const html = await (await t.app.request('/wijk/vogelbuurt')).text()
    expect(html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')).toContain('Wintermarkt op het Merelplein Wanneer vr 20 nov t/m za 21 nov')
  })

  it('ends on the Sunday in feed.ics, where DTEND is exclusive too', async () => {
    const text = await (await t.app.request('/wijk/vogelbuurt/feed.ics')).text()
    const vevent = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').find((event) => event.getFirstPropertyValue('summary') === 'Wintermarkt op het Merelplein')
    expect(vevent?.getFirstPropertyValue('dtstart')?.toString()).toBe('2026-11-20')
    expect(vevent?.getFirstPropertyValue('dtend')?.toString()).toBe('2026-11-22')
  })
})
