import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../api/test-app.ts'
import { testDatabaseKind } from '../../helpers/database.ts'
import { seedItems } from '../../helpers/seed-items.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
  // Around the seeded Repair Café (Saturday 14th), Rommelmarkt (Saturday 21st) and past Buurtborrel; NOW is Tuesday 10 November, noon.
  await seedItems(t.store.db, t.seed.agenda, t.seed.wijk, [
    {
      id: 'schilderen', kind: 'event', categories: ['sport-cultuur'], title: 'Schilderen voor beginners',
      startsAt: '2026-11-10T09:00:00+01:00', endsAt: '2026-11-10T11:00:00+01:00', publishedAt: '2026-11-01T10:00:00+01:00',
    },
    {
      id: 'koffie', kind: 'event', categories: ['gezelschap'], title: 'Koffieochtend voor iedereen',
      startsAt: '2026-11-10T15:00:00+01:00', endsAt: '2026-11-10T17:00:00+01:00', publishedAt: '2026-11-03T10:00:00+01:00',
      location: { name: 'Buurthuis De Kolibrie' },
    },
    {
      id: 'taalcafe', kind: 'event', categories: ['taal-administratie'], title: 'Taalcafé in de bibliotheek',
      startsAt: '2026-11-11T10:00:00+01:00', endsAt: '2026-11-11T11:30:00+01:00', publishedAt: '2026-11-04T10:00:00+01:00',
    },
    {
      id: 'ommetje', kind: 'event', categories: ['sport-cultuur'], title: 'Ommetje door het Vogelpark',
      startsAt: '2026-11-15T10:00:00+01:00', publishedAt: '2026-11-05T10:00:00+01:00',
    },
    {
      id: 'kerstmarkt', kind: 'event', categories: ['spullen'], title: 'Kerstmarkt op het Merelplein',
      startsAt: '2026-12-12T14:00:00+01:00', endsAt: '2026-12-12T18:00:00+01:00', publishedAt: '2026-11-06T10:00:00+01:00',
    },
  ])
})
afterAll(() => t.store.destroy())

async function page(path: string) {
  return (await t.app.request(path)).text()
}

/** The day headings (h2) and event titles (h3) of the agenda, in order. */
function outline(html: string): string[][] {
  const days = html.split('<div class="day">').slice(1)
  return days.map((day) => [/<h2>([^<]+)<\/h2>/.exec(day)![1]!, ...[...day.matchAll(/<h3>([^<]+)<\/h3>/g)].map(([, title]) => title!)])
}

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

describe(`the agenda of the wijk page on ${testDatabaseKind}`, () => {
  it('lists the events still to come soonest first, under Vandaag, Morgen, Deze week, Volgende week and later dates', async () => {
    const html = await page('/wijk/vogelbuurt?kind=event')
    expect(outline(html)).toEqual([
      ['Vandaag', 'Koffieochtend voor iedereen'],
      ['Morgen', 'Taalcafé in de bibliotheek'],
      ['Deze week', 'Repair Café in De Kolibrie', 'Ommetje door het Vogelpark'],
      ['Volgende week', 'Rommelmarkt op het Merelplein'],
      ['zaterdag 12 december', 'Kerstmarkt op het Merelplein'],
    ])
    expect(html).not.toContain('Buurtborrel')
    expect(html).not.toContain('Schilderen voor beginners')
    expect(text(html)).toContain('6 berichten')
  })

  it('offers Alles komend, Vandaag and Deze week, the chosen one marked', async () => {
    const html = await page('/wijk/vogelbuurt?kind=event')
    expect(html).toContain('<p class="filter-label" id="filter-when">Wanneer</p>')
    expect(html).toContain('<a class="chip" href="/wijk/vogelbuurt?kind=event" aria-current="true"><span aria-hidden="true">✓ </span>Alles komend (6)</a>')
    expect(html).toContain('<a class="chip" href="/wijk/vogelbuurt?kind=event&amp;when=today">Vandaag</a>')
    expect(html).toContain('<a class="chip" href="/wijk/vogelbuurt?kind=event&amp;when=week">Deze week</a>')
  })

  it('shows only what is left of today for Vandaag', async () => {
    const html = await page('/wijk/vogelbuurt?kind=event&when=today')
    expect(outline(html)).toEqual([['Vandaag', 'Koffieochtend voor iedereen']])
    expect(html).toContain('<a class="chip" href="/wijk/vogelbuurt?kind=event&amp;when=today" aria-current="true"><span aria-hidden="true">✓ </span>Vandaag (1)</a>')
  })

  it('shows up to Sunday night for Deze week', async () => {
    expect(outline(await page('/wijk/vogelbuurt?kind=event&when=week'))).toEqual([
      ['Vandaag', 'Koffieochtend voor iedereen'],
      ['Morgen', 'Taalcafé in de bibliotheek'],
      ['Deze week', 'Repair Café in De Kolibrie', 'Ommetje door het Vogelpark'],
    ])
  })

  it('combines a period with a category and a search, soonest first', async () => {
    expect(outline(await page('/wijk/vogelbuurt?kind=event&when=week&category=sport-cultuur'))).toEqual([
      ['Deze week', 'Repair Café in De Kolibrie', 'Ommetje door het Vogelpark'],
    ])
    expect(outline(await page('/wijk/vogelbuurt?kind=event&q=merelplein'))).toEqual([
      ['Volgende week', 'Rommelmarkt op het Merelplein'],
      ['zaterdag 12 december', 'Kerstmarkt op het Merelplein'],
    ])
  })

  it('drops the period when another kind is chosen', async () => {
    const html = await page('/wijk/vogelbuurt?kind=event&when=today&category=gezelschap')
    expect(html).toContain('<a class="chip" href="/wijk/vogelbuurt?kind=request&amp;category=gezelschap">Hulpvragen</a>')
    expect(html).toContain('<a class="chip" href="/wijk/vogelbuurt?category=gezelschap">Alles</a>')
  })

  it('keeps the feed newest first without day headings when the agenda is not chosen', async () => {
    const html = await page('/wijk/vogelbuurt')
    expect(html).not.toContain('<div class="day">')
    expect(html).not.toContain('<h3>')
    const titles = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map(([, title]) => title)
    expect(titles.slice(0, 3)).toEqual(['Wie doet een boodschap voor mij?', 'Handige buurman helpt met klusjes', 'Nieuwe bankjes in het park'])
    expect(titles).toContain('Schilderen voor beginners')
  })
})
