import { describe, expect, it } from 'vitest'
import { feedAdapter } from '../../adapters/feed/index.ts'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import { fixture, inlineDocument, runAsync } from './run-adapter.ts'

const SHARED = '../../../shared/fixtures/'
const OWN = '../fixtures/feeds/'

describe('feed adapter: Drupal RSS in windows-1252', async () => {
  const { drafts, items, output } = await runAsync(feedAdapter, fixture(`${SHARED}feeds/buurtsite-drupal.rss`, 'https://buurtsite-voorbeeld.nl/rss.xml'))

  it('reads titles, absolute links and dates', () => {
    expect(items.map((item) => item.title)).toEqual(['Buurtcafé op vrijdag weer open', 'Gezocht: vrijwilligers voor de kerstmarkt'])
    expect(items.map((item) => item.url)).toEqual([
      'https://buurtsite-voorbeeld.nl/nieuws/buurtcafe-weer-open',
      'https://buurtsite-voorbeeld.nl/agenda/kerstmarkt-2026',
    ])
    expect(items.map((item) => item.publishedAt)).toEqual(['2026-11-02T09:30:00+01:00', '2026-11-01T20:15:00+01:00'])
    expect(items.map((item) => item.updatedAt)).toEqual([null, null])
  })

  it('keeps guid, author and categories in the drafts', () => {
    expect(drafts.map((draft) => draft.externalId)).toEqual(['412 at https://buurtsite-voorbeeld.nl', '409 at https://buurtsite-voorbeeld.nl'])
    expect(drafts[0]?.author).toBe('Redactie')
    expect(drafts.map((draft) => draft.sourceCategories)).toEqual([[], ['Vrijwilligers']])
  })

  it('drops the script and masks the e-mail address', () => {
    expect(output).not.toContain('<script')
    expect(output).not.toContain('alert(1)')
    expect(output).not.toContain('jose@example.org')
    expect(output).not.toContain('mailto:')
    expect(items[1]?.bodyHtml).toBe('<p>Wie helpt er mee met opbouwen op zaterdag 12 december? Meld je aan bij José: [e-mail verborgen].</p>')
  })

  it('resolves the image against xml:base', () => {
    expect(items[0]?.bodyHtml).toContain('<img src="https://buurtsite-voorbeeld.nl/sites/default/files/cafe.jpg" alt="café" />')
  })

  it('classifies from the text: the reopened buurtcafé is an activity, the call for volunteers a request', () => {
    expect(items.map((item) => [item.kind, item.categories[0]])).toEqual([['event', 'gezelschap'], ['request', 'buurt']])
  })

  it('prefers xml:base over a file URL for relative links', async () => {
    const local = await runAsync(feedAdapter, fixture(`${SHARED}feeds/buurtsite-drupal.rss`, 'file:///tmp/buurtsite-drupal.rss'))
    expect(local.items[1]?.url).toBe('https://buurtsite-voorbeeld.nl/agenda/kerstmarkt-2026')
  })
})

describe('feed adapter: plain windows-1252 RSS', () => {
  it('decodes the title', async () => {
    const { items } = await runAsync(feedAdapter, fixture(`${SHARED}feeds/cp1252-plain.rss`, 'https://buurtsite-voorbeeld.nl/rss.xml'))
    expect(items.map((item) => item.title)).toEqual(['Café De Hoek zoekt vrijwilligers – iedereen welkom'])
    expect(items[0]?.publishedAt).toBe('2026-11-03T12:00:00+01:00')
  })
})

describe('feed adapter: Gebiedonline Atom with hostile markup', async () => {
  const { items, output } = await runAsync(feedAdapter, fixture(`${SHARED}feeds/gebiedonline-agenda.atom`, 'https://hallovoorbeeldwijk.nl/rss'))

  it('decodes the double-escaped html title', () => {
    expect(items.map((item) => item.title)).toEqual(['Koffieochtend & kennismaken', 'Gratis af te halen: kledingkast'])
  })

  it('resolves the relative alternate link and takes the plain link', () => {
    expect(items.map((item) => item.url)).toEqual(['https://hallovoorbeeldwijk.nl/agenda/1881-koffieochtend', 'https://hallovoorbeeldwijk.nl/prikbord/772'])
  })

  it('reads published and updated, and invents neither', () => {
    expect(items.map((item) => [item.publishedAt, item.updatedAt])).toEqual([
      ['2026-11-04T09:00:00+01:00', '2026-11-04T09:30:00+01:00'],
      [null, '2026-11-03T18:12:00+01:00'],
    ])
  })

  it('uses the summary as body when there is no content', () => {
    expect(items[0]?.bodyHtml).toBe('<p>Zaterdag 14 november, 10:00–12:00 uur in de Huiskamer van de Wijk.</p>')
  })

  it('keeps the xhtml content without the javascript: link and onerror', () => {
    expect(output).not.toContain('javascript:')
    expect(output).not.toContain('onerror')
    expect(items[1]?.bodyHtml).toBe('<p>Grenen kledingkast, 2 deuren. Foto <img src="https://hallovoorbeeldwijk.nl/x" /></p>')
    expect(items[1]?.kind).toBe('offer')
  })
})

describe('feed adapter: Mobilizon Atom', () => {
  it('reads the event entry', async () => {
    const { items } = await runAsync(feedAdapter, fixture(`${SHARED}mobilizon/group-feed.atom`, 'https://mobilizon.example.nl/@groenoost/feed/atom'))
    expect(items).toHaveLength(1)
    expect(items[0]).toMatchObject({
      title: 'Bomen planten in het Oosterpark',
      url: 'https://mobilizon.example.nl/events/2f0c1a8e-6c0e-4d52-9c1e-5b2f1f8a7d11',
      publishedAt: '2026-11-01T13:00:00+01:00',
      updatedAt: '2026-11-05T09:00:00+01:00',
      bodyHtml: '<p>Zaterdag 28 november om 10:00 planten we 30 bomen. Schep meenemen!</p>',
      categories: ['tuin'],
    })
  })
})

describe('feed adapter: RSS 1.0 (RDF)', async () => {
  const { drafts, items } = await runAsync(feedAdapter, fixture(`${OWN}rss1.rdf`, 'https://bibliotheek-voorbeeld.nl/nieuws.rdf'))

  it('reads the items beside the channel', () => {
    expect(items.map((item) => item.title)).toEqual(['Digicafé: hulp bij uw telefoon en DigiD', 'Taalcafé voor nieuwe Nederlanders'])
    expect(items.map((item) => item.url)).toEqual(['https://bibliotheek-voorbeeld.nl/nieuws/digicafe', 'https://bibliotheek-voorbeeld.nl/nieuws/taalcafe'])
    expect(items.map((item) => item.publishedAt)).toEqual(['2026-10-28T10:00:00+01:00', '2026-10-30T15:00:00+01:00'])
  })

  it('takes rdf:about as id, dc:creator as author, dc:subject as category', () => {
    expect(drafts[0]).toMatchObject({
      externalId: 'https://bibliotheek-voorbeeld.nl/nieuws/digicafe',
      author: 'Marieke',
      sourceCategories: ['Digitale vaardigheden'],
    })
  })

  it('uses content:encoded as body and the description as summary', () => {
    expect(items[0]?.bodyHtml).toBe(
      '<p>Elke dinsdag helpen vrijwilligers met uw <strong>laptop</strong> of tablet. Bel vooraf: [telefoonnummer verborgen].</p>'
      + '<p><a href="https://bibliotheek-voorbeeld.nl/digicafe" rel="nofollow noopener ugc">Meer informatie</a></p>',
    )
    expect(items[0]?.summary).toBe('Elke dinsdag helpen vrijwilligers met uw laptop of tablet.')
    expect(items.map((item) => item.categories[0])).toEqual(['digitaal', 'taal-administratie'])
  })
})

describe('feed adapter: JSON Feed', async () => {
  const url = 'https://buurtkrant-oost.nl/feed.json'

  it.each([
    ['by content type', 'application/feed+json'],
    ['by its content', null],
  ])('is recognised %s', async (_, contentType) => {
    const { items } = await runAsync(feedAdapter, fixture(`${OWN}json-feed.json`, url, contentType))
    expect(items).toHaveLength(2)
  })

  const { drafts, items, output } = await runAsync(feedAdapter, fixture(`${OWN}json-feed.json`, url))

  it('reads an HTML item', () => {
    expect(items[0]).toMatchObject({
      title: 'Wie kan onze hond uitlaten?',
      url: 'https://buurtkrant-oost.nl/2026/11/hondenuitlaatservice',
      publishedAt: '2026-11-05T08:15:00+01:00',
      updatedAt: '2026-11-05T09:00:00+01:00',
      kind: 'request',
      categories: ['dieren'],
    })
    expect(items[0]?.bodyHtml).toContain('<img src="https://buurtkrant-oost.nl/img/bello.jpg" alt="Bello" />')
    expect(drafts[0]).toMatchObject({ author: 'Familie Jansen', sourceCategories: ['Huisdieren'], externalId: 'https://buurtkrant-oost.nl/2026/11/hondenuitlaatservice' })
  })

  it('reads a text item without title or date', () => {
    expect(items[1]).toMatchObject({
      title: 'Snoeiafval ophalen op zaterdag',
      url: 'https://gemeente-voorbeeld.nl/nieuws/snoeiafval',
      publishedAt: null,
      bodyHtml: '<p>Snoeiafval ophalen op zaterdag.</p><p>Zet het bij de container. Betalen kan op [IBAN verborgen].</p>',
    })
    expect(drafts[1]?.externalId).toBe('1002')
  })

  it('masks contact data', () => {
    expect(output).not.toMatch(/06 1234 5678|fam\.jansen@example\.org|NL91/)
  })
})

describe('feed adapter: RSS without dates, titles or links', async () => {
  const { drafts, items } = await runAsync(feedAdapter, fixture(`${OWN}no-dates.rss`, 'https://buurthuisdelinde.nl/prikbord/rss'))

  it('leaves every date null', () => {
    expect(items.flatMap((item) => [item.publishedAt, item.updatedAt, item.startsAt])).toEqual(Array(9).fill(null))
  })

  it('resolves relative links against the channel link', () => {
    expect(items[0]?.url).toBe('https://buurthuisdelinde.nl/prikbord/boormachine')
  })

  it('keeps only the name of an RSS author', () => {
    expect(drafts[0]?.author).toBe('Jan')
  })

  it('derives a title from the body and falls back to the source url', () => {
    expect(items[1]).toMatchObject({ title: 'Mijn kat Minoes is sinds gisteren weg', url: 'https://buurthuisdelinde.nl/prikbord/rss', kind: 'request' })
  })

  it('uses a permalink guid as the link', () => {
    expect(items[2]?.url).toBe('https://buurthuisdelinde.nl/prikbord/nacht')
  })

  it('gives distinct, stable ids', async () => {
    const again = (await runAsync(feedAdapter, fixture(`${OWN}no-dates.rss`, 'https://buurthuisdelinde.nl/prikbord/rss'))).items
    expect(new Set(items.map((item) => item.id)).size).toBe(3)
    expect(again.map((item) => item.id)).toEqual(items.map((item) => item.id))
  })
})

describe('feed adapter: Atom with xml:base', async () => {
  const { drafts, items } = await runAsync(feedAdapter, fixture(`${OWN}xml-base.atom`, 'https://wijkkrant-voorbeeld.nl/feeds/noord.atom'))

  it('prefers the text/html alternate link, resolved against nested xml:base', () => {
    expect(items.map((item) => item.url)).toEqual([
      'https://wijkkrant-voorbeeld.nl/noord/artikelen/opruimactie',
      'https://wijkkrant-voorbeeld.nl/noord/speeltuin',
      'https://wijkkrant-voorbeeld.nl/noord/tekst',
    ])
  })

  it('resolves links in the content against the entry base', () => {
    expect(items[0]?.bodyHtml).toBe(
      '<p>Samen maken we het park schoon. <img src="https://wijkkrant-voorbeeld.nl/noord/img/park.jpg" alt="park" /> '
      + '<a href="https://kaart.example.nl/noordpark" rel="nofollow noopener ugc">Kaart</a></p>',
    )
  })

  it('keeps a text title literally', () => {
    expect(items[0]?.title).toBe('Opruimactie <Noordpark> zaterdag')
  })

  it('reads category labels or terms and the feed author', () => {
    expect(drafts[0]).toMatchObject({ sourceCategories: ['Buurt & omgeving', 'zwerfafval'], author: 'Redactie Wijkkrant' })
    expect(items[0]?.categories[0]).toBe('buurt')
  })

  it('uses the summary when the content is out of line', () => {
    expect(items[1]?.bodyHtml).toBe('<p>De gemeente plaatst een nieuwe speeltuin &amp; bankjes.</p>')
  })

  it('escapes text content', () => {
    expect(items[2]?.bodyHtml).toBe('<p>Regel 1 met 3 &lt; 4.</p><p>Regel 2.</p>')
  })
})

describe('feed adapter: xml:base in RSS', async () => {
  const rss = '<rss version="2.0" xml:base="https://buurtsite-voorbeeld.nl/wijk/"><channel><link>https://elders.example.nl/</link>'
    + '<item><title>Eén</title><link>een</link><description>&lt;img src="foto.jpg"&gt;</description></item>'
    + '<item xml:base="agenda/"><title>Twee</title><link>twee</link><category domain="tags">Agenda</category></item>'
    + '</channel></rss>'
  const { drafts, items } = await runAsync(feedAdapter, inlineDocument(rss, 'file:///tmp/wijk.rss'))

  it('resolves against the root and item xml:base before the channel link', () => {
    expect(items.map((item) => item.url)).toEqual(['https://buurtsite-voorbeeld.nl/wijk/een', 'https://buurtsite-voorbeeld.nl/wijk/agenda/twee'])
    expect(items[0]?.bodyHtml).toBe('<img src="https://buurtsite-voorbeeld.nl/wijk/foto.jpg" />')
  })

  it('reads a category with attributes', () => {
    expect(drafts[1]?.sourceCategories).toEqual(['Agenda'])
  })
})

describe('feed adapter: Atom xhtml with a prefix', async () => {
  const atom = '<feed xmlns="http://www.w3.org/2005/Atom" xmlns:h="http://www.w3.org/1999/xhtml">'
    + '<entry><title>Eerste</title><content type="html">&lt;p&gt;Gewoon&lt;/p&gt;</content></entry>'
    + '<entry><title type="xhtml"><h:div>Fietsen <h:b>repareren</h:b> &amp; meer</h:div></title>'
    + '<content type="xhtml"><h:div><h:p>Zaterdag <h:b>10:00</h:b> in de <h:a href="werkplaats">werkplaats</h:a><![CDATA[ <gratis> ]]></h:p><!-- x --></h:div></content></entry>'
    + '</feed>'
  const { items } = await runAsync(feedAdapter, inlineDocument(atom, 'https://wijkkrant-voorbeeld.nl/noord/feed.atom'))

  it('keeps the order of text and elements of the right entry', () => {
    expect(items.map((item) => item.title)).toEqual(['Eerste', 'Fietsen repareren & meer'])
    expect(items[0]?.bodyHtml).toBe('<p>Gewoon</p>')
    expect(items[1]?.bodyHtml).toBe(
      '<p>Zaterdag <b>10:00</b> in de <a href="https://wijkkrant-voorbeeld.nl/noord/werkplaats" rel="nofollow noopener ugc">werkplaats</a> &lt;gratis&gt; </p>',
    )
  })
})

describe('feed adapter: config', () => {
  it('overrides kind and categories', async () => {
    const { items, normalised } = await runAsync(feedAdapter, fixture(`${SHARED}mobilizon/group-feed.atom`, 'https://mobilizon.example.nl/@groenoost/feed/atom'), {
      config: { kind: 'event', categories: ['buurt'] },
    })
    expect(items.map((item) => [item.kind, item.categories])).toEqual([['event', ['buurt']]])
    expect(normalised[0]?.classifiedBy).toBe('source')
  })

  it.each([
    [{ kind: 'agenda' }],
    [{ categories: [] }],
    [{ categories: ['feestjes'] }],
    [{ kinds: 'event' }],
  ])('rejects %j', (config) => {
    expect(feedAdapter.configSchema.safeParse(config).success).toBe(false)
  })

  it('plans one request for the source URL', () => {
    const requests = feedAdapter.plan({ url: 'https://buurtsite-voorbeeld.nl/rss.xml', config: {} })
    expect(requests.map((request) => request.url)).toEqual(['https://buurtsite-voorbeeld.nl/rss.xml'])
  })
})

describe('feed adapter: documents it cannot read', () => {
  const url = 'https://buurtsite-voorbeeld.nl/rss.xml'
  const parse = (text: string, contentType: string | null = null) =>
    feedAdapter.parse(inlineDocument(text, url, contentType), { config: {}, request: { url }, source: { id: 's', name: 's', url }, now: new Date() })

  it('reports a truncated feed with its position', async () => {
    const document = fixture(`${OWN}truncated.rss`, url)
    const read = () => feedAdapter.parse(document, { config: {}, request: { url }, source: { id: 's', name: 's', url }, now: new Date() })
    await expect(read()).rejects.toThrow(DocumentParseError)
    await expect(read()).rejects.toThrow(/^not well-formed XML: .* at line 6, column \d+$/)
  })

  it.each([
    ['an HTML page', '<html><body><p>Hallo</p></body></html>', null, /not a feed: the root element is <html>/],
    ['an empty document', '', null, /empty document/],
    ['text', 'Service Unavailable', null, /not well-formed XML/],
    ['broken JSON', '{"version": ', 'application/json', /not valid JSON/],
    ['other JSON', '{"data": []}', null, /not a JSON Feed/],
    ['a JSON Feed with wrong types', '{"version": "https://jsonfeed.org/version/1.1", "items": [{"title": 3}]}', null, /not a JSON Feed: .*items\[0\]\.title/],
    ['an RSS without a channel', '<rss version="2.0"></rss>', null, /without a <channel>/],
    ['an RDF without a channel', '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#"><item/></rdf:RDF>', null, /without a <channel>/],
    ['an Atom entry rss-parser cannot map', '<feed xmlns="http://www.w3.org/2005/Atom"><entry><link>https://x.nl/</link></entry></feed>', null, /^rss-parser cannot read the feed: /],
  ])('rejects %s', async (_, text, contentType, message) => {
    await expect(parse(text, contentType)).rejects.toThrow(DocumentParseError)
    await expect(parse(text, contentType)).rejects.toThrow(message)
  })
})
