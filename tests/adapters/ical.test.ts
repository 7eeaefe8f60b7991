import { describe, expect, it } from 'vitest'
import { icalAdapter } from '../../adapters/ical/index.ts'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import { fixture, inlineDocument, run } from './run-adapter.ts'

const CALENDAR_URL = 'https://buurthuisdelinde.nl/agenda.ics'
const NOW = new Date('2026-11-10T12:00:00Z')

const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//NL', ...lines, 'END:VCALENDAR'].join('\r\n')

describe('ical adapter: the wijkagenda fixture', () => {
  const { drafts, items } = run(icalAdapter, fixture('../../../shared/fixtures/feeds/wijkagenda.ics', CALENDAR_URL), { now: NOW })
  const repairCafe = items.filter((item) => item.title === 'Repair Café')

  it('expands the monthly second Saturday into six occurrences at 13:00 Amsterdam time', () => {
    expect(repairCafe.map((item) => [item.startsAt, item.endsAt])).toEqual([
      ['2026-11-14T13:00:00+01:00', '2026-11-14T16:00:00+01:00'],
      ['2026-12-12T13:00:00+01:00', '2026-12-12T16:00:00+01:00'],
      ['2027-01-09T13:00:00+01:00', '2027-01-09T16:00:00+01:00'],
      ['2027-02-13T13:00:00+01:00', '2027-02-13T16:00:00+01:00'],
      ['2027-03-13T13:00:00+01:00', '2027-03-13T16:00:00+01:00'],
      ['2027-04-10T13:00:00+02:00', '2027-04-10T16:00:00+02:00'],
    ])
  })

  it('gives each occurrence its own id', () => {
    expect(drafts[0]?.externalId).toBe('repaircafe-2026@buurthuisdelinde.nl#2026-11-14T13:00:00+01:00')
    expect(new Set(repairCafe.map((item) => item.id)).size).toBe(6)
  })

  it('reads the folded, escaped description, location, url and categories', () => {
    expect(drafts[0]).toMatchObject({
      bodyText: 'Breng uw kapotte spullen mee, samen repareren we ze.\nToegang gratis.',
      url: 'https://buurthuisdelinde.nl/agenda/repair-cafe',
      sourceCategories: ['Repair', 'Duurzaam'],
      kind: 'event',
    })
    expect(repairCafe[0]).toMatchObject({
      url: 'https://buurthuisdelinde.nl/agenda/repair-cafe',
      location: { name: 'Buurthuis De Linde', address: 'Kerkstraat 2, 3572 CD Voorbeeldstad', postcode: '3572 CD' },
      kind: 'event',
      categories: ['klussen', 'gezelschap', 'spullen'],
      status: 'open',
    })
  })

  it('keeps DTSTAMP only as updatedAt', () => {
    expect(repairCafe[0]).toMatchObject({ publishedAt: null, updatedAt: '2026-11-01T10:00:00+01:00' })
  })

  it('reads the all-day Sinterklaas event at local midnight, linked to the calendar', () => {
    expect(items.find((item) => item.title.startsWith('Sinterklaasfeest'))).toMatchObject({
      allDay: true,
      startsAt: '2026-12-05T00:00:00+01:00',
      endsAt: null,
      url: CALENDAR_URL,
      location: { name: 'Buurthuis De Linde' },
      categories: ['kinderen'],
    })
  })

  it('marks the cancelled Bewonersavond closed', () => {
    expect(items.find((item) => item.title.startsWith('Bewonersavond'))).toMatchObject({
      status: 'closed',
      startsAt: '2026-11-19T19:30:00+01:00',
      endsAt: '2026-11-19T21:30:00+01:00',
      allDay: false,
    })
  })

  it('has eight items in all', () => {
    expect(items).toHaveLength(8)
  })

  it.each([
    ['later in the season only the remaining occurrences and no past events', new Date('2027-02-01T12:00:00Z'), undefined, ['2027-02-13', '2027-03-13', '2027-04-10']],
    ['a 30-day window', NOW, { windowDays: 30 }, ['2026-11-14', '2026-11-19', '2026-12-05']],
  ])('with %s', (_, now, config, days) => {
    const later = run(icalAdapter, fixture('../../../shared/fixtures/feeds/wijkagenda.ics', CALENDAR_URL), { now, config })
    expect(later.items.map((item) => item.startsAt?.slice(0, 10)).sort()).toEqual(days)
  })
})

describe('ical adapter: EXDATE, RDATE and RECURRENCE-ID overrides', () => {
  const { drafts, items } = run(icalAdapter, fixture('../fixtures/feeds/exdate-override.ics', 'https://bibliotheek-voorbeeld.nl/agenda.ics'), { now: NOW })
  const taalcafe = items.filter((item) => item.title.startsWith('Taalcafé'))

  it('skips the excluded date, adds the extra date and honours the Windows-named VTIMEZONE', () => {
    expect(taalcafe.map((item) => item.startsAt)).toEqual([
      '2026-11-12T19:00:00+01:00',
      '2026-11-19T19:00:00+01:00',
      '2026-12-03T19:00:00+01:00',
      '2026-12-10T20:00:00+01:00',
      '2026-12-17T19:00:00+01:00',
      '2026-12-24T19:00:00+01:00',
      '2026-12-28T19:00:00+01:00',
      '2026-12-31T19:00:00+01:00',
    ])
  })

  it('applies the override, keyed by the original start', () => {
    const moved = taalcafe[3]
    expect(moved).toMatchObject({ title: 'Taalcafé (een uur later)', endsAt: '2026-12-10T21:30:00+01:00' })
    expect(drafts.find((draft) => draft.title === 'Taalcafé (een uur later)')?.externalId).toBe('taalcafe@bibliotheek-voorbeeld.nl#2026-12-10T19:00:00+01:00')
  })

  it('closes the cancelled occurrence only', () => {
    expect(taalcafe.map((item) => item.status)).toEqual(['open', 'open', 'open', 'open', 'closed', 'open', 'open', 'open'])
  })

  it('does not apply one event\'s overrides to another at the same time', () => {
    expect(items.filter((item) => item.title === 'Buurtkoor').map((item) => item.startsAt)).toEqual(['2026-12-03T19:00:00+01:00', '2026-12-10T19:00:00+01:00'])
  })

  it('takes CREATED and LAST-MODIFIED as published and updated', () => {
    expect(taalcafe[0]).toMatchObject({ publishedAt: '2026-10-15T10:00:00+02:00', updatedAt: '2026-11-02T11:00:00+01:00' })
  })

  it('splits a location with a postcode without a space', () => {
    expect(taalcafe[0]?.location).toEqual({ name: 'Bibliotheek Voorbeeldstad', address: 'Stationsplein 1, 3511ED Utrecht', postcode: '3511 ED' })
  })

  it('skips events that ended before the window and private events', () => {
    expect(items.map((item) => item.title)).not.toContain('Lezing die al voorbij is')
    expect(items.map((item) => item.title)).not.toContain('Teamoverleg')
    expect(items).toHaveLength(10)
  })
})

describe('ical adapter: floating times, zones without VTIMEZONE, rich events', () => {
  const { drafts, items } = run(icalAdapter, fixture('../fixtures/feeds/floating.ics', 'https://noord.example.nl/agenda.ics'), { now: NOW })
  const byTitle = (title: string) => items.find((item) => item.title === title)

  it.each([
    ['floating time read as Amsterdam', 'Pubquiz in het buurthuis', '2026-11-20T20:00:00+01:00', '2026-11-20T22:00:00+01:00'],
    ['an IANA TZID without VTIMEZONE, end from DURATION', 'Lentebrunch', '2027-04-10T13:00:00+02:00', '2027-04-10T15:00:00+02:00'],
    ['another IANA zone', 'Webinar met de zusterstad', '2026-11-20T18:00:00+01:00', null],
  ])('%s', (_, title, startsAt, endsAt) => {
    expect(byTitle(title)).toMatchObject({ startsAt, endsAt, allDay: false })
  })

  it('ends a multi-day all-day event on its last day', () => {
    expect(byTitle('Kerstspeelweek')).toMatchObject({ allDay: true, startsAt: '2026-12-18T00:00:00+01:00', endsAt: '2026-12-20T00:00:00+01:00' })
  })

  it('reads an HTML description, geo, a relative url and several CATEGORIES lines, with contact data masked', () => {
    expect(byTitle('Werkochtend moestuin')).toMatchObject({
      bodyHtml: '<p>Help mee in de <b>moestuin</b>. Vragen? Bel Piet: [telefoonnummer verborgen].</p>',
      location: { name: 'Moestuin Noord (bel [telefoonnummer verborgen])', lat: 52.0907, lon: 5.1214 },
      url: 'https://noord.example.nl/agenda/moestuin',
      publishedAt: '2026-10-20T12:15:00+02:00',
      updatedAt: '2026-11-02T15:30:00+01:00',
      categories: ['tuin'],
    })
    expect(drafts.find((draft) => draft.title === 'Werkochtend moestuin')?.sourceCategories).toEqual(['Tuin', 'Groen', 'Vrijwilligers'])
  })

  it('prefers the X-ALT-DESC HTML body', () => {
    expect(byTitle('Lezing')?.bodyHtml).toBe('<p>HTML-versie met <a href="https://noord.example.nl/lezing" rel="nofollow noopener ugc">link</a></p>')
  })
})

describe('ical adapter: bounds', () => {
  const url = 'https://example.nl/agenda.ics'

  it('expands at most 200 occurrences of an event', () => {
    const daily = calendar('BEGIN:VEVENT', 'UID:daily@example.nl', 'DTSTAMP:20261101T090000Z', 'DTSTART:20261101T090000Z', 'RRULE:FREQ=DAILY', 'SUMMARY:Dagelijks', 'END:VEVENT')
    const { items } = run(icalAdapter, inlineDocument(daily, url), { now: NOW, config: { windowDays: 365 } })
    expect(items).toHaveLength(200)
    expect(items[0]?.startsAt).toBe('2026-11-10T10:00:00+01:00')
  })

  it('stops expanding a rule that never reaches the window', () => {
    const minutely = calendar('BEGIN:VEVENT', 'UID:minutely@example.nl', 'DTSTAMP:20261101T090000Z', 'DTSTART:20000101T000000Z', 'RRULE:FREQ=MINUTELY', 'SUMMARY:Elke minuut', 'END:VEVENT')
    expect(run(icalAdapter, inlineDocument(minutely, url), { now: NOW }).items).toEqual([])
  })

  it.each([
    [{ windowDays: 0 }],
    [{ windowDays: 1.5 }],
    [{ window: 30 }],
  ])('rejects config %j', (config) => {
    expect(icalAdapter.configSchema.safeParse(config).success).toBe(false)
  })

  it('defaults the window to 180 days', () => {
    expect(icalAdapter.configSchema.parse({})).toEqual({ windowDays: 180 })
  })
})

describe('ical adapter: documents it cannot read', () => {
  const url = 'https://example.nl/agenda.ics'
  const parse = (text: string) => () =>
    icalAdapter.parse(inlineDocument(text, url), { config: { windowDays: 180 }, request: { url }, source: { id: 's', name: 's', url }, now: NOW })

  it.each([
    ['an HTML page', '<html><body>Agenda</body></html>', /not a readable iCalendar document/],
    ['an empty document', '', /no VCALENDAR/],
    ['a vCard', 'BEGIN:VCARD\r\nVERSION:4.0\r\nFN:Jan\r\nEND:VCARD', /no VCALENDAR/],
    ['a bad date', calendar('BEGIN:VEVENT', 'UID:kapot@example.nl', 'DTSTART:2026', 'SUMMARY:Kapot', 'END:VEVENT'), /event kapot@example\.nl: /],
  ])('rejects %s', (_, text, message) => {
    expect(parse(text)).toThrow(DocumentParseError)
    expect(parse(text)).toThrow(message)
  })
})
