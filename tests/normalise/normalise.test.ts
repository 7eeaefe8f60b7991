import { describe, expect, it } from 'vitest'
import { itemSchema } from '../../src/domain/item.ts'
import type { ItemDraft } from '../../src/domain/item.ts'
import { contentHash } from '../../src/normalise/ids.ts'
import { normaliseDraft } from '../../src/normalise/normalise.ts'
import type { NormaliseContext } from '../../src/normalise/normalise.ts'

const ctx: NormaliseContext = {
  source: { id: 'src-1', name: 'Prikbord Vogelbuurt', url: 'https://buurt.example.nl/prikbord' },
  platform: 'feed',
  documentUrl: 'https://buurt.example.nl/prikbord/feed.xml',
  wijk: { slug: 'vogelbuurt', name: 'Vogelbuurt' },
  now: new Date('2026-11-10T12:00:00+01:00'),
}

const normalise = (draft: ItemDraft) => normaliseDraft(draft, ctx)

describe('normaliseDraft', () => {
  it('turns a full draft into a valid item', () => {
    const { item, classifiedBy, bodyText, sourceCategories } = normalise({
      externalId: '42',
      url: '/prikbord/42',
      title: '  Boormachine\n te leen ',
      bodyHtml: '<p onclick="x()">Bel 06-12345678.</p><script>alert(1)</script><p><a href="/klus">Meer</a></p>',
      kind: 'offer',
      categories: ['spullen', 'klussen'],
      sourceCategories: [' Gereedschap ', 'Gereedschap', ''],
      location: { name: 'Buurthuis', address: 'Kerkstraat 2', postcode: '3572 CD', lat: 52.09, lon: 5.12 },
      publishedAt: 'Mon, 02 Nov 2026 09:30:00 +0100',
      updatedAt: new Date('2026-11-03T10:00:00Z'),
      expiresAt: '2026-12-01',
      status: 'closed',
    })
    expect(itemSchema.parse(item)).toEqual(item)
    expect(item).toMatchObject({
      kind: 'offer',
      categories: ['spullen', 'klussen'],
      title: 'Boormachine te leen',
      summary: 'Bel [telefoonnummer verborgen]. Meer',
      bodyHtml: '<p>Bel [telefoonnummer verborgen].</p><p><a href="https://buurt.example.nl/klus" rel="nofollow noopener ugc">Meer</a></p>',
      url: 'https://buurt.example.nl/prikbord/42',
      platform: 'feed',
      source: ctx.source,
      wijk: ctx.wijk,
      location: { name: 'Buurthuis', address: 'Kerkstraat 2', postcode: '3572 CD', lat: 52.09, lon: 5.12 },
      startsAt: null,
      endsAt: null,
      allDay: false,
      publishedAt: '2026-11-02T09:30:00+01:00',
      updatedAt: '2026-11-03T11:00:00+01:00',
      expiresAt: '2026-12-01T00:00:00+01:00',
      status: 'closed',
      alsoOn: [],
    })
    expect(item.id).toMatch(/^[0-9a-f]{20}$/)
    expect(classifiedBy).toBe('source')
    expect(bodyText).toBe('Bel [telefoonnummer verborgen].\n\nMeer')
    expect(sourceCategories).toEqual(['Gereedschap'])
  })

  it.each<[string, ItemDraft]>([
    ['an empty draft', {}],
    ['only a title', { title: 'Alleen een titel' }],
    ['only plain text', { bodyText: 'Mijn kat is weg.' }],
    ['only a summary', { summary: '<b>Kort</b> bericht' }],
    ['an event', { title: 'Repair Café', startsAt: '2026-11-14T13:00:00', endsAt: '2026-11-14T16:00:00', kind: 'event' }],
    ['an all-day event', { title: 'Sinterklaas', startsAt: '2026-12-05', allDay: true }],
    ['unreadable dates', { title: 'x', startsAt: 'binnenkort', publishedAt: 'gisteren' }],
    ['a very long body', { bodyText: 'woord '.repeat(500) }],
    ['an empty location', { title: 'x', location: { name: ' ', address: '' } }],
  ])('gives a valid item for %s', (_, draft) => {
    const { item } = normalise(draft)
    expect(itemSchema.safeParse(item).success).toBe(true)
    expect(item.url).not.toBe('')
    expect(item.title).not.toBe('')
  })

  it('derives a masked title from the first sentence of the body when there is none', () => {
    const { item } = normalise({ bodyText: 'Bel 06-12345678 als je mijn kat ziet. Ze is zwart met witte pootjes.' })
    expect(item.title).toBe('Bel [telefoonnummer verborgen] als je mijn kat ziet')
  })

  it('keeps derived titles and summaries short', () => {
    const { item } = normalise({ bodyText: 'lang '.repeat(400) })
    expect(item.title.length).toBeLessThanOrEqual(100)
    expect(item.summary.length).toBeLessThanOrEqual(300)
    expect(item.summary.endsWith('…')).toBe(true)
  })

  it('falls back to the source name for a title when there is no text at all', () => {
    expect(normalise({}).item.title).toBe('Prikbord Vogelbuurt')
  })

  it('masks contact data in the title, summary and location', () => {
    const { item } = normalise({
      title: 'Mail jan@example.org',
      summary: 'IBAN NL91ABNA0417164300',
      bodyText: 'Tekst',
      location: { name: 'Bij Jan, 06-12345678', address: 'jan@example.org' },
    })
    expect(item.title).toBe('Mail [e-mail verborgen]')
    expect(item.summary).toBe('IBAN [IBAN verborgen]')
    expect(item.location).toEqual({ name: 'Bij Jan, [telefoonnummer verborgen]', address: '[e-mail verborgen]' })
  })

  it('masks contact data split over inline tags by falling back to the masked plain text', () => {
    const { item, bodyText } = normalise({ title: 'Oppas gezocht', bodyHtml: '<p>Bel <b>06</b>-12345678 of mail <i>jan</i>@voorbeeld.nl</p>' })
    expect(item.bodyHtml).not.toMatch(/12345678|voorbeeld\.nl/)
    expect(item.bodyHtml).toContain('[telefoonnummer verborgen]')
    expect(bodyText).toContain('[telefoonnummer verborgen]')
  })

  it('keeps the sanitised HTML when nothing crosses a tag', () => {
    expect(normalise({ title: 't', bodyHtml: '<p>Bel <b>nu</b> 06-12345678</p>' }).item.bodyHtml).toContain('<b>nu</b>')
  })

  it('refuses a body nested absurdly deep instead of stalling on it', () => {
    expect(() => normalise({ title: 't', bodyHtml: '<div>'.repeat(50_000) })).toThrow(/nests elements more than 1000 deep/)
    expect(normalise({ title: 't', bodyHtml: '<div>'.repeat(50) + 'diep' }).bodyText).toBe('diep')
  })

  it('escapes and paragraphs plain text bodies', () => {
    const { item } = normalise({ title: 't', bodyText: 'Regel <1>\nregel 2\n\nAlinea 2' })
    expect(item.bodyHtml).toBe('<p>Regel &lt;1&gt;<br />regel 2</p><p>Alinea 2</p>')
  })

  it('uses the summary the source gives over the body', () => {
    expect(normalise({ title: 't', summary: '<p>Kort &amp; goed</p>', bodyText: 'Lang verhaal.' }).item.summary).toBe('Kort & goed')
  })

  it.each([
    ['a relative url is resolved against the document', '../42', 'https://buurt.example.nl/42'],
    ['a javascript: url falls back to the source', 'javascript:alert(1)', 'https://buurt.example.nl/prikbord'],
    ['a mailto: url falls back to the source', 'mailto:jan@example.org', 'https://buurt.example.nl/prikbord'],
    ['a missing url falls back to the source', undefined, 'https://buurt.example.nl/prikbord'],
    ['a url with contact data falls back to the source', 'https://x.nl/contact?mail=kees@example.nl&tel=0612345678', 'https://buurt.example.nl/prikbord'],
    ['a wa.me url falls back to the source', 'https://wa.me/31612345678', 'https://buurt.example.nl/prikbord'],
    ['a url with a numeric id stays', '/hulpvragen/123456', 'https://buurt.example.nl/hulpvragen/123456'],
  ])('%s', (_, url, expected) => {
    expect(normalise({ title: 't', url }).item.url).toBe(expected)
  })

  it('never invents dates', () => {
    const { item } = normalise({ title: 't', publishedAt: 'gisteren' })
    expect([item.startsAt, item.endsAt, item.publishedAt, item.updatedAt, item.expiresAt]).toEqual([null, null, null, null, null])
  })

  it('reads floating and all-day dates in Amsterdam time', () => {
    const event = normalise({ title: 'Repair Café', startsAt: '2026-11-14T13:00:00', endsAt: '2026-11-14T16:00:00' }).item
    expect([event.startsAt, event.endsAt, event.allDay]).toEqual(['2026-11-14T13:00:00+01:00', '2026-11-14T16:00:00+01:00', false])
    const allDay = normalise({ title: 'Sinterklaas', startsAt: '2026-12-05', allDay: true }).item
    expect([allDay.startsAt, allDay.allDay]).toEqual(['2026-12-05T00:00:00+01:00', true])
  })

  it('defaults the status to open', () => {
    expect(normalise({ title: 't' }).item.status).toBe('open')
  })

  it.each<[string, ItemDraft, string, string[], 'source' | 'text']>([
    ['both from the draft', { title: 'Wie kan helpen?', kind: 'offer', categories: ['tuin'] }, 'offer', ['tuin'], 'source'],
    ['kind from the draft, categories from the text', { title: 'Hond uitlaten', kind: 'offer' }, 'offer', ['dieren'], 'text'],
    ['both from the text', { title: 'Wie kan mijn hond uitlaten?' }, 'request', ['dieren'], 'text'],
    ['an event by its date', { title: 'Bingo', startsAt: '2026-11-20T20:00:00' }, 'event', ['gezelschap'], 'text'],
    ['source categories mapped', { title: 'Bericht', sourceCategories: ['Tuin & groen'] }, 'info', ['tuin'], 'text'],
    ['overig when nothing fits', { title: 'Bericht' }, 'info', ['overig'], 'text'],
  ])('classifies %s', (_, draft, kind, categories, classifiedBy) => {
    const result = normalise(draft)
    expect(result.item.kind).toBe(kind)
    expect(result.item.categories).toEqual(categories)
    expect(result.classifiedBy).toBe(classifiedBy)
  })

  it('dates an activity from its text when the platform gives no date, relative to its publication', () => {
    const { item } = normalise({
      bodyText: 'Zaterdag 14 maart van 13.00 tot 16.00 uur is er weer Repair Café in buurthuis De Linde. Neem je kapotte spullen mee!',
      publishedAt: '2026-03-10T09:00:00+01:00',
    })
    expect([item.kind, item.startsAt, item.endsAt, item.allDay]).toEqual(['event', '2026-03-14T13:00:00+01:00', '2026-03-14T16:00:00+01:00', false])
  })

  it('dates an undated post from when it was first seen, so a later read does not move it to next week', () => {
    const draft: ItemDraft = { bodyText: 'Zaterdag om 10 uur koffieochtend in De Linde, iedereen welkom!' }
    const firstRead = normaliseDraft(draft, { ...ctx, now: new Date('2026-11-10T12:00:00+01:00') }).item
    const laterRead = normaliseDraft(draft, { ...ctx, now: new Date('2026-11-20T12:00:00+01:00'), firstSeenAt: () => new Date('2026-11-10T12:00:00+01:00') }).item
    expect(firstRead.startsAt).toBe('2026-11-14T10:00:00+01:00')
    expect(laterRead.startsAt).toBe('2026-11-14T10:00:00+01:00')
    expect(laterRead.publishedAt).toBeNull()
  })

  it('keeps the date the platform gives over one in the text', () => {
    const { item } = normalise({ title: 'Buurtcafé', bodyText: 'Zaterdag 14 maart om 15.00 uur', startsAt: '2026-03-21T15:00:00', publishedAt: '2026-03-10T09:00:00+01:00' })
    expect(item.startsAt).toBe('2026-03-21T15:00:00+01:00')
  })

  it('gives the same id to the same post and a content hash of the item', () => {
    const draft: ItemDraft = { title: 'Kat gezien?', bodyText: 'Zwart met witte pootjes.' }
    const one = normalise(draft)
    expect(normalise(draft).item.id).toBe(one.item.id)
    expect(normalise({ ...draft, bodyText: 'Rood.' }).item.id).not.toBe(one.item.id)
    expect(one.contentHash).toBe(contentHash(one.item))
  })

  it('identifies a post by its own url, not by the source url it falls back to', () => {
    const first = normalise({ title: 'Een' }).item
    const second = normalise({ title: 'Twee' }).item
    expect(first.url).toBe(second.url)
    expect(first.id).not.toBe(second.id)
  })
})
