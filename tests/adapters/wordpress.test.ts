import { describe, expect, it } from 'vitest'
import { wordpressAdapter } from '../../adapters/wordpress/index.ts'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { DocumentRequest, FetchedDocument } from '../../src/domain/adapter.ts'
import { fixture, inlineDocument, run } from './run-adapter.ts'

const SHARED = '../../../shared/fixtures/wordpress/'
const OWN = '../fixtures/wordpress/'
const SITE = 'https://wijkcentrumhetanker.nl'
const [POSTS_REQUEST, EVENTS_REQUEST] = wordpressAdapter.plan({ url: `${SITE}/`, config: wordpressAdapter.configSchema.parse({}) })

/** Parses as the runtime does: with the request the document answers (its role and page). */
function parseAs(request: DocumentRequest | undefined, document: FetchedDocument, config: object = {}) {
  if (!request) throw new Error('no request planned')
  const source = { id: 'test-source', name: 'Testbron', url: `${SITE}/` }
  const result = wordpressAdapter.parse(document, { config: wordpressAdapter.configSchema.parse(config), request, source, now: new Date('2026-11-10T12:00:00Z') })
  if (result instanceof Promise) throw new Error('wordpress parses synchronously')
  return result
}

const withHeaders = (document: FetchedDocument, headers: Record<string, string>): FetchedDocument => ({ ...document, headers })

describe('wordpress adapter: plan', () => {
  it('asks for the first page of posts and events under /wp-json/', () => {
    expect([POSTS_REQUEST, EVENTS_REQUEST]).toEqual([
      {
        url: `${SITE}/wp-json/wp/v2/posts?per_page=20&page=1&_fields=id,link,title,content,excerpt,date_gmt,modified_gmt`,
        headers: { Accept: 'application/json' },
        role: 'posts',
      },
      { url: `${SITE}/wp-json/tribe/events/v1/events?per_page=20&page=1`, headers: { Accept: 'application/json' }, role: 'events' },
    ])
  })

  it.each([
    ['a site in a folder', 'https://voorbeeld.nl/buurt', 'https://voorbeeld.nl/buurt/wp-json/tribe/events/v1/events?per_page=10&page=1'],
    ['an API address', 'https://voorbeeld.nl/buurt/wp-json/wp/v2/posts?x=1', 'https://voorbeeld.nl/buurt/wp-json/tribe/events/v1/events?per_page=10&page=1'],
    ['a page with a query', 'https://voorbeeld.nl/?p=3#top', 'https://voorbeeld.nl/wp-json/tribe/events/v1/events?per_page=10&page=1'],
  ])('finds the API root of %s', (_, url, expected) => {
    const requests = wordpressAdapter.plan({ url, config: wordpressAdapter.configSchema.parse({ posts: false, perPage: 10 }) })
    expect(requests.map((request) => request.url)).toEqual([expected])
  })

  it('reads posts only when asked', () => {
    const requests = wordpressAdapter.plan({ url: SITE, config: wordpressAdapter.configSchema.parse({ events: false }) })
    expect(requests.map((request) => request.role)).toEqual(['posts'])
  })

  it.each([
    [{ posts: false, events: false }],
    [{ perPage: 0 }],
    [{ perPage: 51 }],
    [{ maxPages: 51 }],
    [{ maxPages: 1.5 }],
    [{ events: 'ja' }],
    [{ pages: 3 }],
  ])('rejects the config %j', (config) => {
    expect(wordpressAdapter.configSchema.safeParse(config).success).toBe(false)
  })
})

describe('wordpress adapter: The Events Calendar fixture', () => {
  const document = fixture(`${SHARED}tribe-events-page1.json`, EVENTS_REQUEST?.url ?? '')
  const { drafts, items } = run(wordpressAdapter, document)

  it('reads titles, links, times with offsets and kind', () => {
    expect(items.map((item) => [item.title, item.url, item.startsAt, item.endsAt, item.allDay, item.kind])).toEqual([
      ['Informatieavond herinrichting Julianapark', `${SITE}/agenda/informatieavond-julianapark/`, '2026-11-05T19:30:00+01:00', '2026-11-05T21:30:00+01:00', false, 'event'],
      ['Halloween kinderdisco', `${SITE}/agenda/kinderdisco/`, '2026-10-30T18:30:00+01:00', '2026-10-30T20:30:00+01:00', false, 'event'],
    ])
  })

  it('reads the venue with its coordinates', () => {
    expect(items.map((item) => item.location)).toEqual([
      { name: 'Wijkcentrum Het Anker', address: 'Ankerplein 1, 3573 EF Voorbeeldstad', postcode: '3573 EF', lat: 52.1011, lon: 5.1299 },
      { name: 'Wijkcentrum Het Anker', address: 'Ankerplein 1, 3573 EF Voorbeeldstad', postcode: '3573 EF' },
    ])
  })

  it('reads the description with the cost, the excerpt as summary, and the dates in UTC', () => {
    expect(items[0]).toMatchObject({
      bodyHtml: '<p>De gemeente presenteert het voorlopig ontwerp. <strong>Uw mening telt!</strong></p><p>Kosten: Gratis</p>',
      summary: 'De gemeente presenteert het voorlopig ontwerp.',
      publishedAt: '2026-10-28T14:02:11+01:00',
      updatedAt: '2026-10-30T09:00:00+01:00',
      status: 'open',
    })
    expect(items[1]?.bodyHtml).toBe('<p>Voor kinderen van 4 tot 12 jaar. Verkleden mag!</p><p>Kosten: €2</p>')
  })

  it('keeps id, categories and organizer in the drafts', () => {
    expect(drafts.map((draft) => [draft.externalId, draft.sourceCategories, draft.author])).toEqual([
      ['1204', ['Bewonersavond'], 'Gemeente Voorbeeldstad'],
      ['1187', ['Kinderen'], undefined],
    ])
  })

  it('follows next_rest_url to page 2 of the same request', () => {
    expect(parseAs(EVENTS_REQUEST, document).follow).toEqual([{ ...EVENTS_REQUEST, url: `${SITE}/wp-json/tribe/events/v1/events?per_page=20&page=2` }])
  })

  it('stops at maxPages', () => {
    expect(parseAs(EVENTS_REQUEST, document, { maxPages: 1 }).follow).toEqual([])
  })
})

describe('wordpress adapter: events the fixture lacks', () => {
  const { drafts, items, output } = run(wordpressAdapter, fixture(`${OWN}tribe-events-edge.json`, `${SITE}/wp-json/tribe/events/v1/events?per_page=4&page=2`))

  it('reads all-day events as days, the end exclusive (the midnight after the last day) and only when it differs', () => {
    expect(items.slice(0, 2).map((item) => [item.startsAt, item.endsAt, item.allDay])).toEqual([
      ['2026-12-05T00:00:00+01:00', '2026-12-07T00:00:00+01:00', true],
      ['2026-11-21T00:00:00+01:00', null, true],
    ])
  })

  it('reads local times in the event zone when there are no UTC times, and leaves out a date it cannot read', () => {
    expect(items.slice(2).map((item) => [item.title, item.startsAt, item.endsAt])).toEqual([
      ['Zomeravond in de tuin', '2027-06-12T20:00:00+02:00', '2027-06-12T23:00:00+02:00'],
      ['Wijkwandeling', '2026-11-15T14:00:00+01:00', null],
    ])
  })

  it('decodes entities in titles and category names', () => {
    expect(items[0]?.title).toBe('Sinterklaas\u00adweekend – intocht & feest')
    expect(drafts[0]?.sourceCategories).toEqual(['Eten & drinken', 'Kinderen'])
  })

  it('reads string coordinates and a compact postcode, and drops 0,0', () => {
    expect(items.map((item) => item.location)).toEqual([
      null,
      { name: 'Buurthuis De Linde', address: 'Kerkstraat 2, 3572CD Voorbeeldstad', postcode: '3572 CD', lat: 52.095, lon: 5.118 },
      { name: 'Gemeenschappelijke tuin', address: 'Voorbeeldstad' },
      null,
    ])
  })

  it('never reads the venue or organizer phone and e-mail', () => {
    expect(output).not.toMatch(/030-1234567|06-12345678|repair@example\.org/)
    expect(drafts[1]?.author).toBe('Repair Café Voorbeeldstad')
  })

  it('escapes the cost', () => {
    expect(items[2]?.bodyHtml).toBe('<p>Kosten: € 5 (incl. drankje)</p>')
  })

  it('stops on the last page', () => {
    const request = { ...EVENTS_REQUEST, url: `${SITE}/wp-json/tribe/events/v1/events?per_page=4&page=2` }
    expect(parseAs(request, fixture(`${OWN}tribe-events-edge.json`, request.url)).follow).toEqual([])
  })
})

describe('wordpress adapter: posts', () => {
  const document = fixture(`${OWN}posts-page1.json`, POSTS_REQUEST?.url ?? '')
  const { drafts, items, output } = run(wordpressAdapter, document)

  it('reads decoded titles, links and UTC dates', () => {
    expect(items.map((item) => [item.title, item.url, item.publishedAt, item.updatedAt])).toEqual([
      ['Koffie & taart in de “Huiskamer”', `${SITE}/2026/11/koffie-en-taart/`, '2026-11-04T09:15:00+01:00', '2026-11-04T10:00:00+01:00'],
      ['Gezocht: wie helpt mevrouw De Vries met boodschappen?', `${SITE}/2026/10/boodschappenhulp/`, '2026-10-30T14:00:00+01:00', '2026-10-30T14:00:00+01:00'],
    ])
    expect(drafts.map((draft) => draft.externalId)).toEqual(['812', '809'])
  })

  it('leaves kind to the classifier', () => {
    expect(drafts.map((draft) => draft.kind)).toEqual([undefined, undefined])
    expect(items[1]?.kind).toBe('request')
  })

  it('sanitises the content, makes links absolute and masks contact data', () => {
    expect(items[0]?.bodyHtml).toBe(
      '<p>Elke woensdag staat de koffie klaar. <a href="https://wijkcentrumhetanker.nl/agenda/huiskamer/" rel="nofollow noopener ugc">Bekijk de agenda</a>.</p>\n'
      + '<p>Vragen? Mail [e-mail verborgen]</p>\n\n<p><img src="https://wijkcentrumhetanker.nl/wp-content/uploads/taart.jpg" alt="taart" /></p>',
    )
    expect(output).not.toMatch(/alert|onerror|anker@example\.org|06-12345678/)
  })

  it('uses the excerpt as summary, and the body when the excerpt is empty', () => {
    expect(items.map((item) => item.summary)).toEqual([
      'Elke woensdag staat de koffie klaar. Bekijk de agenda. Vragen? Mail … Lees verder',
      'Mevrouw De Vries (87) zoekt iemand die op vrijdag boodschappen voor haar doet. Bel Karin: [telefoonnummer verborgen].',
    ])
  })

  it('follows the X-WP-TotalPages header, keeping the field list', () => {
    expect(parseAs(POSTS_REQUEST, withHeaders(document, { 'x-wp-totalpages': '3' })).follow).toEqual([
      { ...POSTS_REQUEST, url: `${SITE}/wp-json/wp/v2/posts?per_page=20&page=2&_fields=id,link,title,content,excerpt,date_gmt,modified_gmt` },
    ])
  })

  it.each([
    ['without the header', {}],
    ['on the last page', { 'x-wp-totalpages': '1' }],
    ['with a header that is no number', { 'x-wp-totalpages': 'veel' }],
  ])('does not follow %s', (_, headers) => {
    expect(parseAs(POSTS_REQUEST, withHeaders(document, headers)).follow).toEqual([])
  })

  it('never follows a huge page count past maxPages', () => {
    const request = { ...POSTS_REQUEST, url: (POSTS_REQUEST?.url ?? '').replace('page=1', 'page=5') }
    expect(parseAs(request, withHeaders(document, { 'x-wp-totalpages': '99999' })).follow).toEqual([])
  })

  it('follows nothing after an empty page', () => {
    expect(parseAs(POSTS_REQUEST, withHeaders(inlineDocument('[]', POSTS_REQUEST?.url ?? ''), { 'x-wp-totalpages': '3' }))).toEqual({ items: [], follow: [] })
  })
})

describe('wordpress adapter: documents it cannot read', () => {
  const noRoute = '{"code":"rest_no_route","message":"No route was found matching the URL and request method.","data":{"status":404}}'

  it.each([
    ['no Events Calendar', EVENTS_REQUEST, noRoute, /^this site has no The Events Calendar API \(rest_no_route\); set "events": false to skip it$/],
    ['no posts route', POSTS_REQUEST, noRoute, /^this site has no WordPress posts API \(rest_no_route\); set "posts": false/],
    ['a closed REST API', POSTS_REQUEST, '{"code":"rest_cannot_access","message":"Only authenticated users can access the REST API."}', /answered with the error 'rest_cannot_access': Only authenticated/],
    ['invalid JSON', POSTS_REQUEST, '[{"id": 1,', /^not JSON, so not the WordPress posts API of a WordPress site: /],
    ['an HTML page', EVENTS_REQUEST, '<!DOCTYPE html><html><body>Not found</body></html>', /^not JSON/],
    ['a title as a string', POSTS_REQUEST, '[{"id":1,"link":"https://x.nl/1","title":"Hallo"}]', /^not a WordPress posts API answer: \[0\]\.title: .*expected object/],
    ['an id as text', POSTS_REQUEST, '[{"id":"1","link":"https://x.nl/1","title":{"rendered":"Hallo"}}]', /\[0\]\.id: /],
    ['posts that are no list', POSTS_REQUEST, '{"posts":[]}', /^not a WordPress posts API answer: the document: /],
    ['events that are no list', EVENTS_REQUEST, '{"events":"geen"}', /^not a The Events Calendar API answer: events: /],
    ['a venue of the wrong type', EVENTS_REQUEST, '{"events":[{"id":1,"url":"https://x.nl/","title":"T","venue":"Buurthuis"}]}', /events\[0\]\.venue/],
    ['a start date as a number', EVENTS_REQUEST, '{"events":[{"id":1,"url":"https://x.nl/","title":"T","start_date":42}]}', /events\[0\]\.start_date/],
  ])('rejects %s', (_, request, text, message) => {
    const parse = () => parseAs(request, inlineDocument(text, request?.url ?? ''))
    expect(parse).toThrow(DocumentParseError)
    expect(parse).toThrow(message)
  })

  it('names only the first of many problems', () => {
    const posts = JSON.stringify(Array.from({ length: 3 }, (_, id) => ({ id, link: 'https://x.nl/', title: 'x' })))
    expect(() => parseAs(POSTS_REQUEST, inlineDocument(posts, ''))).toThrow(/\[0\]\.title: .* \(and 2 more\)$/)
  })

  it.each([
    ['posts', POSTS_REQUEST, (list: string) => list],
    ['events', EVENTS_REQUEST, (list: string) => `{"events":${list}}`],
  ])('rejects a 5 MB list of junk %s quickly', (_, request, wrap) => {
    const junk = wrap(`[${Array(1_000_000).fill('{}').join(',')}]`)
    expect(() => parseAs(request, inlineDocument(junk, ''))).toThrow(/Too big: expected array to have <=100 items/)
  })

  it('keeps script out of every field', () => {
    const evil = '<script>alert(1)</script>'
    const post = { id: 7, link: 'javascript:alert(1)', title: { rendered: `${evil}Titel` }, content: { rendered: `<p onclick="x()">Tekst</p>${evil}` }, excerpt: { rendered: evil } }
    const { items, output } = run(wordpressAdapter, inlineDocument(JSON.stringify([post]), `${SITE}/wp-json/wp/v2/posts?page=1`))
    expect(items[0]).toMatchObject({ title: 'Titel', bodyHtml: '<p>Tekst</p>', url: `${SITE}/wp-json/wp/v2/posts?page=1` })
    expect(output).not.toMatch(/alert|onclick|javascript:/)
  })
})
