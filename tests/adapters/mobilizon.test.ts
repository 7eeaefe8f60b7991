import { describe, expect, it } from 'vitest'
import { feedAdapter } from '../../adapters/feed/index.ts'
import { icalAdapter } from '../../adapters/ical/index.ts'
import { mobilizonAdapter } from '../../adapters/mobilizon/index.ts'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import { fixture, inlineDocument, runAsync } from './run-adapter.ts'

const SHARED = '../../../shared/fixtures/mobilizon/'
const OWN = '../fixtures/mobilizon/'
const GROUP = 'https://mobilizon.example.nl/@groenoost'
const NOW = new Date('2026-11-10T12:00:00Z')
const EVENT_URL = 'https://mobilizon.example.nl/events/2f0c1a8e-6c0e-4d52-9c1e-5b2f1f8a7d11'
const CANCELLED_URL = 'https://mobilizon.example.nl/events/7d3e9b20-1f4a-4c1e-8a55-0c6f2b9e4a01'

describe('mobilizon adapter: plan', () => {
  it.each([
    ['the group page', GROUP, 'ics', `${GROUP}/feed/ics`],
    ['the group page with a slash', `${GROUP}/`, 'atom', `${GROUP}/feed/atom`],
    ['a sub-page of the group', `${GROUP}/events?future=true`, 'ics', `${GROUP}/feed/ics`],
    ['its Atom feed', `${GROUP}/feed/atom`, 'atom', `${GROUP}/feed/atom`],
    ['its Atom feed, read as iCalendar', `${GROUP}/feed/atom`, 'ics', `${GROUP}/feed/ics`],
    ['its iCalendar feed', `${GROUP}/feed/ics/`, 'ics', `${GROUP}/feed/ics`],
    ['a group from another instance', 'https://mobilizon.example.nl/@tuin@andere.example.org', 'ics', 'https://mobilizon.example.nl/@tuin@andere.example.org/feed/ics'],
  ] as const)('finds the feed from %s', (_, url, format, expected) => {
    expect(mobilizonAdapter.plan({ url, config: { format } }).map((request) => request.url)).toEqual([expected])
  })

  it('asks with the Accept header of the adapter that reads the format', () => {
    const [ics] = mobilizonAdapter.plan({ url: GROUP, config: mobilizonAdapter.configSchema.parse({}) })
    const [atom] = mobilizonAdapter.plan({ url: GROUP, config: { format: 'atom' } })
    expect(ics?.headers).toEqual(icalAdapter.plan({ url: GROUP, config: { windowDays: 180 } })[0]?.headers)
    expect(atom?.headers).toEqual(feedAdapter.plan({ url: GROUP, config: {} })[0]?.headers)
  })

  it.each([[{ format: 'rss' }], [{ formaat: 'ics' }]])('rejects the config %j', (config) => {
    expect(mobilizonAdapter.configSchema.safeParse(config).success).toBe(false)
  })
})

describe('mobilizon adapter: the group iCalendar feed', async () => {
  const { drafts, items, output } = await runAsync(mobilizonAdapter, fixture(`${OWN}group.ics`, `${GROUP}/feed/ics`), { now: NOW })

  it('reads the upcoming events and leaves out the past one', () => {
    expect(items.map((item) => [item.title, item.kind, item.url])).toEqual([
      ['Bomen planten in het Oosterpark', 'event', EVENT_URL],
      ['Snoeiworkshop', 'event', CANCELLED_URL],
    ])
  })

  it('reads times, place, coordinates and status', () => {
    expect(items.map((item) => [item.startsAt, item.endsAt, item.location, item.status])).toEqual([
      ['2026-11-28T10:00:00+01:00', '2026-11-28T13:00:00+01:00', { name: 'Oosterpark', address: 'Oosterpark 10, 1092 AE Amsterdam', postcode: '1092 AE', lat: 52.3601, lon: 4.922 }, 'open'],
      ['2026-12-05T14:00:00+01:00', '2026-12-05T16:00:00+01:00', { name: 'Buurtmoestuin Oost' }, 'closed'],
    ])
  })

  it('keeps the event URL as id and the tags, and masks the phone number', () => {
    expect(drafts.map((draft) => [draft.externalId, draft.sourceCategories])).toEqual([
      [EVENT_URL, ['bomen', 'groen']],
      [CANCELLED_URL, ['snoeien']],
    ])
    expect(items[0]?.bodyHtml).toBe('<p>Zaterdag planten we 30 bomen in het Oosterpark. Schep meenemen!<br />Vragen? Bel Sanne: [telefoonnummer verborgen].</p>')
    expect(output).not.toContain('06-12345678')
  })
})

describe('mobilizon adapter: the group Atom feed', () => {
  it('reads the shared fixture as an event dated from its text (the Atom feed gives no start)', async () => {
    const { items } = await runAsync(mobilizonAdapter, fixture(`${SHARED}group-feed.atom`, `${GROUP}/feed/atom`))
    expect(items).toEqual([
      expect.objectContaining({
        kind: 'event',
        title: 'Bomen planten in het Oosterpark',
        url: EVENT_URL,
        startsAt: '2026-11-28T10:00:00+01:00',
        publishedAt: '2026-11-01T13:00:00+01:00',
        bodyHtml: '<p>Zaterdag 28 november om 10:00 planten we 30 bomen. Schep meenemen!</p>',
      }),
    ])
  })

  it('marks events, not the group posts in the same feed', async () => {
    const { drafts, items, output } = await runAsync(mobilizonAdapter, fixture(`${OWN}group-with-post.atom`, `${GROUP}/feed/atom`))
    expect(drafts.map((draft) => [draft.title, draft.kind, draft.url, draft.author])).toEqual([
      ['Snoeiworkshop', 'event', CANCELLED_URL, undefined],
      ['Verslag van de plantdag', undefined, 'https://mobilizon.example.nl/p/verslag-plantdag-8f2a', 'Sanne'],
    ])
    expect(items.map((item) => [item.kind, item.startsAt])).toEqual([['event', '2026-12-05T14:00:00+01:00'], ['info', null]])
    expect(output).not.toContain('alert')
  })

  it('reads a feed by its content, whatever the format in the config', async () => {
    const { items } = await runAsync(mobilizonAdapter, fixture(`${SHARED}group-feed.atom`, `${GROUP}/feed/atom`), { config: { format: 'ics' } })
    expect(items.map((item) => item.url)).toEqual([EVENT_URL])
  })
})

describe('mobilizon adapter: documents it cannot read', () => {
  it.each([
    ['an HTML page', '<html><body>Groep niet gevonden</body></html>', /not a feed: the root element is <html>/],
    ['an empty document', '', /empty document/],
    ['a broken calendar', 'BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART:morgen\r\n', /iCalendar/],
  ])('rejects %s', async (_, text, message) => {
    const read = () => runAsync(mobilizonAdapter, inlineDocument(text, `${GROUP}/feed/ics`), { now: NOW })
    await expect(read()).rejects.toThrow(DocumentParseError)
    await expect(read()).rejects.toThrow(message)
  })
})
