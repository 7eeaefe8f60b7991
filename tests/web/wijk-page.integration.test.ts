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
    expect(html).toContain('<a class="source-link" href="https://vogelbuurt.mijnbuurtje.nl/bericht/boodschap" rel="noopener">Bekijk op Buurtsite Vogelbuurt</a>')
    expect(html).toContain('<a class="source-link" href="https://www.nlvoorelkaar.nl/bericht/hond" rel="noopener">Bekijk op NLvoorElkaar Amsterdam</a>')
  })

  it('shows dates in Dutch, event times and places', async () => {
    const text = textOf((await page('/wijk/vogelbuurt')).html)
    expect(text).toContain('Wanneer za 14 nov, 13:00–16:00')
    expect(text).toContain('Waar Buurthuis De Kolibrie, Mezenstraat 12')
    expect(text).toContain('Wanneer za 21 nov')
    expect(text).toContain('Geplaatst ma 9 nov')
  })

  it('marks closed items: past events as Afgelopen, others as Gesloten', async () => {
    const { html } = await page('/wijk/vogelbuurt')
    const card = (title: string) => html.slice(html.lastIndexOf('<article', html.indexOf(title)), html.indexOf('</article>', html.indexOf(title)))
    expect(card('Buurtborrel')).toContain('<span class="label label-closed">Afgelopen</span>')
    expect(card('Kinderfiets gratis af te halen')).toContain('<span class="label label-closed">Gesloten</span>')
    expect(card('Hulp gezocht met DigiD aanvragen')).toContain('Gesloten')
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
    expect(html).toContain('<a href="/wijk/vogelbuurt?q=hond&amp;kind=request" aria-current="page">Hulpvragen</a>')
    expect(html).toContain('<a href="/wijk/vogelbuurt?q=hond">Alles</a>')
    for (const label of ['Aanbod', 'Activiteiten', 'Nieuws']) expect(html).toContain(`>${label}</a>`)
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
  })

  it('links the feeds in the head and at the bottom', async () => {
    const { html } = await page('/wijk/vogelbuurt')
    expect(html).toContain('<link rel="alternate" type="application/rss+xml" title="Vogelbuurt (RSS)" href="http://localhost/wijk/vogelbuurt/feed.rss"/>')
    expect(html).toContain('type="application/atom+xml"')
    expect(html).toContain('type="application/feed+json"')
    expect(html).toContain('<link rel="alternate" type="text/calendar" title="Activiteiten in Vogelbuurt (agenda)" href="http://localhost/wijk/vogelbuurt/feed.ics"/>')
  })

  it('answers an unknown wijk with a Dutch 404 page', async () => {
    const { status, html } = await page('/wijk/atlantis')
    expect(status).toBe(404)
    expect(html).toContain('lang="nl"')
    expect(textOf(html)).toContain('Er is geen wijk met de naam ‘atlantis’.')
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
