import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { mijnbuurtjeAdapter } from '../../adapters/mijnbuurtje/index.ts'
import type { MijnbuurtjeConfig } from '../../adapters/mijnbuurtje/index.ts'
import { MAX_ITEMS_PER_PAGE } from '../../adapters/html/dom.ts'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { DocumentRequest, FetchedDocument } from '../../src/domain/adapter.ts'
import { decodeBody } from '../../src/fetch/charset.ts'
import { fixture, inlineDocument, run } from './run-adapter.ts'

const SHARED = '../../../shared/fixtures/mijnbuurtje/'
const OWN = '../fixtures/mijnbuurtje/'
const SITE = 'https://voorbeeldbuurt.nl/'
const LIST_URL = `${SITE}elkaar-helpen?format=fragment&page=1`
const POST_URL = `${SITE}elkaar-helpen/2405/wie-kan-mijn-heg-snoeien`
const NOW = new Date('2026-11-10T12:00:00Z')

const config = (overrides: Partial<MijnbuurtjeConfig> = {}) => mijnbuurtjeAdapter.configSchema.parse(overrides)

/** Parses as the runtime does: with the request (role, URL) the document answered. */
function parse(document: FetchedDocument, request: DocumentRequest, overrides: Partial<MijnbuurtjeConfig> = {}) {
  const result = mijnbuurtjeAdapter.parse(document, { config: config(overrides), request, source: { id: 's', name: 'Voorbeeldbuurt', url: SITE }, now: NOW })
  if (result instanceof Promise) throw new Error('mijnbuurtje parses synchronously')
  return result
}

const sharedList = () => fixture(`${SHARED}elkaar-helpen-fragment.html`, LIST_URL)
const sharedPost = () => fixture(`${SHARED}elkaar-helpen-2405.html`, POST_URL)

describe('mijnbuurtje: plan', () => {
  it.each([
    ['the site root', 'https://voorbeeldbuurt.nl/'],
    ['the root without a slash', 'https://voorbeeldbuurt.nl'],
    ['a section page', 'https://voorbeeldbuurt.nl/elkaar-helpen?page=3'],
  ])('starts at page 1 of elkaar-helpen from %s', (_, url) => {
    expect(mijnbuurtjeAdapter.plan({ url, config: config() })).toEqual([{ url: LIST_URL, role: 'list' }])
  })

  it('adds theme and type filters to elkaar-helpen only, one request per section', () => {
    const requests = mijnbuurtjeAdapter.plan({
      url: SITE,
      config: config({ themes: [3, 12], types: ['OFFERED'], sections: ['elkaar-helpen', 'agenda', 'berichten'] }),
    })
    expect(requests).toEqual([
      { url: `${SITE}elkaar-helpen?format=fragment&page=1&theme[]=3&theme[]=12&type[]=OFFERED`, role: 'list' },
      { url: `${SITE}agenda?format=fragment&page=1`, role: 'list' },
      { url: `${SITE}berichten?format=fragment&page=1`, role: 'list' },
    ])
  })

  it('keeps a site under a path', () => {
    expect(mijnbuurtjeAdapter.plan({ url: 'https://example.nl/buurt/', config: config() })[0]?.url).toBe('https://example.nl/buurt/elkaar-helpen?format=fragment&page=1')
  })

  it('fills in the defaults', () => {
    expect(config()).toEqual({ maxPages: 5, detailPages: true, sections: ['elkaar-helpen'] })
  })

  it.each([
    [{ maxPages: 0 }],
    [{ maxPages: 51 }],
    [{ themes: ['klussen'] }],
    [{ types: ['GEVRAAGD'] }],
    [{ sections: ['prikbord'] }],
    [{ sections: ['agenda', 'agenda'] }],
    [{ sections: [] }],
    [{ detailPages: 'ja' }],
    [{ page: 2 }],
  ])('rejects %j', (bad) => {
    expect(mijnbuurtjeAdapter.configSchema.safeParse(bad).success).toBe(false)
  })
})

describe('mijnbuurtje: a list fragment', () => {
  const { drafts, items, output } = run(mijnbuurtjeAdapter, sharedList())

  it('reads one item per card with title, link and kind', () => {
    expect(items.map((item) => [item.title, item.url, item.kind])).toEqual([
      ['Hulp bij het plaatsen van een bericht', `${SITE}elkaar-helpen/2411/hulp-bij-het-plaatsen-van-een-bericht`, 'offer'],
      ['Wie kan mijn heg snoeien?', POST_URL, 'request'],
      ['Fiets repareren? Ik kom langs', `${SITE}elkaar-helpen/2399/fietsenmaker-aan-huis`, 'offer'],
    ])
  })

  it('reads the Dutch dates in Amsterdam time, across the change to winter time', () => {
    expect(items.map((item) => item.publishedAt)).toEqual(['2026-11-03T00:00:00+01:00', '2026-10-28T00:00:00+01:00', '2026-10-21T00:00:00+02:00'])
  })

  it('counts the days left to respond from the moment the page was read', () => {
    expect(items.map((item) => item.expiresAt)).toEqual(['2026-12-01T23:59:59+01:00', '2026-11-15T23:59:59+01:00', null])
  })

  it('keeps the teaser as the summary, the post id and the author', () => {
    expect(items[1]?.summary).toBe(
      'Mijn heg aan de voorkant is flink gegroeid en ik kan zelf niet meer op een trapje staan. Wie heeft een heggenschaar en een uurtje tijd? Ik zorg voor koffie en...',
    )
    expect(drafts.map((draft) => [draft.externalId, draft.author])).toEqual([
      ['2411', 'Buurtverbinders Voorbeeldbuurt'],
      ['2405', 'Ineke de Groot'],
      ['2399', 'Murat Yilmaz'],
    ])
  })

  it('reads a saved fragment (a file: address) by its absolute links', () => {
    const local = run(mijnbuurtjeAdapter, fixture(`${SHARED}elkaar-helpen-fragment.html`, 'file:///tmp/elkaar-helpen-fragment.html'))
    expect(local.items.map((item) => item.url)).toEqual(items.map((item) => item.url))
  })

  it('sets no categories: cards show no themes', () => {
    expect(drafts.map((draft) => draft.categories)).toEqual([undefined, undefined, undefined])
    expect(output).not.toContain('img.voorbeeldbuurt.nl')
  })
})

describe('mijnbuurtje: follow-up requests', () => {
  const details = [
    `${SITE}elkaar-helpen/2411/hulp-bij-het-plaatsen-van-een-bericht`,
    POST_URL,
    `${SITE}elkaar-helpen/2399/fietsenmaker-aan-huis`,
  ].map((url) => ({ url, role: 'detail' }))

  it('follows the next page and every post page', () => {
    const { follow } = parse(sharedList(), { url: LIST_URL, role: 'list' })
    expect(follow).toEqual([{ url: `${SITE}elkaar-helpen?format=fragment&page=2`, role: 'list' }, ...details])
  })

  it('keeps the filters on the next page', () => {
    const url = `${SITE}elkaar-helpen?format=fragment&page=2&theme[]=3&type[]=REQUESTED`
    const { follow } = parse(fixture(`${SHARED}elkaar-helpen-fragment.html`, url), { url, role: 'list' }, { themes: [3], types: ['REQUESTED'], detailPages: false })
    expect(follow).toEqual([{ url: `${SITE}elkaar-helpen?format=fragment&page=3&theme[]=3&type[]=REQUESTED`, role: 'list' }])
  })

  it('stops at maxPages', () => {
    const url = `${SITE}elkaar-helpen?format=fragment&page=2`
    const { follow } = parse(fixture(`${SHARED}elkaar-helpen-fragment.html`, url), { url, role: 'list' }, { maxPages: 2 })
    expect(follow).toEqual(details)
  })

  it('reads no post pages when detailPages is off', () => {
    expect(parse(sharedList(), { url: LIST_URL, role: 'list' }, { detailPages: false }).follow).toEqual([
      { url: `${SITE}elkaar-helpen?format=fragment&page=2`, role: 'list' },
    ])
  })

  it.each([
    ['an empty fragment', ''],
    ['a fragment without cards', '<p class="paragraph">Er zijn nog geen berichten.</p>'],
  ])('stops at %s, which is honestly empty', (_, text) => {
    const url = `${SITE}elkaar-helpen?format=fragment&page=4`
    expect(parse(inlineDocument(text, url), { url, role: 'list' })).toEqual({ items: [], follow: [] })
  })
})

describe('mijnbuurtje: a post page', () => {
  const { drafts, items } = run(mijnbuurtjeAdapter, sharedPost())

  it('reads title, date, kind and the days left', () => {
    expect(items[0]).toMatchObject({
      title: 'Wie kan mijn heg snoeien?',
      url: POST_URL,
      kind: 'request',
      publishedAt: '2026-10-28T00:00:00+01:00',
      expiresAt: '2026-11-15T23:59:59+01:00',
    })
  })

  it('keeps the themes, maps the one that is a category, and names the places', () => {
    expect(drafts[0]).toMatchObject({
      externalId: '2405',
      author: 'Ineke de Groot',
      sourceCategories: ['Klussen', 'Natuur', 'Milieu en Dieren'],
      categories: ['klussen'],
    })
    expect(items[0]?.categories).toEqual(['klussen'])
    expect(items[0]?.location).toEqual({ name: 'Bloemenbuurt, Vogelbuurt' })
  })

  it('takes the content section after the meta list as the body, phone number masked, without the reply form', () => {
    expect(items[0]?.bodyHtml).toBe(
      '<p>Mijn heg aan de voorkant is flink gegroeid en ik kan zelf niet meer op een trapje staan.</p>'
      + '<p>Wie heeft een heggenschaar en een uurtje tijd? Ik zorg voor koffie en een plak cake. Bellen mag ook: [telefoonnummer verborgen].</p>',
    )
  })

  it('replaces the card: same item id', () => {
    const card = run(mijnbuurtjeAdapter, sharedList()).items[1]
    expect(card?.id).toBe(items[0]?.id)
  })

  it('is read as a post page by its role too', () => {
    expect(parse(sharedPost(), { url: POST_URL, role: 'detail' }).items[0]?.title).toBe('Wie kan mijn heg snoeien?')
  })

  it('takes link and id from og:url when the page comes from a file', () => {
    const { drafts: local } = run(mijnbuurtjeAdapter, fixture(`${SHARED}elkaar-helpen-2405.html`, 'file:///tmp/elkaar-helpen-2405.html'))
    expect(local[0]).toMatchObject({ url: POST_URL, externalId: '2405' })
  })

  it('falls back to OpenGraph without the title heading and body', () => {
    const page = readFileSync(new URL(`${SHARED}elkaar-helpen-2405.html`, import.meta.url), 'utf8')
      .replace(/<h1[^]*?<\/h1>/, '')
      .replace(/<p>Mijn heg[^]*?<\/p><p>[^]*?<\/p>/, '')
    const { items: fallback } = run(mijnbuurtjeAdapter, inlineDocument(page, POST_URL))
    expect(fallback[0]).toMatchObject({
      title: 'Wie kan mijn heg snoeien?',
      summary: 'Mijn heg aan de voorkant is flink gegroeid en ik kan zelf niet meer op een trapje staan. Wie heeft een heggenschaar en een uurtje tijd? Ik zorg voor koffie en...',
    })
  })
})

describe('mijnbuurtje: agenda (guessed markup)', () => {
  const agendaUrl = `${SITE}agenda?format=fragment&page=1`

  it('reads cards as activities with their day and times', () => {
    const { drafts, items } = run(mijnbuurtjeAdapter, fixture(`${OWN}agenda-fragment.html`, agendaUrl))
    expect(items.map((item) => [item.title, item.kind, item.startsAt, item.endsAt, item.allDay, item.publishedAt])).toEqual([
      ['Repaircafé in De Linde', 'event', '2026-11-14T10:00:00+01:00', '2026-11-14T12:30:00+01:00', false, null],
      ['Bollen planten op het Merelplein', 'event', '2026-11-29T00:00:00+01:00', null, true, null],
    ])
    expect(drafts.map((draft) => draft.externalId)).toEqual(['agenda/318', 'agenda/322'])
  })

  it('reads a post page with day, times, venue and place', () => {
    const { drafts, items, output } = run(mijnbuurtjeAdapter, fixture(`${OWN}agenda-318.html`, `${SITE}agenda/318/repaircafe-in-de-linde`))
    expect(items[0]).toMatchObject({
      title: 'Repaircafé in De Linde',
      kind: 'event',
      startsAt: '2026-11-14T10:00:00+01:00',
      endsAt: '2026-11-14T12:30:00+01:00',
      location: { name: 'Lindenholt', address: 'Lindelaan 4, 6541 AB Voorbeeldstad', postcode: '6541 AB' },
      categories: ['klussen'],
    })
    expect(drafts[0]).toMatchObject({ externalId: 'agenda/318', sourceCategories: ['Klussen', 'Duurzaamheid'], author: 'Buurthuis De Linde' })
    expect(output).not.toContain('repair@delinde')
  })
})

describe('mijnbuurtje: berichten (guessed markup)', () => {
  it('reads cards and leaves the kind to the classifier', () => {
    const { drafts, items } = run(mijnbuurtjeAdapter, fixture(`${OWN}berichten-fragment.html`, `${SITE}berichten?format=fragment&page=1`))
    expect(drafts[0]).toMatchObject({ externalId: 'berichten/77', kind: undefined, author: 'Karin Visser', publishedAt: '2026-11-09T00:00:00+01:00' })
    expect(items[0]).toMatchObject({ title: 'Zwarte kat gevonden bij de speeltuin', url: `${SITE}berichten/77/zwarte-kat-gevonden` })
  })
})

describe('mijnbuurtje: hostile documents', () => {
  it('keeps no script from any field of a card, and skips cards without a link to a post on the site', () => {
    const { items, drafts, output } = run(mijnbuurtjeAdapter, fixture(`${OWN}hostile-fragment.html`, LIST_URL))
    expect(items.map((item) => item.title)).toEqual(['Wie doet boodschappen voor mij?'])
    expect(drafts[0]).toMatchObject({ kind: 'request', author: 'Piet Jansen', publishedAt: '2026-11-05T00:00:00+01:00', expiresAt: '2026-11-13T23:59:59+01:00' })
    expect(output).not.toMatch(/<script|alert|onerror|onmouseover|javascript:|display:none|06-12345678|piet@example\.org|elders/)
  })

  it('follows only post pages on the site', () => {
    const { follow } = parse(fixture(`${OWN}hostile-fragment.html`, LIST_URL), { url: LIST_URL, role: 'list' })
    expect(follow?.map((request) => request.url)).toEqual([`${SITE}elkaar-helpen?format=fragment&page=2`, `${SITE}elkaar-helpen/2501/boodschappen`])
  })

  it('keeps no script from any field of a post page', () => {
    const { items, drafts, output } = run(mijnbuurtjeAdapter, fixture(`${OWN}hostile-2501.html`, `${SITE}elkaar-helpen/2501/boodschappen`))
    expect(items[0]).toMatchObject({ title: 'Wie doet boodschappen voor mij?', kind: 'request', location: { name: 'Mook' }, categories: ['boodschappen', 'vervoer'] })
    expect(drafts[0]?.author).toBe('Piet Jansen')
    expect(items[0]?.bodyHtml).toBe(
      '<p>Graag op dinsdag. klik <img src="https://voorbeeldbuurt.nl/elkaar-helpen/2501/x.jpg" /> \n  Bel [telefoonnummer verborgen] of mail [e-mail verborgen].</p>',
    )
    expect(output).not.toMatch(/<script|alert|onerror|onclick|onload|javascript:|iframe|06-12345678|piet@example\.org/)
  })

  it('reads the cards before the cut of a truncated fragment', () => {
    const text = readFileSync(new URL(`${SHARED}elkaar-helpen-fragment.html`, import.meta.url), 'utf8')
    const cut = text.indexOf('Wie kan mijn heg snoeien?') + 10
    const { items } = run(mijnbuurtjeAdapter, inlineDocument(text.slice(0, cut), LIST_URL))
    expect(items.map((item) => item.title)).toEqual(['Hulp bij het plaatsen van een bericht', 'Wie kan mi'])
  })

  it('reads a truncated post page as far as it goes', () => {
    const text = readFileSync(new URL(`${SHARED}elkaar-helpen-2405.html`, import.meta.url), 'utf8')
    const { items } = run(mijnbuurtjeAdapter, inlineDocument(text.slice(0, text.indexOf('Thema:')), POST_URL))
    expect(items[0]).toMatchObject({ title: 'Wie kan mijn heg snoeien?', kind: 'request', bodyHtml: '' })
  })

  it('rejects a page that is neither a list nor a post', () => {
    const read = () => parse(inlineDocument('<html><body><h1 class="heading1"></h1></body></html>', POST_URL), { url: POST_URL, role: 'detail' })
    expect(read).toThrow(DocumentParseError)
    expect(read).toThrow(/no title \('h1\.heading1' or og:title\)/)
  })

  it('rejects a list whose cards all lost their links: the markup changed', () => {
    const cards = '<div class="postpreview"><div class="heading3--semibold">Titel</div></div>'.repeat(3)
    expect(() => parse(inlineDocument(cards, LIST_URL), { url: LIST_URL, role: 'list' })).toThrow(
      /none of the 3 cards \('div\.postpreview'\) on .* has a title and a link to a post on the site/,
    )
  })

  it('reads 10,000 cards in bounded time, up to the cap', () => {
    const card = (id: number) => `<div class="postpreview"><a class="postpreview-content" href="/elkaar-helpen/${id}/x"><div class="heading3 heading3--semibold">Kaart ${id}</div>`
      + '<div class="postpreview-subtitle">Hulpvraag</div><p class="paragraph">Tekst</p></a></div>'
    const text = Array.from({ length: 10_000 }, (_, id) => card(id)).join('\n')
    const { items, follow } = parse(inlineDocument(text, LIST_URL), { url: LIST_URL, role: 'list' })
    expect(items).toHaveLength(MAX_ITEMS_PER_PAGE)
    expect(follow).toHaveLength(MAX_ITEMS_PER_PAGE + 1)
  })

  it('rejects deep nesting quickly', () => {
    const text = `<div class="postpreview">${'<div>'.repeat(100_000)}</div>`
    expect(() => parse(inlineDocument(text, LIST_URL), { url: LIST_URL, role: 'list' })).toThrow(/nests elements more than 1000 deep/)
  })

  it('reads a windows-1252 page by the charset it declares', () => {
    const { items } = run(mijnbuurtjeAdapter, fixture(`${OWN}cp1252-2420.html`, `${SITE}elkaar-helpen/2420/cafe-tafel-naar-de-kringloop`))
    expect(items[0]).toMatchObject({
      title: 'Cafétafel naar de kringloop – wie rijdt?',
      location: { name: 'Tiënden' },
      bodyHtml: '<p>Ik betaal € 10 voor de benzine. “Het” past in een stationwagen.</p>',
      categories: ['vervoer'],
    })
  })

  it('reads a windows-1252 page decoded as UTF-8 without failing', () => {
    const bytes = readFileSync(new URL(`${OWN}cp1252-2420.html`, import.meta.url))
    const url = `${SITE}elkaar-helpen/2420/cafe-tafel-naar-de-kringloop`
    const document = { ...inlineDocument('', url), text: decodeBody(bytes, 'text/html; charset=utf-8'), bytes }
    const { items } = run(mijnbuurtjeAdapter, document)
    expect(items[0]).toMatchObject({ title: 'Caf\uFFFDtafel naar de kringloop \uFFFD wie rijdt?', publishedAt: '2026-11-02T00:00:00+01:00' })
  })
})
