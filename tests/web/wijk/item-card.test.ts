import { describe, expect, it } from 'vitest'
import type { Item } from '../../../src/domain/item.ts'
import { ItemCard } from '../../../src/web/item-card.tsx'

const NOW = new Date('2026-11-10T12:00:00+01:00')

function item(fields: Partial<Item>): Item {
  return {
    id: 'src_nlve:81234',
    kind: 'request',
    categories: ['dieren'],
    title: 'Hond uitlaten gezocht',
    summary: 'Wie kan overdag een rondje lopen met mijn labrador?',
    bodyHtml: '<p>Wie kan overdag een rondje lopen met mijn labrador?</p>',
    url: 'https://www.nlvoorelkaar.nl/hulpvragen/81234',
    platform: 'nlvoorelkaar',
    source: { id: 'src_nlve', name: 'NLvoorElkaar Amsterdam', url: 'https://www.nlvoorelkaar.nl' },
    wijk: { slug: 'vogelbuurt', name: 'Vogelbuurt' },
    location: null,
    startsAt: null,
    endsAt: null,
    allDay: false,
    publishedAt: '2026-11-07T08:00:00+01:00',
    updatedAt: null,
    expiresAt: null,
    status: 'open',
    cluster: 'src_nlve:81234',
    alsoOn: [],
    reactions: null,
    followUp: null,
    ...fields,
  }
}

const render = (fields: Partial<Item>, headingLevel?: 2 | 3) => ItemCard({ item: item(fields), now: NOW, headingLevel }).toString()
/** The visible text, tags left out and spaces collapsed. */
const textOf = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim()
const button = (html: string) => /<a class="respond" href="([^"]+)" rel="noopener">([^<]+)<\/a>/.exec(html)?.slice(1)

const agenda = { id: 'src_kolibrie', name: 'Agenda Buurthuis De Kolibrie', url: 'https://dekolibrie.nl/agenda' }

describe('the button to the source', () => {
  it.each([
    ['a request on NLvoorElkaar', { kind: 'request' }, 'Reageer op NLvoorElkaar'],
    ['an offer on mijnbuurtje', { kind: 'offer', platform: 'mijnbuurtje' }, 'Reageer op mijnbuurtje.nl'],
    ['an offer from a feed: the source, not "nieuwsfeed"', { kind: 'offer', platform: 'feed', source: { ...agenda, name: 'Buurtsite Vogelbuurt' } }, 'Reageer op Buurtsite Vogelbuurt'],
    ['an event from an iCalendar agenda', { kind: 'event', platform: 'ical', source: agenda }, 'Aanmelden of meer info op Agenda Buurthuis De Kolibrie'],
    ['an event on Mobilizon', { kind: 'event', platform: 'mobilizon' }, 'Aanmelden of meer info op Mobilizon'],
    ['news from a platform without a name of ours', { kind: 'info', platform: 'wordpress', source: { ...agenda, name: 'Wijkraad Vogelbuurt' } }, 'Lees verder op Wijkraad Vogelbuurt'],
    ['a closed offer', { kind: 'offer', status: 'closed' }, 'Bekijk op NLvoorElkaar'],
  ] as const)('for %s says "%s"', (_, fields, text) => {
    expect(button(render(fields))).toEqual([item(fields).url, text])
  })
})

describe('an item card', () => {
  it('says what it is, how long ago and where it was posted', () => {
    const text = textOf(render({}))
    expect(text).toContain('Hulpvraag Hond uitlaten gezocht Wie kan overdag een rondje lopen met mijn labrador?')
    expect(text).toContain('Geplaatst 3 dagen geleden op NLvoorElkaar Amsterdam (NLvoorElkaar)')
    expect(render({})).toContain('<time datetime="2026-11-07T08:00:00+01:00">3 dagen geleden</time>')
  })

  it('names a source on a feed by its own name, and says nothing of an unknown publication date', () => {
    const text = textOf(render({ kind: 'event', platform: 'feed', source: agenda, publishedAt: null, startsAt: '2026-11-14T13:00:00+01:00' }))
    expect(text).toContain('Wanneer za 14 nov, 13:00 Geplaatst op Agenda Buurthuis De Kolibrie Aanmelden')
    expect(text).not.toContain('nieuwsfeed')
  })

  it.each([
    ['an event that is over', { kind: 'event', startsAt: '2026-11-03T17:00:00+01:00', endsAt: '2026-11-03T19:00:00+01:00', status: 'closed' }, 'Afgelopen'],
    ['a request past its end date', { status: 'closed', expiresAt: '2026-11-01T00:00:00+01:00', followUp: 'expired' }, 'Verlopen'],
    ['an offer its source closed', { kind: 'offer', status: 'closed' }, 'Gesloten'],
    ['a cancelled event still to come', { kind: 'event', startsAt: '2026-11-14T13:00:00+01:00', status: 'closed' }, 'Gesloten'],
  ] as const)('marks %s "%s", in words', (_, fields, label) => {
    const html = render(fields)
    expect(html).toContain(`<span class="label label-closed">${label}</span>`)
    expect(html).toContain('<article class="item is-closed">')
  })

  it('marks nothing on an open item', () => {
    expect(render({})).not.toContain('label-closed')
  })

  it('links the same post on other platforms', () => {
    const html = render({
      alsoOn: [
        { platform: 'facebook', url: 'https://www.facebook.com/groups/prikbordvogelbuurt/posts/1', sourceName: 'Prikbord Vogelbuurt' },
        { platform: 'feed', url: 'https://vogelbuurt.nl/nieuws/hond', sourceName: 'Wijkkrant Vogelbuurt' },
      ],
    })
    expect(html).toContain(
      '<p class="also-on">Ook op: <a href="https://www.facebook.com/groups/prikbordvogelbuurt/posts/1" rel="noopener">Prikbord Vogelbuurt (Facebook)</a>' +
        ', <a href="https://vogelbuurt.nl/nieuws/hond" rel="noopener">Wijkkrant Vogelbuurt</a></p>',
    )
  })

  it('is a level 2 heading by default and level 3 under a day of the agenda', () => {
    expect(render({})).toContain('<h2>Hond uitlaten gezocht</h2>')
    expect(render({}, 3)).toContain('<h3>Hond uitlaten gezocht</h3>')
  })

  it('escapes what the source wrote', () => {
    const html = render({ title: 'Gratis <script>alert(1)</script>', summary: '<img src=x onerror=alert(1)>' })
    expect(html).not.toMatch(/<script|<img/)
    expect(html).toContain('Gratis &lt;script&gt;')
  })
})
