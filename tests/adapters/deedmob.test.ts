import { describe, expect, it } from 'vitest'
import { deedmobAdapter } from '../../adapters/deedmob/index.ts'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { FetchedDocument } from '../../src/domain/adapter.ts'
import { fixture, inlineDocument, run } from './run-adapter.ts'

const SHARED = '../../../shared/fixtures/deedmob/'
const OWN = '../fixtures/deedmob/'
const HOST = 'https://www.vrijwilligerswerkvoorbeeldstad.nl'
const API_HEADERS = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' }
const pageUrl = (page: number, pageSize = 50) => `${HOST}/api/deeds?page=${page}&pageSize=${pageSize}&withOrganization=true`

/** The adapter's own result for a document, follow-up requests included. */
function parse(document: FetchedDocument, config: unknown = {}) {
  const source = { id: 'test-source', name: 'Testbron', url: HOST }
  return deedmobAdapter.parse(document, { config: deedmobAdapter.configSchema.parse(config), request: { url: document.url }, source, now: new Date('2026-11-10T12:00:00Z') })
}

function parseError(text: string): Error {
  try {
    parse(inlineDocument(text, pageUrl(1), 'application/json'))
  } catch (error) {
    return error as Error
  }
  throw new Error('the document parsed')
}

describe('deedmob adapter: plan', () => {
  it('asks the host API for page 1 with the headers it requires', () => {
    const config = deedmobAdapter.configSchema.parse({})
    expect(deedmobAdapter.plan({ url: `${HOST}/`, config })).toEqual([{ url: pageUrl(1), headers: API_HEADERS }])
  })

  it('uses the configured page size, on the host root whatever path the source URL has', () => {
    const config = deedmobAdapter.configSchema.parse({ pageSize: 20 })
    expect(deedmobAdapter.plan({ url: `${HOST}/vacatures?q=koken`, config })[0]?.url).toBe(pageUrl(1, 20))
  })

  it.each([{ pageSize: 0 }, { pageSize: 101 }, { maxPages: 0 }, { maxPages: 51 }, { deedPath: 'deeds/{id}' }, { deedPath: '/deeds/' }, { other: 1 }])(
    'rejects the config %j',
    (config) => {
      expect(deedmobAdapter.configSchema.safeParse(config).success).toBe(false)
    },
  )
})

describe('deedmob adapter: first page', () => {
  const { drafts, items } = run(deedmobAdapter, fixture(`${SHARED}deeds-page1.json`, pageUrl(1), 'application/json'))

  it('reads every deed as a request with its title and a link to its page on the host', () => {
    expect(items.map((item) => [item.title, item.kind, item.url])).toEqual([
      ['Maatje voor wekelijkse wandeling', 'request', `${HOST}/deeds/31877`],
      ['Kookvrijwilliger buurtrestaurant', 'request', `${HOST}/deeds/31850`],
    ])
    expect(drafts.map((draft) => draft.externalId)).toEqual(['31877', '31850'])
  })

  it('keeps summary and body apart', () => {
    expect(items[0]?.summary).toBe('Wandel een uur per week met een oudere buurvrouw.')
    expect(items[0]?.bodyHtml).toBe(
      '<p>Mevrouw (78) wil graag weer naar buiten, maar durft niet alleen. Wandel jij een keer per week een uurtje met haar mee?</p><p><strong>Wat vragen we?</strong> Geduld en een luisterend oor.</p>',
    )
  })

  it('gives a dated deed its start and end in Amsterdam time, and invents none for an undated one', () => {
    expect(items.map((item) => [item.startsAt, item.endsAt])).toEqual([
      [null, null],
      ['2026-11-13T17:00:00+01:00', '2026-11-13T21:00:00+01:00'],
    ])
  })

  it('reads published, updated and expiry dates', () => {
    expect(items[0]).toMatchObject({
      publishedAt: '2026-11-02T11:01:44.900+01:00',
      updatedAt: '2026-11-02T11:01:44.903+01:00',
      expiresAt: '2027-01-01T00:00:00+01:00',
    })
    expect(items[1]?.expiresAt).toBe('2026-11-13T21:00:00+01:00')
  })

  it('closes a filled deed', () => {
    expect(items.map((item) => item.status)).toEqual(['open', 'closed'])
  })

  it('places a deed at its venue, address and coordinates', () => {
    expect(items.map((item) => item.location)).toEqual([
      { address: 'Lindelaan 14, 3571 AB Voorbeeldstad, Nederland', postcode: '3571 AB', lat: 52.0981, lon: 5.1202 },
      { name: 'Buurthuis De Linde', address: 'Kerkstraat 2, 3572 CD Voorbeeldstad, Nederland', postcode: '3572 CD', lat: 52.1003, lon: 5.125 },
    ])
  })

  it('names the organisation as author', () => {
    expect(drafts.map((draft) => draft.author)).toEqual(['Vrijwilligerscentrale Voorbeeldstad', 'Buurthuis De Linde'])
  })

  it('follows the next page with the same headers', () => {
    const result = parse(fixture(`${SHARED}deeds-page1.json`, pageUrl(1, 2)), { pageSize: 2 })
    expect(result).toMatchObject({ follow: [{ url: pageUrl(2, 2), headers: API_HEADERS }] })
  })
})

describe('deedmob adapter: last page', () => {
  const { drafts, items } = run(deedmobAdapter, fixture(`${SHARED}deeds-page2.json`, pageUrl(2)))

  it('closes an expired deed in status closed', () => {
    expect(items.map((item) => [item.title, item.status])).toEqual([['Hulp bij digitale zaken', 'closed']])
  })

  it('leaves out the coordinates and postcode it does not have', () => {
    expect(items[0]?.location).toEqual({ address: 'Voorbeeldstad, Nederland' })
  })

  it('follows no page after the last', () => {
    expect(parse(fixture(`${SHARED}deeds-page2.json`, pageUrl(2)))).toMatchObject({ follow: [] })
    expect(drafts).toHaveLength(1)
  })
})

describe('deedmob adapter: configuration', () => {
  const page1 = fixture(`${SHARED}deeds-page1.json`, pageUrl(1))

  it('stops at maxPages', () => {
    expect(parse(page1, { maxPages: 1 })).toMatchObject({ follow: [] })
  })

  it('builds deed links from deedPath', () => {
    expect(parse(page1, { deedPath: '/vacatures/{id}/bekijk' })).toMatchObject({ items: [{ url: `${HOST}/vacatures/31877/bekijk` }, { url: `${HOST}/vacatures/31850/bekijk` }] })
  })
})

describe('deedmob adapter: sparse and members-only deeds', () => {
  const { drafts, items } = run(deedmobAdapter, fixture(`${OWN}deeds-sparse.json`, pageUrl(1)))

  it('reads a deed with nearly every field missing, a string id and no pagination', () => {
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      title: 'Voorlezen op de basisschool',
      url: `${HOST}/deeds/31901`,
      location: { address: 'Voorbeeldstad' },
      startsAt: null,
      publishedAt: null,
      status: 'open',
    })
    expect(drafts[0]?.externalId).toBe('31901')
  })

  it('leaves out a members-only deed', () => {
    expect(items.map((item) => item.title)).not.toContain('Alleen voor leden: bestuurslid')
  })
})

describe('deedmob adapter: hostile documents', () => {
  it('reports the API error message', () => {
    const error = parseError(fixture(`${OWN}deeds-api-error.json`, pageUrl(1)).text)
    expect(error).toBeInstanceOf(DocumentParseError)
    expect(error.message).toBe('the Deedmob API answered error: Organisation not found')
  })

  it.each([
    ['results as an object', `${OWN}deeds-results-object.json`, 'data.results: Invalid input: expected array, received object'],
    ['latitude as a string', `${OWN}deeds-lat-string.json`, 'data.results.0.coordinates.lat: Invalid input: expected number, received string'],
  ])('names the field when %s', (_, path, message) => {
    const error = parseError(fixture(path, pageUrl(1)).text)
    expect(error).toBeInstanceOf(DocumentParseError)
    expect(error.message).toBe(`the deeds page does not fit: ${message}`)
  })

  it.each([
    ['an HTML page', '<!DOCTYPE html><html><body>Niet gevonden</body></html>', 'the deeds page is not valid JSON'],
    ['a cut-off body', '{"status":"ok","error":null,"data":{"results":[{"id":1,', 'the deeds page is not valid JSON'],
    ['an array', '[]', 'the deeds page does not fit: (the document): Invalid input: expected object, received array'],
    ['an error object', '{"status":"error","error":{"message":"Too many requests"}}', 'the Deedmob API answered error: Too many requests'],
    ['no data', '{"status":"ok","error":null}', 'the deeds page does not fit: data: Invalid input: expected object, received undefined'],
  ])('rejects %s', (_, text, message) => {
    const error = parseError(text)
    expect(error).toBeInstanceOf(DocumentParseError)
    expect(error.message.startsWith(message)).toBe(true)
  })

  it('rejects 100,000 levels of nesting quickly', () => {
    const error = parseError(`{"status":"ok","error":null,"data":{"results":${'['.repeat(100_000)}${']'.repeat(100_000)}}}`)
    expect(error.message).toBe('the deeds page does not fit: data.results.0: Invalid input: expected object, received array')
  })

  it('rejects a deed whose about_html nests 100,000 levels deep, before the normaliser stalls on it', () => {
    const aboutHtml = '<div>'.repeat(100_000)
    const error = parseError(`{"status":"ok","error":null,"data":{"results":[{"id":7,"title":"Diep","about_html":"${aboutHtml}"}]}}`)
    expect(error).toBeInstanceOf(DocumentParseError)
    expect(error.message).toBe('the deeds page does not fit: data.results.0.about_html: nests elements more than 1000 deep')
  })

  it('rejects a 4 MB page of results without reading it all into drafts', () => {
    const deeds = Array.from({ length: 50_000 }, (_, index) => `{"id":${index},"title":"Vacature ${index}","about_html":"<p>Help mee</p>"}`)
    const text = `{"status":"ok","error":null,"data":{"results":[${deeds.join(',')}]}}`
    expect(text.length).toBeGreaterThan(2_500_000)
    const error = parseError(text)
    expect(error.message).toBe('the deeds page does not fit: data.results: Too big: expected array to have <=100 items')
  })

  it('keeps scripts, handlers and contact data out of every field', () => {
    const { drafts, items, output } = run(deedmobAdapter, fixture(`${OWN}deeds-script-everywhere.json`, pageUrl(1)))
    // The normaliser sanitises body and summary and reads dates; title, place and author must come plain.
    for (const text of [output, JSON.stringify(drafts.map(({ title, location, author }) => ({ title, location, author })))]) {
      expect(text).not.toContain('<script')
      expect(text).not.toContain('alert(')
    }
    expect(output).not.toMatch(/onclick|onerror|javascript:|iframe|06-12345678|jan@example\.org/)
    expect(items[0]).toMatchObject({
      title: 'Klushulp gezocht',
      summary: 'Klusjes in huis',
      bodyHtml: '<p>Bel Jan op [telefoonnummer verborgen] of mail [e-mail verborgen].</p>meer',
      location: { name: 'Buurthuis', address: 'Dorpsstraat 1, Voorbeeldstad', postcode: '3571 AB', lat: 52.1, lon: 5.1 },
      startsAt: null,
      publishedAt: null,
      status: 'closed',
    })
    expect(drafts[0]?.author).toBe('Stichting Klus')
  })
})
