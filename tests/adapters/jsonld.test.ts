import { describe, expect, it } from 'vitest'
import { feedAdapter } from '../../adapters/feed/index.ts'
import { discoverFeeds, jsonldAdapter } from '../../adapters/jsonld/index.ts'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { DocumentRequest, FetchedDocument } from '../../src/domain/adapter.ts'
import { fixture, inlineDocument, run, runAsync } from './run-adapter.ts'

const SHARED = '../../../shared/fixtures/'
const OWN = '../fixtures/jsonld/'
const AGENDA_URL = 'https://bibliotheekvoorbeeldstad.nl/agenda/overzicht'
const HOME_URL = 'https://buurtsite-voorbeeld.nl/'

/** Parses as the runtime does, with the request the document answers (a discovered feed has the role 'feed'). */
function parseAs(document: FetchedDocument, request: DocumentRequest = { url: document.url }, config: object = {}) {
  const source = { id: 'test-source', name: 'Testbron', url: document.url }
  return jsonldAdapter.parse(document, { config: jsonldAdapter.configSchema.parse(config), request, source, now: new Date('2026-11-10T12:00:00Z') })
}

const page = (...blocks: string[]) =>
  inlineDocument(`<html><head>${blocks.map((block) => `<script type="application/ld+json">${block}</script>`).join('\n')}</head><body></body></html>`, AGENDA_URL)

describe('jsonld adapter: an Event in a @graph (shared fixture)', () => {
  const { drafts, items } = run(jsonldAdapter, fixture(`${SHARED}jsonld/activiteit.html`, 'https://bibliotheekvoorbeeldstad.nl/agenda/taalcafe'))

  it('reads the event', () => {
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      kind: 'event',
      title: 'Taalcafé: samen Nederlands oefenen',
      bodyHtml: '<p>Oefen Nederlands in een ontspannen sfeer. Aanmelden is niet nodig.</p>',
      url: 'https://bibliotheekvoorbeeldstad.nl/agenda/taalcafe',
      startsAt: '2026-11-10T10:00:00+01:00',
      endsAt: '2026-11-10T11:30:00+01:00',
      allDay: false,
      status: 'open',
      location: { name: 'Bibliotheek Centrum', address: 'Stationsplein 5, 3571 XY Voorbeeldstad', postcode: '3571 XY', lat: 52.0907, lon: 5.1214 },
      publishedAt: null,
    })
  })

  it('takes the organizer as author and the link and start as id', () => {
    expect(drafts[0]).toMatchObject({
      author: 'Bibliotheek Voorbeeldstad',
      externalId: 'https://bibliotheekvoorbeeldstad.nl/agenda/taalcafe#2026-11-10T10:00:00+01:00',
    })
  })
})

describe('jsonld adapter: an agenda page with every shape', () => {
  const { drafts, items, output } = run(jsonldAdapter, fixture(`${OWN}agenda.html`, AGENDA_URL))

  it('skips broken, commented-out and empty blocks and nodes, and reads events and articles in page order', () => {
    expect(items.map((item) => [item.kind, item.title])).toEqual([
      ['event', 'Koffie & kletsen'],
      ['event', 'Voorlezen online'],
      ['info', 'Nieuwe openingstijden vanaf december'],
      ['event', 'Popkoor Oost zingt'],
      ['event', 'Verkeerde typen'],
      ['event', 'Zonder link'],
    ])
  })

  it('reads a date-only event as all-day, its links against <base href>, its place from text', () => {
    expect(items[0]).toMatchObject({
      allDay: true,
      startsAt: '2026-11-20T00:00:00+01:00',
      // The page's endDate is the last day, 21 November; an all-day end is the midnight after it.
      endsAt: '2026-11-22T00:00:00+01:00',
      url: 'https://bibliotheekvoorbeeldstad.nl/agenda/koffie',
      location: { name: 'Buurthuis De Linde', address: 'Kerkstraat 2, 3572 CD Voorbeeldstad', postcode: '3572 CD' },
    })
    expect(drafts[0]).toMatchObject({
      externalId: 'https://bibliotheekvoorbeeldstad.nl/agenda/koffie#event#2026-11-20',
      author: 'Bibliotheek Voorbeeldstad',
      bodyText: 'Elke maand een ochtend voor buren.',
    })
  })

  it('reads a cancelled online event at Amsterdam time, without its script or e-mail address', () => {
    expect(items[1]).toMatchObject({
      status: 'closed',
      location: { name: 'Online' },
      startsAt: '2026-11-22T15:00:00+01:00',
      endsAt: null,
      bodyHtml: '<p>Voorlezen via de laptop. Vragen: [e-mail verborgen]</p>',
    })
    expect(drafts[1]?.author).toBe('Juf Anja')
    expect(output).not.toMatch(/alert|<script|jeugd@/)
  })

  it('reads the news article', () => {
    expect(items[2]).toMatchObject({
      url: 'https://bibliotheekvoorbeeldstad.nl/nieuws/openingstijden',
      bodyHtml: '<p>Vanaf 1 december is de bibliotheek ook op maandag open.</p>',
      summary: 'Ook op maandag open.',
      publishedAt: '2026-11-02T09:00:00+01:00',
      updatedAt: '2026-11-03T09:00:00+01:00',
      startsAt: null,
    })
    expect(drafts[2]).toMatchObject({ author: 'Marieke', sourceCategories: ['Nieuws', 'openingstijden', 'bibliotheek'] })
  })

  it('finds an event in an item list, keeps its place over its stream, and reads a raw line break', () => {
    expect(items[3]).toMatchObject({
      url: 'https://bibliotheekvoorbeeldstad.nl/agenda/koor',
      startsAt: '2026-12-01T20:00:00+01:00',
      endsAt: '2026-12-01T21:30:00+01:00',
      location: { name: 'Podium Oost', address: 'Oostplein 3, 3581 AB Voorbeeldstad', postcode: '3581 AB', lat: 52.0931, lon: 5.1302 },
      bodyHtml: '<p>Het koor zingt kerstliedjes.</p>',
    })
  })

  it('leaves out values of the wrong type and links to the page', () => {
    expect(items[4]).toMatchObject({ startsAt: null, endsAt: null, location: null, url: AGENDA_URL, status: 'open' })
    expect(drafts[4]?.author).toBeUndefined()
  })

  it('reads a PostalAddress with coordinates on the Place', () => {
    expect(items[5]).toMatchObject({
      url: AGENDA_URL,
      allDay: true,
      location: { name: 'Plein', address: 'Marktplein 1, 3571AA Voorbeeldstad', postcode: '3571 AA', lat: 52.09, lon: 5.12 },
    })
    expect(drafts[5]?.externalId).toBe(`${AGENDA_URL}#Zonder link#2026-12-31`)
  })

  it('does not key an item by a blank node id', () => {
    const { drafts } = run(jsonldAdapter, page('{"@type":"Event","@id":"_:b0","name":"Blank","url":"/agenda/blank"}'))
    expect(drafts[0]?.externalId).toBe('https://bibliotheekvoorbeeldstad.nl/agenda/blank')
  })

  it('does not follow the feed when the page has items', () => {
    expect(parseAs(fixture(`${OWN}agenda.html`, AGENDA_URL))).toEqual({ items: drafts })
  })
})

describe('jsonld adapter: feed discovery', () => {
  const home = fixture(`${OWN}home-with-feeds.html`, HOME_URL)

  it('lists the alternate feeds, absolute and once each', () => {
    expect(discoverFeeds(home.text, HOME_URL)).toEqual([
      { url: 'https://buurtsite-voorbeeld.nl/feed/', type: 'application/rss+xml', title: 'Buurtsite Oost » Feed' },
      { url: 'https://buurtsite-voorbeeld.nl/comments/feed/', type: 'application/rss+xml', title: 'Buurtsite Oost » Reactiesfeed' },
      { url: 'https://buurtsite-voorbeeld.nl/atom.xml', type: 'application/atom+xml', title: undefined },
      { url: 'https://buurtsite-voorbeeld.nl/feed.json', type: 'application/feed+json', title: undefined },
    ])
  })

  it.each([
    ['a page without links', '<p>Hallo</p>', []],
    ['a relative link against <base>', '<base href="https://elders.nl/wijk/"><link rel="alternate" type="application/atom+xml" href="atom">', [
      { url: 'https://elders.nl/wijk/atom', type: 'application/atom+xml', title: undefined },
    ]],
    ['truncated markup', '<link rel="alternate" type="application/rss+xml" href="/rss" title="Nieuws', []],
  ])('handles %s', (_, html, feeds) => {
    expect(discoverFeeds(html, HOME_URL)).toEqual(feeds)
  })

  it('follows the first feed when the page has no schema.org items', () => {
    const [feedRequest] = feedAdapter.plan({ url: 'https://buurtsite-voorbeeld.nl/feed/', config: {} })
    expect(parseAs(home)).toEqual({ items: [], follow: [{ ...feedRequest, role: 'feed' }] })
  })

  it('reads the followed feed with the feed adapter', async () => {
    const feed = fixture(`${SHARED}feeds/buurtsite-drupal.rss`, 'https://buurtsite-voorbeeld.nl/feed/')
    const { items } = await parseAs(feed, { url: feed.url, role: 'feed' })
    expect(items.map((item) => [item.title, item.url])).toEqual([
      ['Buurtcafé op vrijdag weer open', 'https://buurtsite-voorbeeld.nl/nieuws/buurtcafe-weer-open'],
      ['Gezocht: vrijwilligers voor de kerstmarkt', 'https://buurtsite-voorbeeld.nl/agenda/kerstmarkt-2026'],
    ])
  })

  it('is honestly empty with discovery off and JSON-LD without items', () => {
    expect(parseAs(home, undefined, { discoverFeeds: false })).toEqual({ items: [] })
  })

  it.each([
    ['discovery on', {}, /^no schema\.org JSON-LD and no feed link in the page$/],
    ['discovery off', { discoverFeeds: false }, /^no schema\.org JSON-LD in the page$/],
  ])('rejects a page with neither JSON-LD nor feed, %s', (_, config, message) => {
    const parse = () => parseAs(inlineDocument('<html><body><p>Welkom</p></body></html>', HOME_URL), undefined, config)
    expect(parse).toThrow(DocumentParseError)
    expect(parse).toThrow(message)
  })

  it('rejects an unknown option', () => {
    expect(jsonldAdapter.configSchema.safeParse({ discoverFeed: true }).success).toBe(false)
  })
})

describe('jsonld adapter: hostile pages', () => {
  it('reads a 5 MB page with 10,000 blocks in bounded time and items', () => {
    const block = (index: number) => JSON.stringify({ '@type': 'Event', name: `Activiteit ${index}`, description: 'x'.repeat(400), startDate: '2026-11-20T10:00:00+01:00', url: `/a/${index}` })
    const html = `<html><head>${Array.from({ length: 10_000 }, (_, index) => `<script type="application/ld+json">${block(index)}</script>`).join('\n')}</head></html>`
    expect(html.length).toBeGreaterThan(5_000_000)
    const result = parseAs(inlineDocument(html, AGENDA_URL))
    expect('items' in result && result.items.length).toBe(200)
  })

  it('skips a block cut short by an unescaped closing script tag', () => {
    const html = page('{"@type":"Event","name":"Eerlijk"}', '{"@type":"Event","name":"Kwaadaardig","description":"</script><script>alert(1)</script>"}')
    const { items, output } = run(jsonldAdapter, html)
    expect(items.map((item) => item.title)).toEqual(['Eerlijk'])
    expect(output).not.toContain('alert')
  })

  it('survives deep nesting', () => {
    const deepArrays = `{"@graph":${'['.repeat(100_000)}${']'.repeat(100_000)}}`
    const deepGraphs = `${'{"@graph":'.repeat(10_000)}{"@type":"Event","name":"Diep"}${'}'.repeat(10_000)}`
    const { items } = run(jsonldAdapter, page(deepArrays, deepGraphs, '{"@type":"Event","name":"Ondiep","location":{"address":{"@id":"#x"}}}'))
    expect(items.map((item) => item.title)).toEqual(['Ondiep'])
  })

  it.each([
    ['a number as type', '{"@type": 42, "name": "x"}'],
    ['null', 'null'],
    ['a string', '"Event"'],
    ['a list of nothing', '[[], {}, null, 1]'],
  ])('ignores %s', (_, block) => {
    expect(parseAs(page(block))).toEqual({ items: [] })
  })

  it.each([
    ['a number', '42', null],
    ['an empty list', '[]', null],
    ['an object without place fields', '{"@type": "Place", "geo": "here", "address": 7}', null],
    ['coordinates out of range', '{"@type": "Place", "name": "P", "geo": {"latitude": 200, "longitude": 5}}', { name: 'P' }],
    ['a reference to nowhere', '{"@id": "#nergens"}', null],
    ['only a stream', '[{"@type": "VirtualLocation"}]', { name: 'Online' }],
  ])('reads a location of %s', (_, location, expected) => {
    const { items } = run(jsonldAdapter, page(`{"@type":"Event","name":"Test","location":${location}}`))
    expect(items[0]?.location).toEqual(expected)
  })

  it('reads truncated HTML up to where it stops', () => {
    const text = fixture(`${OWN}agenda.html`, AGENDA_URL).text
    const cut = text.slice(0, text.indexOf('Popkoor'))
    const { items } = run(jsonldAdapter, inlineDocument(cut, AGENDA_URL))
    expect(items.map((item) => item.title)).toEqual(['Koffie & kletsen', 'Voorlezen online', 'Nieuwe openingstijden vanaf december'])
  })
})

describe('jsonld adapter: plan', () => {
  it('fetches the page itself as HTML', () => {
    expect(jsonldAdapter.plan({ url: AGENDA_URL, config: { discoverFeeds: true } })).toEqual([
      { url: AGENDA_URL, headers: { Accept: 'text/html, application/xhtml+xml;q=0.9, */*;q=0.8' } },
    ])
  })

  it('parses a page synchronously and a feed through the feed adapter', async () => {
    expect(parseAs(page('{"@type":"Event","name":"x"}'))).not.toBeInstanceOf(Promise)
    const feed = fixture(`${SHARED}mobilizon/group-feed.atom`, 'https://mobilizon.example.nl/@groenoost/feed/atom')
    const { items } = await runAsync(feedAdapter, feed)
    expect((await parseAs(feed, { url: feed.url, role: 'feed' })).items).toHaveLength(items.length)
  })
})
