import { describe, expect, it } from 'vitest'
import { icalAdapter } from '../../adapters/ical/index.ts'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import { fixture, inlineDocument, run } from './run-adapter.ts'

const CALENDAR_URL = 'https://buurthuisdelinde.nl/agenda.ics'
const NOW = new Date('2026-11-10T12:00:00Z')

const calendar = (...lines: string[]) => ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//test//NL', ...lines, 'END:VCALENDAR'].join('\r\n')
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', ...lines, 'END:VEVENT']

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
      categories: ['klussen'],
      status: 'open',
    })
  })

  it('does not take DTSTAMP, the moment of export, as updatedAt', () => {
    expect(repairCafe[0]).toMatchObject({ publishedAt: null, updatedAt: null })
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

  it('ends a multi-day all-day event at the midnight after its last day, like DTEND', () => {
    expect(byTitle('Kerstspeelweek')).toMatchObject({ allDay: true, startsAt: '2026-12-18T00:00:00+01:00', endsAt: '2026-12-21T00:00:00+01:00' })
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

  // Wednesdays at 10:00; in a 30-day window from NOW: 11, 18 and 25 November, 2 and 9 December.
  const koffie = vevent('UID:koffie@example.nl', 'DTSTART;TZID=Europe/Amsterdam:20261104T100000', 'DURATION:PT2H', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Koffieochtend')
  const minutely = vevent('UID:minutely@example.nl', 'DTSTART:20000101T000000Z', 'RRULE:FREQ=MINUTELY', 'SUMMARY:Elke minuut')

  it('skips an event whose rule needs more steps than an event may take, and expands the others', () => {
    const { items } = run(icalAdapter, inlineDocument(calendar(...minutely, ...koffie), url), { now: NOW, config: { windowDays: 30 } })
    expect(items.map((item) => [item.title, item.startsAt?.slice(0, 10)])).toEqual(
      ['2026-11-11', '2026-11-18', '2026-11-25', '2026-12-02', '2026-12-09'].map((day) => ['Koffieochtend', day]),
    )
  })

  it('rejects a calendar whose only event is over the budget', () => {
    const parse = () => run(icalAdapter, inlineDocument(calendar(...minutely), url), { now: NOW })
    expect(parse).toThrow(DocumentParseError)
    expect(parse).toThrow(/none of its 1 events can be read \(1 over the recurrence budget\); event minutely@example\.nl: /)
  })

  it('returns from a hostile 5 MiB calendar: one budget for all its events and time zones, the rest skipped', () => {
    const hostileRules = [
      'RRULE:FREQ=SECONDLY',
      // Never matches: ical.js would search for ever within one step.
      'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
      // ical.js walks an INTERVAL day by day.
      'RRULE:FREQ=WEEKLY;INTERVAL=100000000',
      'RRULE:FREQ=MINUTELY;BYDAY=MO',
    ]
    const hostileZone = ['BEGIN:VTIMEZONE', 'TZID:Kapot', 'BEGIN:STANDARD', 'DTSTART:19700101T000000', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0100', 'RRULE:FREQ=SECONDLY', 'END:STANDARD', 'END:VTIMEZONE']
    const manyDates = Array.from({ length: 100_000 }, (_, i) => new Date(Date.UTC(2026, 0, 1) - i * 60_000).toISOString().replace(/[-:]|\.\d+/g, ''))
    const hostile = [vevent('UID:data@example.nl', 'DTSTART:19000101T000000Z', `RDATE:${manyDates.join(',')}`, 'SUMMARY:Kwaad').join('\r\n')]
    for (let i = 0, size = hostile[0]!.length; size < 5 * 1024 * 1024; i++) {
      // Every fifth event is a single one in the hostile time zone.
      const rule = hostileRules[i % 5]
      const event = vevent(`UID:kwaad-${i}@example.nl`, rule ? 'DTSTART:20000101T000000Z' : 'DTSTART;TZID=Kapot:20261120T100000', ...(rule ? [rule] : []), 'SUMMARY:Kwaad')
      hostile.push(event.join('\r\n'))
      size += hostile.at(-1)!.length
    }
    const taalcafe = vevent('UID:taalcafe@example.nl', 'DTSTART:20261112T180000Z', 'RRULE:FREQ=WEEKLY', 'SUMMARY:Taalcafé')
    const borrel = vevent('UID:borrel@example.nl', 'DTSTART:20261120T190000Z', 'SUMMARY:Buurtborrel')
    const text = calendar(...hostileZone, ...koffie, hostile.join('\r\n'), ...taalcafe, ...borrel)

    const { items } = run(icalAdapter, inlineDocument(text, url), { now: NOW, config: { windowDays: 30 } })
    // The weekly Taalcafé comes after the budget is spent; the single Buurtborrel needs none of it.
    expect(new Set(items.map((item) => item.title))).toEqual(new Set(['Koffieochtend', 'Buurtborrel']))
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

describe('ical adapter: events it cannot read', () => {
  const url = 'https://example.nl/agenda.ics'
  const borrel = vevent('UID:borrel@example.nl', 'DTSTART:20261120T190000Z', 'SUMMARY:Buurtborrel')

  it.each([
    ['without DTSTART', vevent('UID:kapot@example.nl', 'SUMMARY:Zonder begin')],
    ['with a bad DTSTART', vevent('UID:kapot@example.nl', 'DTSTART:2026', 'SUMMARY:Kapot begin')],
    ['with a bad DTEND', vevent('UID:kapot@example.nl', 'DTSTART:20261121T100000Z', 'DTEND:morgen', 'SUMMARY:Kapot einde')],
  ])('skips an event %s and reads the others', (_, broken) => {
    const { items } = run(icalAdapter, inlineDocument(calendar(...broken, ...borrel), url), { now: NOW })
    expect(items.map((item) => item.title)).toEqual(['Buurtborrel'])
  })
})

describe('ical adapter: identity and all-day ends', () => {
  const url = 'https://example.nl/agenda.ics'

  it('tells events without UID apart by summary, start and location, the same in every run', () => {
    const koffie = (start: string, location: string) => vevent(`DTSTART:${start}`, 'SUMMARY:Koffieochtend', `LOCATION:${location}`)
    const text = calendar(...koffie('20261118T100000Z', 'Buurthuis'), ...koffie('20261125T100000Z', 'Buurthuis'), ...koffie('20261125T100000Z', 'Bibliotheek'))
    const ids = () => run(icalAdapter, inlineDocument(text, url), { now: NOW }).items.map((item) => item.id)
    expect(new Set(ids()).size).toBe(3)
    expect(ids()).toEqual(ids())
  })

  it.each([
    ['on Friday and Saturday', ['DTEND;VALUE=DATE:20261122'], '2026-11-22T00:00:00+01:00'],
    ['on Friday and Saturday, by DURATION', ['DURATION:P2D'], '2026-11-22T00:00:00+01:00'],
    ['on one day, with DTEND', ['DTEND;VALUE=DATE:20261121'], '2026-11-21T00:00:00+01:00'],
    ['on one day, without DTEND', [], null],
  ])('ends an all-day event %s at the midnight after its last day, like DTEND', (_, end, endsAt) => {
    const text = calendar(...vevent('UID:markt@example.nl', 'DTSTART;VALUE=DATE:20261120', ...end, 'SUMMARY:Wintermarkt'))
    expect(run(icalAdapter, inlineDocument(text, url), { now: NOW }).items[0]).toMatchObject({ allDay: true, startsAt: '2026-11-20T00:00:00+01:00', endsAt })
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
    ['a bad date', calendar(...vevent('UID:kapot@example.nl', 'DTSTART:2026', 'SUMMARY:Kapot')), /none of its 1 events can be read .*; event kapot@example\.nl: /],
    ['only events without DTSTART', calendar(...vevent('UID:a@example.nl', 'SUMMARY:A'), ...vevent('SUMMARY:B')), /none of its 2 events can be read .*; event a@example\.nl: no DTSTART/],
  ])('rejects %s', (_, text, message) => {
    expect(parse(text)).toThrow(DocumentParseError)
    expect(parse(text)).toThrow(message)
  })
})
