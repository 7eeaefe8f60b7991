import { describe, expect, it } from 'vitest'
import { nlvoorelkaarAdapter } from '../../adapters/nlvoorelkaar/index.ts'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { DocumentRequest, FetchedDocument, ParseResult } from '../../src/domain/adapter.ts'
import { fixture, inlineDocument, run } from './run-adapter.ts'

const SHARED = '../../../shared/fixtures/nlvoorelkaar/'
const OWN = '../fixtures/nlvoorelkaar/'
const LOCAL = 'https://www.voorbeeldstadvoorelkaar.nl'
const NATIONAL = 'https://www.nlvoorelkaar.nl'
const MARKER_HEADERS = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
const CONTACT_PHONE = '0612345678'

/** The adapter's own result for a document fetched for `request` (its role and context), follow-ups included. */
function parse(document: FetchedDocument, request: Partial<DocumentRequest> = {}, config: unknown = {}): ParseResult {
  const source = { id: 'test-source', name: 'Testbron', url: `${LOCAL}/` }
  const context = { config: nlvoorelkaarAdapter.configSchema.parse(config), request: { url: document.url, ...request }, source, now: new Date('2026-11-10T12:00:00Z') }
  const result = nlvoorelkaarAdapter.parse(document, context)
  if (result instanceof Promise) throw new Error('nlvoorelkaar parses synchronously')
  return result
}

function parseError(document: FetchedDocument, request: Partial<DocumentRequest> = {}): Error {
  try {
    parse(document, request)
  } catch (error) {
    return error as Error
  }
  throw new Error('the document parsed')
}

const markersRequest = (kind: 'request' | 'offer') => ({ role: 'markers', context: { kind } })
const markers = (path: string, url = `${LOCAL}/hulpvragen/update/resultmarkers.json`) => fixture(path, url, 'application/json')

describe('nlvoorelkaar adapter: plan', () => {
  const plan = (url: string, config: unknown) => nlvoorelkaarAdapter.plan({ url, config: nlvoorelkaarAdapter.configSchema.parse(config) })

  it('asks a local edition for the request and offer markers, as its map does', () => {
    expect(plan(`${LOCAL}/`, {})).toEqual([
      { url: `${LOCAL}/hulpvragen/update/resultmarkers.json`, headers: MARKER_HEADERS, role: 'markers', context: { kind: 'request' } },
      { url: `${LOCAL}/hulpaanbod/update/resultmarkers.json`, headers: MARKER_HEADERS, role: 'markers', context: { kind: 'offer' } },
    ])
  })

  it('filters by category ids and kind, from the site root', () => {
    expect(plan(`${NATIONAL}/hulpaanbod?page=2`, { kinds: ['offer'], categories: [45, 12] }).map((request) => request.url)).toEqual([
      `${NATIONAL}/hulpaanbod/update/resultmarkers.json?categories[]=45&categories[]=12`,
    ])
  })

  it.each([
    { kinds: [] },
    { kinds: ['request', 'request'] },
    { kinds: ['event'] },
    { maxItems: 0 },
    { maxItems: 51 },
    { categories: [-1] },
    { categories: [] },
    { bounds: { minLat: 52, maxLat: 51, minLon: 4, maxLon: 5 } },
    { bounds: { minLat: 51 } },
    { other: true },
  ])('rejects the config %j', (config) => {
    expect(nlvoorelkaarAdapter.configSchema.safeParse(config).success).toBe(false)
  })
})

describe('nlvoorelkaar adapter: markers', () => {
  it('follows the detail pages, newest first, with the marker position as context', () => {
    const result = parse(markers(`${SHARED}resultmarkers.json`), markersRequest('request'))
    expect(result.items).toEqual([])
    expect(result.follow).toEqual([
      { url: `${LOCAL}/hulpvragen/500123`, role: 'detail', context: { kind: 'request', lat: 51.5361, lon: 4.4712 } },
      { url: `${LOCAL}/hulpvragen/500087`, role: 'detail', context: { kind: 'request', lat: 51.5302, lon: 4.465 } },
      { url: `${LOCAL}/hulpvragen/499990`, role: 'detail', context: { kind: 'request', lat: 51.541, lon: 4.4801 } },
    ])
  })

  it('reads at most maxItems detail pages', () => {
    const result = parse(markers(`${SHARED}resultmarkers.json`), markersRequest('request'), { maxItems: 2 })
    expect(result.follow?.map((request) => request.url)).toEqual([`${LOCAL}/hulpvragen/500123`, `${LOCAL}/hulpvragen/500087`])
  })

  it('keeps the markers inside the bounds, each once', () => {
    const bounds = { minLat: 51.52, maxLat: 51.55, minLon: 4.45, maxLon: 4.49 }
    const result = parse(markers(`${OWN}markers-wijk.json`), markersRequest('request'), { bounds })
    expect(result.follow?.map((request) => request.url)).toEqual([`${LOCAL}/hulpvragen/500200`, `${LOCAL}/hulpvragen/500100`, `${LOCAL}/hulpvragen/500001`])
  })

  it('follows offers to /hulpaanbod/', () => {
    const result = parse(markers(`${SHARED}resultmarkers.json`, `${LOCAL}/hulpaanbod/update/resultmarkers.json`), markersRequest('offer'), { maxItems: 1 })
    expect(result.follow).toEqual([{ url: `${LOCAL}/hulpaanbod/500123`, role: 'detail', context: { kind: 'offer', lat: 51.5361, lon: 4.4712 } }])
  })

  it('tells the kind from the URL when the document comes without its request (buurtfeed parse)', () => {
    const result = parse(markers(`${SHARED}resultmarkers.json`, `${NATIONAL}/hulpaanbod/update/resultmarkers.json?categories[]=45`))
    expect(result.follow?.[0]?.url).toBe(`${NATIONAL}/hulpaanbod/500123`)
  })

  it('cannot tell the kind from elsewhere', () => {
    const error = parseError(markers(`${SHARED}resultmarkers.json`, `${LOCAL}/markers.json`))
    expect(error).toBeInstanceOf(DocumentParseError)
    expect(error.message).toBe('cannot tell hulpvragen from hulpaanbod markers: the URL has neither')
  })
})

describe('nlvoorelkaar adapter: hulpvraag on a local edition', () => {
  const { drafts, items, output } = run(nlvoorelkaarAdapter, fixture(`${SHARED}hulpvraag-500123.html`, `${LOCAL}/hulpvragen/500123`))
  const item = items[0]

  it('reads title, kind and the link back from the canonical URL', () => {
    expect(items).toHaveLength(1)
    expect(item).toMatchObject({ title: 'Boodschappen en een praatje', kind: 'request', url: `${LOCAL}/hulpvragen/500123` })
    expect(drafts[0]?.externalId).toBe('hulpvragen/500123')
  })

  it('maps the categories and keeps the platform ones', () => {
    expect(item?.categories).toEqual(['boodschappen', 'gezelschap'])
    expect(drafts[0]?.sourceCategories).toEqual(['Boodschappen', 'Gezelschap'])
  })

  it('names the place as wijk (town), with the town as address', () => {
    expect(item?.location).toEqual({ name: 'Oost', address: 'Voorbeeldstad' })
  })

  it('takes the description without its repeated title, and the availability', () => {
    expect(item?.bodyHtml).toBe(
      '<p>Meneer (81) woont zelfstandig in Oost en kan sinds zijn val niet meer zelf naar de supermarkt. Hij zoekt iemand die één keer per week samen met hem het boodschappenlijstje doorneemt, de boodschappen haalt en daarna een kopje koffie drinkt.</p>\n' +
        '                    <p>Hij vindt het vooral fijn als het steeds dezelfde persoon is.</p><p>Beschikbaarheid: wekelijks</p>',
    )
    expect(item?.summary.startsWith('Meneer (81) woont zelfstandig in Oost')).toBe(true)
  })

  it('names the organisation it is part of as author', () => {
    expect(drafts[0]?.author).toBe('Welzijn Voorbeeldstad')
  })

  it('invents no dates', () => {
    expect(item).toMatchObject({ publishedAt: null, updatedAt: null, startsAt: null, status: 'open' })
  })

  it('never reads the contact block: no phone number, no contact name', () => {
    for (const text of [output, JSON.stringify(drafts)]) {
      expect(text).not.toContain(CONTACT_PHONE)
      expect(text).not.toContain('Karin')
    }
  })

  it('places the item at its marker', () => {
    const result = parse(fixture(`${SHARED}hulpvraag-500123.html`, `${LOCAL}/hulpvragen/500123`), {
      role: 'detail',
      context: { kind: 'request', lat: 51.5361, lon: 4.4712 },
    })
    expect(result.items[0]?.location).toEqual({ name: 'Oost', address: 'Voorbeeldstad', lat: 51.5361, lon: 4.4712 })
  })

  it('links to the local edition when read through the national site', () => {
    const national = run(nlvoorelkaarAdapter, fixture(`${SHARED}hulpvraag-500123.html`, `${NATIONAL}/hulpvragen/500123`))
    expect(national.items[0]?.url).toBe(`${LOCAL}/hulpvragen/500123`)
    expect(national.drafts[0]?.externalId).toBe('hulpvragen/500123')
  })

  it('tells id and kind from the canonical URL in a saved page', () => {
    const saved = run(nlvoorelkaarAdapter, fixture(`${SHARED}hulpvraag-500123.html`, 'file:///tmp/hulpvraag.html'))
    expect(saved.drafts[0]).toMatchObject({ externalId: 'hulpvragen/500123', kind: 'request' })
  })
})

describe('nlvoorelkaar adapter: hulpaanbod of a resident', () => {
  const url = `${LOCAL}/hulpaanbod/700456`
  const { drafts, items, output } = run(nlvoorelkaarAdapter, fixture(`${OWN}hulpaanbod-700456.html`, url))

  it('reads an offer, linked to its own URL without a canonical link', () => {
    expect(items[0]).toMatchObject({ title: 'Hulp met je computer of tablet', kind: 'offer', url })
    expect(drafts[0]?.externalId).toBe('hulpaanbod/700456')
  })

  it('maps the categories it knows and keeps them all', () => {
    expect(items[0]?.categories).toEqual(['digitaal', 'vervoer'])
    expect(drafts[0]?.sourceCategories).toEqual(['Computer', 'Vervoer & begeleiding', 'Huishoudelijk'])
  })

  it('names a place without a wijk, and no author', () => {
    expect(items[0]?.location).toEqual({ name: 'Voorbeeldstad' })
    expect(drafts[0]?.author).toBeUndefined()
  })

  it('masks the e-mail address, leaves out the phone number and makes links absolute', () => {
    expect(output).not.toContain('piet.dejong@example.org')
    expect(output).not.toContain('06-98765432')
    expect(JSON.stringify(drafts)).not.toContain('06-98765432')
    expect(items[0]?.bodyHtml).toBe(
      '<p>Gepensioneerd systeembeheerder helpt met e-mail, DigiD en videobellen. Ik kan ook rijden naar de huisarts. Mail gerust: [e-mail verborgen].</p>\n' +
        `      <p><a href="${LOCAL}/hulpaanbod" rel="nofollow noopener ugc">Meer hulpaanbod</a></p>`,
    )
  })
})

describe('nlvoorelkaar adapter: hostile and broken detail pages', () => {
  it('keeps script out of every field', () => {
    const { drafts, items, output } = run(nlvoorelkaarAdapter, fixture(`${OWN}script-everywhere.html`, `${LOCAL}/hulpvragen/500999`))
    expect(output).not.toMatch(/<script|<iframe|javascript:|onerror|onclick|onmouseover|onload|alert\(/)
    expect(items[0]).toMatchObject({
      title: 'Tuinhulp',
      url: `${LOCAL}/hulpvragen/500999`,
      categories: ['tuin', 'klussen'],
      location: { name: 'Noord', address: 'Voorbeeldstad' },
    })
    expect(items[0]?.bodyHtml).toBe(
      '<p>Wie helpt met snoeien? Bel [telefoonnummer verborgen] of klik hier.</p>\n    \n    ' +
        '<dl><dt>Plaats:</dt><dd>Nepdorp</dd></dl><p>Beschikbaarheid: wekelijks</p>',
    )
    expect(drafts[0]).toMatchObject({ author: 'Buurtteam Noord', sourceCategories: ['Tuin', 'Klussen'] })
    expect(JSON.stringify(drafts)).not.toContain(CONTACT_PHONE)
  })

  it('takes the title from the description when the h1 is missing', () => {
    const { drafts, items } = run(nlvoorelkaarAdapter, fixture(`${OWN}no-h1.html`, `${LOCAL}/hulpvragen/500555`))
    expect(items[0]).toMatchObject({
      title: 'Wie laat mijn hond uit?',
      kind: 'request',
      bodyHtml: "<p>Ik ben herstellende van een operatie en zoek voor drie weken iemand die 's middags met Bobby wandelt.</p>",
      location: null,
    })
    expect(drafts[0]?.categories).toBeUndefined()
  })

  it('reads what a page cut off in its description has', () => {
    const { items } = run(nlvoorelkaarAdapter, fixture(`${OWN}truncated.html`, `${LOCAL}/hulpvragen/500124`))
    expect(items[0]).toMatchObject({
      title: 'Samen koken',
      bodyHtml: '<p>Mevrouw kookt graag, maar niet meer alleen. Wie kookt er eens per week met haar en eet da</p>',
      location: { name: 'West', address: 'Voorbeeldstad' },
    })
  })

  const page = fixture(`${SHARED}hulpvraag-500123.html`, `${LOCAL}/hulpvragen/500123`).text
  it.each([
    ['cut off before its description', page.slice(0, page.indexOf('<dl'))],
    ['empty', ''],
    ['a login page', '<html><body><h1>Inloggen</h1><form></form></body></html>'],
  ])('rejects a page %s', (_, text) => {
    const error = parseError(inlineDocument(text, `${LOCAL}/hulpvragen/500123`), { role: 'detail' })
    expect(error).toBeInstanceOf(DocumentParseError)
    expect(error.message).toBe('no .detail__description: not a NLvoorElkaar detail page, cut off, or its markup changed')
  })

  // Each hides 100,000 levels of nesting from a careless depth count; parse5 would take minutes on them.
  it.each([
    ['nested divs', '<div>'.repeat(100_000)],
    ['divs in quoted attributes that look like tags', '<div title="<span>">'.repeat(100_000)],
    ['end tags inside attribute values', '<div title="</div>">'.repeat(100_000)],
    ['end tags inside comments', '<div><!-- </div> -->'.repeat(100_000)],
    ['stray end tags the parser ignores', '<span><div></span>'.repeat(100_000)],
    ['self-closing syntax on divs', '<div/>'.repeat(100_000)],
    ['a bogus comment that holds a comment opener', `<! <!-- >${'<div>'.repeat(100_000)}-->`],
    ['plaintext inside svg, which is no plaintext there', `<svg><plaintext>${'<div>'.repeat(100_000)}`],
  ])('rejects %s quickly', (_, nesting) => {
    const error = parseError(inlineDocument(page.replace('<p>Hij vindt', `${nesting}<p>Hij vindt`), `${LOCAL}/hulpvragen/500123`), { role: 'detail' })
    expect(error).toBeInstanceOf(DocumentParseError)
    expect(error.message).toBe('the page nests elements more than 1000 deep')
  })

  it('reads a page with many shallow elements and self-closed svg paths', () => {
    const shallow = `${'<p><span>Ook</span> dit.</p>'.repeat(20_000)}<svg>${'<path d="M0 0"/>'.repeat(5_000)}</svg>`
    const long = page.replace('<p>Hij vindt', `${shallow}<p>Hij vindt`)
    expect(parse(inlineDocument(long, `${LOCAL}/hulpvragen/500123`), { role: 'detail' }).items[0]?.title).toBe('Boodschappen en een praatje')
  })
})

describe('nlvoorelkaar adapter: hostile marker lists', () => {
  it.each([
    ['a latitude as a string', fixture(`${OWN}markers-lat-string.json`, '').text, 'markers.1.lat: Invalid input: expected number, received string'],
    ['markers as an object', '{"markers":{"id":1,"lat":51.5,"lon":4.4}}', 'markers: Invalid input: expected array, received object'],
    ['a fractional id', '{"markers":[{"id":1.5,"lat":51.5,"lon":4.4}]}', 'markers.0.id: Invalid input: expected int, received number'],
    ['100,000 levels of nesting', `{"markers":${'['.repeat(100_000)}${']'.repeat(100_000)}}`, 'markers.0: Invalid input: expected object, received array'],
  ])('names the field for %s', (_, text, message) => {
    const error = parseError(inlineDocument(text, `${LOCAL}/hulpvragen/update/resultmarkers.json`), markersRequest('request'))
    expect(error).toBeInstanceOf(DocumentParseError)
    expect(error.message).toBe(`the marker list does not fit: ${message}`)
  })

  it('rejects an HTML page where the markers should be', () => {
    const error = parseError(inlineDocument('<!DOCTYPE html><html><body>Onderhoud</body></html>', `${LOCAL}/hulpvragen/update/resultmarkers.json`), markersRequest('request'))
    expect(error).toBeInstanceOf(DocumentParseError)
    expect(error.message.startsWith('the marker list is not valid JSON')).toBe(true)
  })

  it('reads a 4 MB marker list in bounded time, following only maxItems', () => {
    const many = Array.from({ length: 110_000 }, (_, index) => `{"id":${index + 1},"lat":51.5361,"lon":4.4712}`)
    const text = `{"markers":[${many.join(',')}]}`
    expect(text.length).toBeGreaterThan(4_000_000)
    const result = parse(inlineDocument(text, `${LOCAL}/hulpvragen/update/resultmarkers.json`), markersRequest('request'))
    expect(result.follow).toHaveLength(40)
    expect(result.follow?.[0]?.url).toBe(`${LOCAL}/hulpvragen/110000`)
  })
})

describe('nlvoorelkaar run size', () => {
  it('may fetch both marker lists and every detail page its config allows in one run, so offers are not crowded out', () => {
    const largest = nlvoorelkaarAdapter.configSchema.parse({ maxItems: 50 })
    expect(nlvoorelkaarAdapter.maxDocuments).toBeGreaterThanOrEqual(2 + 2 * largest.maxItems)
    expect(() => nlvoorelkaarAdapter.configSchema.parse({ maxItems: 51 })).toThrow()
  })
})
