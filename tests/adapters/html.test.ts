import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { MAX_ITEMS_PER_PAGE } from '../../adapters/html/dom.ts'
import { htmlAdapter } from '../../adapters/html/index.ts'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { DocumentRequest, FetchedDocument } from '../../src/domain/adapter.ts'
import { decodeBody } from '../../src/fetch/charset.ts'
import { fixture, inlineDocument, run } from './run-adapter.ts'

const OWN = '../fixtures/html/'
const NOW = new Date('2026-11-10T12:00:00Z')

const WIJKCONNECT_URL = 'https://wijkconnect.example.nl/reeshof/prikbord/visitor/index'
const WIJKCONNECT = {
  item: '.prikbord-item',
  title: '.prikbord-item__title',
  link: '.prikbord-item__title a',
  date: 'time',
  body: '.prikbord-item__text',
  kind: { selector: '.prikbord-item__label', map: { Gevraagd: 'request', Aangeboden: 'offer', Activiteit: 'event' } },
  platform: 'wijkconnect',
  next: '.pagination li.next a',
}

const BUUV_URL = 'https://buuv.example.nl/eindhoven/woensel/prikbord'
const BUUV = {
  item: 'li.ad',
  title: '.ad__title',
  date: '.ad__date',
  body: '.ad__excerpt',
  kind: { selector: '.ad__type', map: { Vraag: 'request', Aanbod: 'offer' } },
  platform: 'buuv',
  next: 'a[rel=next]',
}

const HOSTILE = { item: '.post', title: '.title', date: '.date', body: '.body', kind: { selector: '.label', map: { Vraag: 'request' } }, next: 'a.next' }

/** Parses as the runtime does: with the request (role, page) the document answered. */
function parse(document: FetchedDocument, config: unknown, request: DocumentRequest = { url: document.url, role: 'list', context: { page: 1 } }) {
  const result = htmlAdapter.parse(document, { config: htmlAdapter.configSchema.parse(config), request, source: { id: 's', name: 'Prikbord', url: document.url }, now: NOW })
  if (result instanceof Promise) throw new Error('html parses synchronously')
  return result
}

/** A page with one post whose date element holds `date`. */
const datedPost = (date: string) => inlineDocument(`<div class="post"><h3>Titel</h3><a href="/p/1">lees</a><span class="date">${date}</span></div>`, 'https://buurt.example.nl/prikbord')

describe('html: a Wijkconnect prikbord', () => {
  const { drafts, items } = run(htmlAdapter, fixture(`${OWN}wijkconnect-prikbord.html`, WIJKCONNECT_URL), { config: WIJKCONNECT })

  it('reads every post with its Yii link made absolute', () => {
    expect(items.map((item) => [item.title, item.url])).toEqual([
      ['Wie helpt met de kerstverlichting op het Heyhoefplein?', 'https://wijkconnect.example.nl/reeshof/prikbord/visitor/view?id=4812&slug=wie-helpt-met-de-kerstverlichting'],
      ['Gratis kinderfiets 16 inch', 'https://wijkconnect.example.nl/reeshof/prikbord/visitor/view?id=4809&slug=gratis-kinderfiets-16-inch'],
      ['Wandelen met de buurt', 'https://wijkconnect.example.nl/reeshof/prikbord/visitor/view?id=4801&slug=wandelen-met-de-buurt'],
      ['Sleutelbos gevonden bij de Albert Heijn', 'https://wijkconnect.example.nl/reeshof/prikbord/visitor/view?id=4797&slug=sleutelbos-gevonden'],
    ])
  })

  it('maps the labels to kinds and leaves an unknown label to the classifier', () => {
    expect(drafts.map((draft) => draft.kind)).toEqual(['request', 'offer', 'event', undefined])
  })

  it('reads the datetime attribute in Amsterdam time; an activity\'s date is when it starts', () => {
    expect(items.map((item) => [item.publishedAt, item.startsAt, item.allDay])).toEqual([
      ['2026-11-08T14:12:00+01:00', null, false],
      ['2026-11-06T09:40:00+01:00', null, false],
      [null, '2026-11-21T00:00:00+01:00', true],
      ['2026-11-02T18:05:00+01:00', null, false],
    ])
  })

  it('keeps the text as HTML with the phone number masked', () => {
    expect(items[0]?.bodyHtml).toBe(
      '<div><p>We zoeken twee mensen met een ladder die zaterdag 28 november willen helpen de lichtjes op te hangen. Aanmelden via [telefoonnummer verborgen].</p></div>',
    )
  })

  it('follows the next page with its number', () => {
    const { follow } = parse(fixture(`${OWN}wijkconnect-prikbord.html`, WIJKCONNECT_URL), WIJKCONNECT)
    expect(follow).toEqual([{ url: `${WIJKCONNECT_URL}?page=2&per-page=4`, role: 'list', context: { page: 2 } }])
  })

  it('stops at maxPages', () => {
    const url = `${WIJKCONNECT_URL}?page=3&per-page=4`
    const { follow } = parse(fixture(`${OWN}wijkconnect-prikbord.html`, url), { ...WIJKCONNECT, maxPages: 3 }, { url, role: 'list', context: { page: 3 } })
    expect(follow).toEqual([])
  })

  it('stops at the last page, whose next link is disabled', () => {
    const url = `${WIJKCONNECT_URL}?page=3&per-page=4`
    const { items: last, follow } = parse(fixture(`${OWN}wijkconnect-prikbord-page3.html`, url), { ...WIJKCONNECT, maxPages: 50 }, { url, role: 'list', context: { page: 3 } })
    expect(last.map((item) => item.title)).toEqual(['Oppas voor de kat in de kerstvakantie'])
    expect(follow).toEqual([])
  })
})

describe('html: a BUUV-like prikbord', () => {
  const { drafts, items } = run(htmlAdapter, fixture(`${OWN}buuv-prikbord.html`, BUUV_URL), { config: BUUV })

  it('takes the first link of each post', () => {
    expect(items.map((item) => [item.title, item.url, item.kind])).toEqual([
      ['Hulp bij gordijnen ophangen', 'https://buuv.example.nl/eindhoven/woensel/prikbord/83412-hulp-bij-gordijnen-ophangen', 'request'],
      ['Ik help met uw smartphone of tablet', 'https://buuv.example.nl/eindhoven/woensel/prikbord/83398-ik-help-met-uw-smartphone', 'offer'],
      ['Boodschappen op donderdag', 'https://buuv.example.nl/eindhoven/woensel/prikbord/83355-boodschappen-op-donderdag', 'request'],
      ['Grasmaaier te leen', 'https://buuv.example.nl/eindhoven/woensel/prikbord/83301-grasmaaier-te-leen', 'offer'],
    ])
  })

  it('reads vandaag and gisteren from the moment of the run, and Dutch dates', () => {
    expect(items.map((item) => item.publishedAt)).toEqual([
      '2026-11-10T00:00:00+01:00',
      '2026-11-09T00:00:00+01:00',
      '2026-11-03T00:00:00+01:00',
      '2026-10-28T00:00:00+01:00',
    ])
  })

  it('keeps the excerpt as the body and leaves categories to the classifier', () => {
    expect(items[0]?.bodyHtml).toBe('<p>Ik ben 82 en kan niet meer op de trap staan. Wie helpt mij een uurtje met de nieuwe gordijnen?</p>')
    expect(drafts.map((draft) => draft.categories)).toEqual([undefined, undefined, undefined, undefined])
    expect(items[2]?.categories).toContain('boodschappen')
  })

  it('follows rel=next', () => {
    expect(parse(fixture(`${OWN}buuv-prikbord.html`, BUUV_URL), BUUV).follow).toEqual([{ url: `${BUUV_URL}?pagina=2`, role: 'list', context: { page: 2 } }])
  })

  it('starts at page 1 of the source URL', () => {
    expect(htmlAdapter.plan({ url: BUUV_URL, config: htmlAdapter.configSchema.parse(BUUV) })).toEqual([{ url: BUUV_URL, role: 'list', context: { page: 1 } }])
  })
})

describe('html: dates', () => {
  it.each([
    ['ISO with offset', '2026-04-18T14:30:00Z', '2026-04-18T16:30:00+02:00'],
    ['ISO without offset', '2026-04-18T14:30', '2026-04-18T14:30:00+02:00'],
    ['a written date', '18 april 2026', '2026-04-18T00:00:00+02:00'],
    ['a written date with weekday and time', 'zaterdag 18 april 2026 om 14:30', '2026-04-18T14:30:00+02:00'],
    ['an abbreviated month', '18 apr. 2026', '2026-04-18T00:00:00+02:00'],
    ['a numeric date', '18-04-2026', '2026-04-18T00:00:00+02:00'],
    ['a numeric date with time', 'Geplaatst 18/4/2026 9.05 uur', '2026-04-18T09:05:00+02:00'],
    ['vandaag', 'Vandaag', '2026-11-10T00:00:00+01:00'],
    ['gisteren with a time', 'gisteren om 21:15', '2026-11-09T21:15:00+01:00'],
    ['a day that does not exist', '31 februari 2026', null],
    ['no date', 'onlangs', null],
    ['a bad time', '18-04-2026 25:61', '2026-04-18T00:00:00+02:00'],
  ])('reads %s', (_, text, expected) => {
    const { items } = run(htmlAdapter, datedPost(text), { config: { item: '.post', title: 'h3', date: '.date' } })
    expect(items[0]?.publishedAt).toBe(expected)
  })

  it('reads a date attribute', () => {
    const document = inlineDocument('<div class="post"><h3>Titel</h3><a href="/p/1">x</a><span class="date" data-date="2026-11-04">woensdag</span></div>', 'https://buurt.example.nl/')
    const { items } = run(htmlAdapter, document, { config: { item: '.post', title: 'h3', date: '.date', dateAttribute: 'data-date' } })
    expect(items[0]?.publishedAt).toBe('2026-11-04T00:00:00+01:00')
  })

  it('reads the date of a fixed event kind as its start and end', () => {
    const { items } = run(htmlAdapter, datedPost('18-04-2026 14:30 - 16:00'), { config: { item: '.post', title: 'h3', date: '.date', kind: 'event' } })
    expect(items[0]).toMatchObject({ kind: 'event', startsAt: '2026-04-18T14:30:00+02:00', endsAt: '2026-04-18T16:00:00+02:00', allDay: false, publishedAt: null })
  })
})

describe('html: config', () => {
  it('fills in maxPages', () => {
    expect(htmlAdapter.configSchema.parse({ item: '.post', title: 'h3' })).toEqual({ item: '.post', title: 'h3', maxPages: 3 })
  })

  it.each([
    ['an unclosed attribute selector', { item: 'a[', title: 'h3' }, /item: 'a\[' is not a CSS selector cheerio can use: /],
    ['an unknown pseudo-class', { item: '.post', title: 'h3:foo' }, /title: 'h3:foo' is not a CSS selector cheerio can use: Unknown pseudo-class :foo/],
    ['a pseudo-element', { item: '.post', title: 'h3', link: 'a::before' }, /link: .*Pseudo-elements are not supported/],
    ['an empty selector', { item: ' ', title: 'h3' }, /a CSS selector cannot be empty/],
    ['an invalid kind selector', { item: '.post', title: 'h3', kind: { selector: 'span,', map: { Vraag: 'request' } } }, /kind\.selector/],
    ['an unknown kind', { item: '.post', title: 'h3', kind: 'agenda' }, /kind/],
    ['an empty kind map', { item: '.post', title: 'h3', kind: { selector: '.label', map: {} } }, /map at least one label/],
    ['a kind map to an unknown kind', { item: '.post', title: 'h3', kind: { selector: '.label', map: { Vraag: 'vraag' } } }, /kind/],
    ['a bad attribute name', { item: '.post', title: 'h3', dateAttribute: 'data date' }, /an HTML attribute name/],
    ['a platform with capitals', { item: '.post', title: 'h3', platform: 'WijkConnect' }, /a lower-case name/],
    ['too many pages', { item: '.post', title: 'h3', maxPages: 51 }, /maxPages/],
    ['an unknown key', { item: '.post', title: 'h3', author: '.by' }, /author/],
    ['no title', { item: '.post' }, /title/],
  ])('rejects %s with a clear message', (_, config, message) => {
    const result = htmlAdapter.configSchema.safeParse(config)
    expect(result.success).toBe(false)
    expect(JSON.stringify(result.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`))).toMatch(message)
  })

  it('accepts the test configs and its own example', () => {
    for (const config of [WIJKCONNECT, BUUV, htmlAdapter.example.config]) expect(htmlAdapter.configSchema.safeParse(config).success).toBe(true)
  })
})

describe('html: pages it cannot read', () => {
  it('says so when the item selector finds nothing', () => {
    const read = () => parse(fixture(`${OWN}buuv-prikbord.html`, BUUV_URL), { ...BUUV, item: 'li.advertentie' })
    expect(read).toThrow(DocumentParseError)
    expect(read).toThrow(`the item selector 'li.advertentie' found nothing on ${BUUV_URL}: has the page changed?`)
  })

  it('says so when no item has a title and a link', () => {
    const read = () => parse(fixture(`${OWN}buuv-prikbord.html`, BUUV_URL), { ...BUUV, title: '.ad__kop' })
    expect(read).toThrow(DocumentParseError)
    expect(read).toThrow(`none of the 4 items found by 'li.ad' has both a title ('.ad__kop') and a link ('a[href]') on ${BUUV_URL}: has the page changed?`)
  })
})

describe('html: hostile pages', () => {
  const url = 'https://buurt.example.nl/prikbord'

  it('keeps no script from any field and skips posts without a title or a usable link', () => {
    const { items, output } = run(htmlAdapter, fixture(`${OWN}hostile.html`, url), { config: HOSTILE })
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      title: 'Wie helpt met schilderen?',
      url: 'https://buurt.example.nl/prikbord/1',
      kind: 'request',
      publishedAt: '2026-11-04T00:00:00+01:00',
    })
    expect(items[0]?.bodyHtml).toBe(
      '<div><p>Bel [telefoonnummer verborgen] of mail [e-mail verborgen].</p>\n    klik <img src="https://buurt.example.nl/foto.jpg" alt="verf" /></div>',
    )
    expect(output).not.toMatch(/<script|alert|onerror|onclick|onload|onmouseover|javascript:|iframe|06-12345678|kees@example\.org/)
  })

  it('follows no javascript: next link', () => {
    expect(parse(fixture(`${OWN}hostile.html`, url), HOSTILE).follow).toEqual([])
  })

  it('follows no next link to another site', () => {
    const page = '<div class="post"><h3>Titel</h3><a href="/p/1">x</a></div><a class="next" href="https://elders.example.nl/?page=2">Volgende</a>'
    expect(parse(inlineDocument(page, url), { item: '.post', title: 'h3', next: 'a.next' }).follow).toEqual([])
  })

  it('follows no next link back to the same page', () => {
    const page = '<div class="post"><h3>Titel</h3><a href="/p/1">x</a></div><a class="next" href="#boven">Volgende</a>'
    expect(parse(inlineDocument(page, url), { item: '.post', title: 'h3', next: 'a.next' }).follow).toEqual([])
  })

  it('reads the posts before the cut of a truncated page', () => {
    const text = readFileSync(new URL(`${OWN}wijkconnect-prikbord.html`, import.meta.url), 'utf8')
    const cut = text.indexOf('Wandelen met de buurt')
    const { items, drafts } = run(htmlAdapter, inlineDocument(text.slice(0, cut), WIJKCONNECT_URL), { config: WIJKCONNECT })
    expect(items.map((item) => item.title)).toEqual(['Wie helpt met de kerstverlichting op het Heyhoefplein?', 'Gratis kinderfiets 16 inch'])
    expect(drafts[1]?.kind).toBe('offer')
  })

  it('reads 10,000 items in bounded time, up to the cap', () => {
    const text = Array.from({ length: 10_000 }, (_, id) => `<div class="post"><h3>Bericht ${id}</h3><a href="/p/${id}">lees</a><span class="date">vandaag</span></div>`).join('\n')
    const { items } = parse(inlineDocument(text, url), { item: '.post', title: 'h3', date: '.date' })
    expect(items).toHaveLength(MAX_ITEMS_PER_PAGE)
  })

  it('rejects deep nesting quickly', () => {
    expect(() => parse(inlineDocument(`<div class="post">${'<div>'.repeat(100_000)}`, url), { item: '.post', title: 'h3' })).toThrow(DocumentParseError)
  })

  it('reads a windows-1252 page by the charset it declares', () => {
    const { items } = run(htmlAdapter, fixture(`${OWN}cp1252-prikbord.html`, url), { config: { item: '.bericht', title: 'h2', date: '.datum', body: 'p' } })
    expect(items[0]).toMatchObject({
      title: 'Café De Hoek zoekt vrijwilligers – iedereen welkom',
      url: 'https://buurt.example.nl/prikbord/12',
      publishedAt: '2026-04-18T00:00:00+02:00',
      bodyHtml: '<p>Voor € 0,- een “gezellige” middag in Tiënden.</p>',
    })
  })

  it('reads a windows-1252 page decoded as UTF-8 without failing', () => {
    const bytes = readFileSync(new URL(`${OWN}cp1252-prikbord.html`, import.meta.url))
    const document = { ...inlineDocument('', url), text: decodeBody(bytes, 'text/html; charset=utf-8'), bytes }
    const { items } = run(htmlAdapter, document, { config: { item: '.bericht', title: 'h2', date: '.datum' } })
    expect(items[0]).toMatchObject({ title: 'Caf\uFFFD De Hoek zoekt vrijwilligers \uFFFD iedereen welkom', publishedAt: '2026-04-18T00:00:00+02:00' })
  })
})
