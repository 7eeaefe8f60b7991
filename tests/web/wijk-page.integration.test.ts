import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { testDatabaseKind } from '../helpers/database.ts'
import { createTestApp, type TestApp } from '../api/test-app.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.store.destroy())

async function page(path: string) {
  const res = await t.app.request(path)
  return { status: res.status, type: res.headers.get('Content-Type'), html: await res.text() }
}

/** The text of the page without tags, spaces collapsed. */
const textOf = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
const decode = (html: string) => html.replace(/&amp;/g, '&')

interface Chip {
  href: string
  text: string
  active: boolean
}

/** The chips of one filter group ('kind', 'when', 'category', 'platform'); none when the group is not shown. */
function chipsOf(html: string, group: string): Chip[] {
  const start = html.indexOf(`<ul class="chips" aria-labelledby="filter-${group}">`)
  if (start < 0) return []
  const list = html.slice(start, html.indexOf('</ul>', start))
  return [...list.matchAll(/<a class="chip" href="([^"]+)"( aria-current="true")?>(.*?)<\/a>/g)].map(([, href, current, inner]) => ({
    href: decode(href!),
    text: decode(textOf(inner!).trim()),
    active: Boolean(current),
  }))
}

const countOf = (html: string) => Number(/<p class="count" role="status">(\d+) berichte?n?/.exec(html)?.[1])

/** The address the search form goes to when a resident searches for `q`: its action with its fields. */
function searchFormHref(html: string, q: string): string {
  const form = html.slice(html.indexOf('<form class="search"'), html.indexOf('</form>'))
  const action = decode(/action="([^"]+)"/.exec(form)![1]!)
  const params = new URLSearchParams({ q })
  for (const [, name, value] of form.matchAll(/<input type="hidden" name="([^"]+)" value="([^"]*)"\/>/g)) params.append(name!, decode(value!))
  return `${action}?${params}`
}

/** The heading levels of the page, in order. */
const headingLevels = (html: string) => [...html.matchAll(/<h([1-6])[ >]/g)].map(([, level]) => Number(level))

describe(`the wijk page on ${testDatabaseKind}`, () => {
  it('is a complete Dutch HTML page for phones, with no scripts or outside requests', async () => {
    const { status, type, html } = await page('/wijk/vogelbuurt')
    expect(status).toBe(200)
    expect(type).toMatch(/^text\/html/)
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nl">/)
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>')
    expect(html).toContain('<title>Vogelbuurt – Buurtfeed</title>')
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|src="http/)
  })

  it('lists the visible items with title, summary, platform, source and a link to the source', async () => {
    const { html } = await page('/wijk/vogelbuurt')
    const text = textOf(html)
    expect(text).toContain('10 berichten')
    for (const title of ['Wie doet een boodschap voor mij?', 'Repair Café in De Kolibrie', 'Hond uitlaten gezocht']) expect(text).toContain(title)
    expect(text).not.toContain('Verborgen')
    expect(text).toContain('Ik ben slecht ter been en zoek iemand')
    expect(text).toContain('Buurtsite Vogelbuurt (mijnbuurtje.nl)')
  })

  it('gives each item a button to respond on its source, in words that say what and where', async () => {
    const { html } = await page('/wijk/vogelbuurt')
    const respond = (id: string, url: string) => new RegExp(`<a class="respond" href="${url.replace(/[.?]/g, '\\$&')}/bericht/${id}" rel="noopener">([^<]+)</a>`).exec(html)?.[1]
    expect(respond('boodschap', 'https://vogelbuurt.mijnbuurtje.nl')).toBe('Reageer op mijnbuurtje.nl')
    expect(respond('klusjes', 'https://vogelbuurt.mijnbuurtje.nl')).toBe('Reageer op mijnbuurtje.nl')
    expect(respond('hond', 'https://www.nlvoorelkaar.nl')).toBe('Reageer op NLvoorElkaar')
    expect(respond('bankjes', 'https://vogelbuurt.mijnbuurtje.nl')).toBe('Lees verder op mijnbuurtje.nl')
    // The agenda is a feed: "nieuwsfeed" says nothing about where, the source's name does.
    expect(respond('repair-cafe', 'https://dekolibrie.nl/agenda')).toBe('Aanmelden of meer info op Agenda Buurthuis De Kolibrie')
    // Closed: nothing to respond to any more, only to look at.
    expect(respond('kinderfiets', 'https://www.nlvoorelkaar.nl')).toBe('Bekijk op NLvoorElkaar')
    expect(respond('borrel', 'https://dekolibrie.nl/agenda')).toBe('Bekijk op Agenda Buurthuis De Kolibrie')
  })

  it('shows dates in Dutch, event times and places', async () => {
    const text = textOf((await page('/wijk/vogelbuurt')).html)
    expect(text).toContain('Wanneer za 14 nov, 13:00–16:00')
    expect(text).toContain('Waar Buurthuis De Kolibrie, Mezenstraat 12')
    expect(text).toContain('Wanneer za 21 nov')
  })

  it('says how long ago each item was posted, in plain Dutch, with the moment in the markup', async () => {
    const { html } = await page('/wijk/vogelbuurt')
    const text = textOf(html)
    expect(text).toContain('Wie doet een boodschap voor mij? Ik ben slecht ter been')
    expect(text).toContain('Geplaatst gisteren op Buurtsite Vogelbuurt (mijnbuurtje.nl)')
    expect(text).toContain('Geplaatst 2 dagen geleden op Buurtsite Vogelbuurt (mijnbuurtje.nl)')
    expect(text).toContain('Geplaatst 3 dagen geleden op NLvoorElkaar Amsterdam (NLvoorElkaar)')
    expect(text).toContain('Geplaatst 3 weken geleden op Buurtsite Vogelbuurt (mijnbuurtje.nl)')
    expect(html).toContain('<time datetime="2026-11-09T10:00:00+01:00">gisteren</time>')
  })

  it('marks closed items in words: past events Afgelopen, expired ones Verlopen, others Gesloten', async () => {
    const { html } = await page('/wijk/vogelbuurt')
    const card = (title: string) => html.slice(html.lastIndexOf('<article', html.indexOf(title)), html.indexOf('</article>', html.indexOf(title)))
    expect(card('Buurtborrel')).toContain('<span class="label label-closed">Afgelopen</span>')
    expect(card('Kinderfiets gratis af te halen')).toContain('<span class="label label-closed">Gesloten</span>')
    expect(card('Hulp gezocht met DigiD aanvragen')).toContain('<span class="label label-closed">Verlopen</span>')
    expect(card('Repair Café in De Kolibrie')).not.toContain('label-closed')
  })

  it('says clearly when the wijk is a demo', async () => {
    expect(textOf((await page('/wijk/vogelbuurt')).html)).toContain('Dit is een demo. De berichten hieronder komen uit voorbeelddocumenten')
    expect((await page('/wijk/rivierenbuurt')).html).not.toContain('class="demo"')
  })

  it('has a labelled search form whose results have a shareable address', async () => {
    const { html } = await page('/wijk/vogelbuurt?q=cafe')
    expect(html).toContain('<form class="search" method="get" action="/wijk/vogelbuurt" role="search">')
    expect(html).toContain('<label for="q">Zoeken in Vogelbuurt</label>')
    expect(html).toContain('<input id="q" name="q" type="search" value="cafe" autocomplete="off"/>')
    const text = textOf(html)
    expect(text).toContain('1 bericht gevonden voor ‘cafe’')
    expect(text).toContain('Repair Café in De Kolibrie')
    expect(text).not.toContain('Wie doet een boodschap voor mij?')
  })

  it('filters by kind with links that keep the search', async () => {
    const { html } = await page('/wijk/vogelbuurt?q=hond&kind=request')
    expect(html).toContain('<a class="chip" href="/wijk/vogelbuurt?q=hond&amp;kind=request" aria-current="true"><span aria-hidden="true">✓ </span>Hulpvragen (1)</a>')
    expect(html).toContain('<a class="chip" href="/wijk/vogelbuurt?q=hond">Alles</a>')
    for (const kind of ['offer', 'event', 'info']) expect(html).toContain(`href="/wijk/vogelbuurt?q=hond&amp;kind=${kind}"`)
    expect(html).toContain('<input type="hidden" name="kind" value="request"/>')
    const text = textOf(html)
    expect(text).toContain('1 bericht gevonden')
    expect(text).toContain('Hond uitlaten gezocht')
    expect(text).not.toContain('Nieuwe bankjes in het park')
  })

  it('escapes what residents typed', async () => {
    const { html } = await page(`/wijk/vogelbuurt?q=${encodeURIComponent('<script>alert(1)</script>')}`)
    expect(html).not.toContain('<script>')
    expect(html).toContain('&lt;script&gt;')
  })

  it('pages with a "Volgende berichten" link, and starts over for a broken one', async () => {
    const { storedItem } = await import('../helpers/seed-items.ts')
    const { upsertItems } = await import('../../src/store/items.ts')
    const many = Array.from({ length: 30 }, (_, i) =>
      storedItem(t.seed.prikbord, t.seed.otherWijk, { id: `bericht-${i}`, title: `Prikbordbericht ${i}`, publishedAt: `2026-10-${String(i + 1).padStart(2, '0')}T12:00:00+01:00` }),
    )
    await upsertItems(t.store.db, t.seed.prikbord.id, many)
    const first = await page('/wijk/rivierenbuurt')
    const next = /<a class="more" href="([^"]+)">Volgende berichten<\/a>/.exec(first.html)?.[1]?.replace(/&amp;/g, '&')
    expect(next).toMatch(/^\/wijk\/rivierenbuurt\?cursor=/)
    const second = textOf((await page(next!)).html)
    expect(second).toContain('Prikbordbericht 0')
    expect(second).not.toContain('Prikbordbericht 29')
    expect((await page('/wijk/rivierenbuurt?cursor=kapot')).status).toBe(200)

    const filtered = await page('/wijk/rivierenbuurt?kind=info&platform=facebook')
    const nextFiltered = /<a class="more" href="([^"]+)">Volgende berichten<\/a>/.exec(filtered.html)?.[1]?.replace(/&amp;/g, '&')
    expect(nextFiltered).toMatch(/^\/wijk\/rivierenbuurt\?kind=info&platform=facebook&cursor=/)
    const rest = textOf((await page(nextFiltered!)).html)
    expect(rest).toContain('Prikbordbericht 0')
    expect(rest).not.toContain('Boodschappen doen voor mijn buurvrouw')
  })

  it('links the feeds in the head and at the bottom', async () => {
    const { html } = await page('/wijk/vogelbuurt')
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="Vogelbuurt (RSS)" href="http://localhost/wijk/vogelbuurt/feed.rss"/>')
    expect(html).toContain('type="application/atom+xml"')
    expect(html).toContain('type="application/feed+json"')
    expect(html).toContain('<link rel="alternate" type="text/calendar" title="Activiteiten in Vogelbuurt (agenda)" href="http://localhost/wijk/vogelbuurt/feed.ics"/>')
    expect(html).toContain('<a href="http://localhost/wijk/vogelbuurt/feed.rss">RSS</a>')
  })

  it('offers to put the feed on another website', async () => {
    expect((await page('/wijk/vogelbuurt')).html).toContain('<a href="/insluiten?wijk=vogelbuurt">Zet deze berichten op uw eigen website</a>')
  })

  it('answers an unknown wijk with a Dutch 404 page', async () => {
    const { status, html } = await page('/wijk/atlantis')
    expect(status).toBe(404)
    expect(html).toContain('lang="nl"')
    expect(textOf(html)).toContain('Er is geen wijk met de naam ‘atlantis’.')
  })
})

describe(`the filters of the wijk page on ${testDatabaseKind}`, () => {
  it('shows chips per kind, category and platform, with the number of items each leads to', async () => {
    const { html } = await page('/wijk/vogelbuurt')
    expect(chipsOf(html, 'kind').map((chip) => chip.text)).toEqual(['✓ Alles (10)', 'Hulpvragen (3)', 'Aanbod (2)', 'Activiteiten', 'Nieuws (2)'])
    expect(chipsOf(html, 'category').map((chip) => chip.text)).toEqual([
      'Boodschappen (1)', 'Klussen & reparatie (2)', 'Computer & telefoon (1)', 'Gezelschap & ontmoeting (1)', 'Spullen (2)',
      'Huisdieren (1)', 'Kinderen & jongeren (1)', 'Sport, cultuur & creatief (1)', 'Buurt & leefomgeving (1)', 'Veiligheid (1)',
    ])
    expect(chipsOf(html, 'platform').map((chip) => chip.text)).toEqual(['mijnbuurtje.nl (5)', 'nieuwsfeed (3)', 'NLvoorElkaar (2)'])
    expect(chipsOf(html, 'when')).toEqual([])
    expect(html).toContain('<p class="filter-label" id="filter-kind">Soort bericht</p>')
    // The long lists are folded on the first view; open (a plain <details>, no script) they are plain links.
    expect(html).toContain('<details class="filter-group"><summary class="filter-label" id="filter-category">Onderwerp</summary>')
    expect(html).toContain('<details class="filter-group"><summary class="filter-label" id="filter-platform">Platform</summary>')
    expect(html).toContain('<a class="chip" href="/wijk/vogelbuurt" aria-current="true"><span aria-hidden="true">✓ </span>Alles (10)</a>')
    expect(html).not.toContain('Alle filters wissen')
  })

  it.each(['/wijk/vogelbuurt', '/wijk/vogelbuurt?q=hulp', '/wijk/vogelbuurt?kind=request', '/wijk/vogelbuurt?category=klussen'])(
    'on %s, every chip with a number leads to a page with that many items; a chosen one shows what is shown now',
    async (path) => {
      const { html } = await page(path)
      const counted = ['kind', 'category', 'platform'].flatMap((group) => chipsOf(html, group)).flatMap((chip) => {
        const n = /\((\d+)\)/.exec(chip.text)?.[1]
        return n === undefined ? [] : [{ ...chip, n: Number(n) }]
      })
      expect(counted.filter((chip) => !chip.active).length).toBeGreaterThan(2)
      for (const { text, href, n, active } of counted) {
        const found = active ? countOf(html) : countOf((await page(href)).html)
        expect({ chip: text, found }).toEqual({ chip: text, found: n })
      }
    },
  )

  it('leads from each chip to the items it names', async () => {
    const titles = async (path: string) => textOf((await page(path)).html)
    const dieren = await titles(chipsOf((await page('/wijk/vogelbuurt')).html, 'category').find((chip) => chip.text.startsWith('Huisdieren'))!.href)
    expect(dieren).toContain('Hond uitlaten gezocht')
    expect(dieren).not.toContain('Wie doet een boodschap voor mij?')
    const nlvoorelkaar = await titles('/wijk/vogelbuurt?platform=nlvoorelkaar')
    expect(nlvoorelkaar).toContain('2 berichten')
    for (const title of ['Hond uitlaten gezocht', 'Kinderfiets gratis af te halen']) expect(nlvoorelkaar).toContain(title)
    expect(nlvoorelkaar).not.toContain('Repair Café')
  })

  it('takes one category at a time: the chosen one alone, marked, and choosing it again takes it off', async () => {
    const { html } = await page('/wijk/vogelbuurt?category=klussen')
    expect(chipsOf(html, 'category')).toEqual([{ href: '/wijk/vogelbuurt', text: '✓ Klussen & reparatie (2) ✕ , filter uitzetten', active: true }])
    expect(html).toContain('<details class="filter-group" open=""><summary class="filter-label" id="filter-category">Onderwerp</summary>')
    expect(html).toContain('<span aria-hidden="true"> ✕</span><span class="visually-hidden">, filter uitzetten</span>')
    expect(chipsOf(html, 'platform').map((chip) => [chip.text, chip.href])).toEqual([
      ['mijnbuurtje.nl (1)', '/wijk/vogelbuurt?category=klussen&platform=mijnbuurtje'],
      ['nieuwsfeed (1)', '/wijk/vogelbuurt?category=klussen&platform=feed'],
    ])
    expect(html).toContain('<p class="clear-filters"><a href="/wijk/vogelbuurt">Alle filters wissen</a></p>')
    expect(textOf(html)).toContain('2 berichten')
  })

  it('combines filters, keeps them in every chip and in the search form, and keeps them through a search', async () => {
    const { html } = await page('/wijk/vogelbuurt?kind=offer&category=spullen')
    expect(textOf(html)).toContain('1 bericht ')
    expect(textOf(html)).toContain('Kinderfiets gratis af te halen')
    expect(chipsOf(html, 'kind').find((chip) => chip.text === 'Hulpvragen')?.href).toBe('/wijk/vogelbuurt?kind=request&category=spullen')
    expect(chipsOf(html, 'platform')).toEqual([{ href: '/wijk/vogelbuurt?kind=offer&category=spullen&platform=nlvoorelkaar', text: 'NLvoorElkaar (1)', active: false }])
    const searched = await page(searchFormHref(html, 'fiets'))
    expect(searchFormHref(html, 'fiets')).toBe('/wijk/vogelbuurt?q=fiets&kind=offer&category=spullen')
    expect(textOf(searched.html)).toContain('1 bericht gevonden voor ‘fiets’')
    expect(chipsOf(searched.html, 'kind').find((chip) => chip.active)).toEqual({ href: '/wijk/vogelbuurt?q=fiets&kind=offer&category=spullen', text: '✓ Aanbod (1)', active: true })
    // Clearing the filters keeps the search; the search box clears the words.
    expect(searched.html).toContain('<a href="/wijk/vogelbuurt?q=fiets">Alle filters wissen</a>')
  })

  it('says so when nothing fits, with a way back to everything', async () => {
    const { html } = await page('/wijk/vogelbuurt?kind=request&category=spullen')
    expect(textOf(html)).toContain('0 berichten Er zijn geen berichten die hierbij passen. Kies een ander filter of bekijk alle berichten uit Vogelbuurt .')
    expect(html).toContain('<a href="/wijk/vogelbuurt">bekijk alle berichten uit Vogelbuurt</a>')
    // With words searched, other words are the first thing to try.
    const searched = await page('/wijk/vogelbuurt?q=zwembadtegels')
    expect(textOf(searched.html)).toContain('Er zijn geen berichten die hierbij passen. Probeer een ander woord of bekijk alle berichten')
  })

  it.each([
    ['unknown values', '/wijk/vogelbuurt?kind=bogus&category=nope&platform=Niet%20geldig&when=gisteren&cursor=&q='],
    ['a period without the agenda', '/wijk/vogelbuurt?when=today'],
    ['brackets and empty values', '/wijk/vogelbuurt?kind[]=request&category=&platform='],
  ])('ignores %s and shows everything', async (_, path) => {
    const { status, html } = await page(path)
    expect(status).toBe(200)
    expect(countOf(html)).toBe(10)
    expect(html).toContain('<title>Vogelbuurt – Buurtfeed</title>')
    expect(html).not.toContain('Alle filters wissen')
    expect(html).not.toContain('type="hidden"')
  })

  it('takes the first valid value of a repeated parameter', async () => {
    const { status, html } = await page('/wijk/vogelbuurt?kind=bogus&kind=request&kind=offer&q=&q=hond')
    expect(status).toBe(200)
    expect(textOf(html)).toContain('1 bericht gevonden voor ‘hond’')
    expect(chipsOf(html, 'kind').find((chip) => chip.active)?.text).toBe('✓ Hulpvragen (1)')
  })

  it('names the chosen filters in the page title', async () => {
    expect((await page('/wijk/vogelbuurt?kind=event&when=today&platform=feed')).html).toContain('<title>Vogelbuurt (Activiteiten, Vandaag, nieuwsfeed) – Buurtfeed</title>')
    expect((await page('/wijk/vogelbuurt?q=hond&category=dieren')).html).toContain('<title>Zoeken naar ‘hond’ in Vogelbuurt (Huisdieren) – Buurtfeed</title>')
  })
})

describe(`the structure of the wijk page on ${testDatabaseKind}`, () => {
  const paths = ['/wijk/vogelbuurt', '/wijk/vogelbuurt?kind=event', '/wijk/vogelbuurt?q=hond&kind=request&category=dieren', '/wijk/vogelbuurt?category=spullen&kind=request']

  it.each(paths)('%s starts with a link past the header and filters to the items', async (path) => {
    const { html } = await page(path)
    const skip = html.indexOf('<a class="skip-link" href="#berichten">Direct naar de berichten</a>')
    // The first thing in the body, before the site header: one Tab reaches it.
    expect(skip).toBe(html.indexOf('<body>') + '<body>'.length)
    expect(html.indexOf('<section id="berichten" aria-label="Berichten">')).toBeGreaterThan(html.indexOf('<nav class="filters" aria-label="Filters">'))
  })

  it.each(paths)('%s has its headings in order, one h1 first', async (path) => {
    const levels = headingLevels((await page(path)).html)
    expect(levels[0]).toBe(1)
    expect(levels.filter((level) => level === 1)).toHaveLength(1)
    for (let i = 1; i < levels.length; i++) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1)
  })

  it.each(paths)('%s has no scripts and asks no other server for anything', async (path) => {
    expect((await page(path)).html).not.toMatch(/<script|<link rel="stylesheet"|src="http|<iframe/)
  })
})

describe('the home page', () => {
  it('lists the wijken with links, in Dutch', async () => {
    const { status, html } = await page('/')
    expect(status).toBe(200)
    expect(html).toContain('<a href="/wijk/vogelbuurt">Vogelbuurt</a>')
    expect(html).toContain('<a href="/wijk/rivierenbuurt">Rivierenbuurt</a>')
    expect(textOf(html)).toContain('Kies uw wijk')
  })

  it('answers other unknown pages with a Dutch 404 page', async () => {
    const { status, html } = await page('/bestaat/niet')
    expect(status).toBe(404)
    expect(textOf(html)).toContain('Deze pagina bestaat niet.')
  })
})
