import { describe, expect, it } from 'vitest'
import { repairDoubleEncoding } from '../../adapters/facebook-export/double-encoding.ts'
import { facebookExportAdapter } from '../../adapters/facebook-export/index.ts'
import { readPostTitle } from '../../adapters/facebook-export/post-title.ts'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import { fixture, inlineDocument, run } from './run-adapter.ts'

const SHARED = '../../../shared/fixtures/facebook/'
const OWN = '../fixtures/facebook-export/'
// An upload: the runtime hands the adapter the source's site URL, the group residents are sent to.
const GROUP_URL = 'https://www.facebook.com/groups/prikbordvogelbuurt'

const latin1View = (text: string) => Buffer.from(text, 'utf8').toString('latin1')

describe('facebook-export adapter: your_posts_in_groups.json', () => {
  const { drafts, items, output } = run(facebookExportAdapter, fixture(`${SHARED}your_posts_in_groups.json`, GROUP_URL))

  it('reads every post, titled from its text', () => {
    expect(items.map((item) => item.title)).toEqual([
      'Wie kan mij donderdag naar de fysiotherapeut brengen?',
      'Gratis af te halen: tweepersoons matras, 140x200, nauwelijks gebruikt',
      'Zaterdag is er weer het buurtcafé in De Nachtegaal, vanaf 15.00 uur',
      'Ik doe morgen boodschappen bij de Jumbo, heeft iemand in de Vogelbuurt iets nodig?',
    ])
  })

  it('dates posts from their unix timestamps in Amsterdam time', () => {
    expect(items.map((item) => item.publishedAt)).toEqual([
      '2026-11-04T11:00:00+01:00',
      '2026-11-03T11:00:00+01:00',
      '2026-11-02T07:13:20+01:00',
      '2026-11-01T03:26:40+01:00',
    ])
    expect(items.map((item) => item.updatedAt)).toEqual([null, null, null, null])
  })

  it('links every post back to the group', () => {
    expect(items.map((item) => item.url)).toEqual(Array(4).fill(GROUP_URL))
    expect(drafts.map((draft) => draft.url)).toEqual(Array(4).fill(GROUP_URL))
  })

  it('repairs the double-encoded text: emoji and accents', () => {
    expect(items[0]?.bodyHtml).toBe(
      '<p>Wie kan mij donderdag naar de fysiotherapeut brengen? Ik kan zelf niet autorijden na mijn operatie 🙏 Het is om 10.30 uur op de Merelstraat.</p>',
    )
    expect(output).not.toMatch(/Ã|ð|â/)
  })

  it('keeps the attached link, named', () => {
    expect(items[2]?.bodyHtml).toBe(
      '<p>Zaterdag is er weer het buurtcafé in De Nachtegaal, vanaf 15.00 uur. Iedereen welkom, ook als je nieuw bent in de wijk ☕</p>'
      + '<p><a href="https://buurtsite-voorbeeld.nl/agenda/buurtcafe" rel="nofollow noopener ugc">Buurtcafé in De Nachtegaal</a></p>',
    )
  })

  it('masks the phone number in the text', () => {
    expect(output).not.toContain('11223344')
    expect(items[3]?.summary).toBe('Ik doe morgen boodschappen bij de Jumbo, heeft iemand in de Vogelbuurt iets nodig? Bel of app [telefoonnummer verborgen].')
  })

  it('leaves out the poster, kind and categories: the export does not say them for the public', () => {
    expect(drafts.map((draft) => draft.author)).toEqual(Array(4).fill(undefined))
    expect(drafts.every((draft) => draft.kind === undefined && draft.categories === undefined && draft.title === undefined)).toBe(true)
    expect(output).not.toContain('Ans Verbeek')
  })

  it('gives each post a stable id from its timestamp and text', () => {
    expect(drafts.map((draft) => draft.externalId)).toEqual([
      expect.stringMatching(/^1793786400-[0-9a-f]{16}$/),
      expect.stringMatching(/^1793700000-[0-9a-f]{16}$/),
      expect.stringMatching(/^1793600000-[0-9a-f]{16}$/),
      expect.stringMatching(/^1793500000-[0-9a-f]{16}$/),
    ])
    const again = run(facebookExportAdapter, fixture(`${SHARED}your_posts_in_groups.json`, GROUP_URL))
    expect(again.items.map((item) => item.id)).toEqual(items.map((item) => item.id))
  })
})

describe('facebook-export adapter: config', () => {
  const document = () => fixture(`${SHARED}your_posts_in_groups.json`, GROUP_URL)

  it.each([
    ['Prikbord Vogelbuurt', 2],
    ['  prikbord   VOGELBUURT ', 2],
    ['Buurtcafé Vogelbuurt', 1],
    ['Coronamaatjes Voorbeeldstad', 1],
    ['Prikbord', 0],
  ])('keeps only the posts in group %j', (group, count) => {
    expect(run(facebookExportAdapter, document(), { config: { group } }).items).toHaveLength(count)
  })

  it('shows the poster only when asked', () => {
    const { drafts } = run(facebookExportAdapter, document(), { config: { showAuthor: true } })
    expect(drafts.map((draft) => draft.author)).toEqual(Array(4).fill('Ans Verbeek'))
  })

  it.each([[{ group: '' }], [{ showAuthor: 'ja' }], [{ groupUrl: GROUP_URL }]])('rejects %j', (config) => {
    expect(facebookExportAdapter.configSchema.safeParse(config).success).toBe(false)
  })

  it('plans one request for the uploaded file', () => {
    const url = 'file:///srv/uploads/your_posts_in_groups.json'
    expect(facebookExportAdapter.plan({ url, config: { showAuthor: false } })).toEqual([{ url }])
  })
})

describe('facebook-export adapter: an older export with Dutch titles', () => {
  const { drafts, items, output } = run(facebookExportAdapter, fixture(`${OWN}legacy-nl.json`, GROUP_URL), { config: { showAuthor: true } })

  it('reads group_posts.activity_log_data, skipping a photo without text and a comment', () => {
    expect(items.map((item) => item.title)).toEqual([
      'Wie heeft er een aanhanger te leen?',
      'Repair Café Oost – elke tweede zaterdag',
      'Café De Hoek zoekt vrijwilligers voor de bar, € 5 per avond onkostenvergoeding 😀',
      // Titles are plain text: the script is only characters here.
      '<script>alert(1)</script>Gevonden: sleutelbos met een rode hanger bij de speeltuin',
    ])
  })

  it('repairs double-encoded text and leaves text that is already right alone', () => {
    expect(items[0]?.bodyHtml).toBe('<p>Wie heeft er een aanhanger te leen? Zaterdag verhuizen we naar de Populierstraat 🚚</p>')
    expect(items[2]?.bodyHtml).toBe('<p>Café De Hoek zoekt vrijwilligers voor de bar, € 5 per avond onkostenvergoeding 😀</p>')
  })

  it('makes a post of a link alone', () => {
    expect(items[1]?.bodyHtml).toBe('<p><a href="https://wijkcentrum-oost.nl/repair-cafe" rel="nofollow noopener ugc">Repair Café Oost – elke tweede zaterdag</a></p>')
  })

  it('keeps the update time when the post was edited', () => {
    expect([items[0]?.publishedAt, items[0]?.updatedAt]).toEqual(['2026-07-03T12:00:00+02:00', '2026-07-03T14:00:00+02:00'])
  })

  it('escapes a script in the text and drops a javascript: link', () => {
    expect(items.map((item) => item.bodyHtml).join('')).not.toMatch(/<script|<img/)
    expect(output).not.toMatch(/javascript:|onerror/)
    expect(items[3]?.bodyHtml).toBe('<p>&lt;script&gt;alert(1)&lt;/script&gt;Gevonden: sleutelbos met een rode hanger bij de speeltuin</p>')
  })

  it('reads the poster from a Dutch title', () => {
    expect(drafts.map((draft) => draft.author)).toEqual(Array(4).fill('Ans Verbeek'))
  })

  it.each([
    ['Wonen in Oost', 3],
    ['Buurtgroep Noord', 1],
  ])('filters on a Dutch group name that holds " in ": %s', (group, count) => {
    expect(run(facebookExportAdapter, fixture(`${OWN}legacy-nl.json`, GROUP_URL), { config: { group } }).items).toHaveLength(count)
  })
})

describe('facebook-export adapter: titles', () => {
  it.each([
    ['Ans Verbeek posted in Prikbord Vogelbuurt.', 'Ans Verbeek', 'Prikbord Vogelbuurt'],
    ['Ans Verbeek shared a link in Wonen in Oost.', 'Ans Verbeek', 'Wonen in Oost'],
    ['Ans Verbeek shared a link to the group: Buurtcafé Vogelbuurt.', 'Ans Verbeek', 'Buurtcafé Vogelbuurt'],
    ['Ans Verbeek heeft iets geplaatst in Prikbord Vogelbuurt.', 'Ans Verbeek', 'Prikbord Vogelbuurt'],
    ['Ans Verbeek heeft een link gedeeld in Wonen in Oost.', 'Ans Verbeek', 'Wonen in Oost'],
    ['Ans Verbeek heeft een foto toegevoegd aan Prikbord Vogelbuurt.', 'Ans Verbeek', 'Prikbord Vogelbuurt'],
  ])('reads %j', (title, poster, group) => {
    expect(readPostTitle(title)).toEqual({ poster, group })
  })

  it.each([['Ans Verbeek'], ['Ans Verbeek updated her status.'], ['']])('finds no group in %j', (title) => {
    expect(readPostTitle(title)).toBeNull()
  })
})

describe('facebook-export adapter: double encoding', () => {
  it.each([
    ['Café', 'Café'],
    ['€ 5', '€ 5'],
    ['Fijne dag 😀', 'Fijne dag 😀'],
    ['naïef, coördinator – “citaat”', 'naïef, coördinator – “citaat”'],
  ])('repairs %j and leaves it alone once repaired', (text, expected) => {
    expect(repairDoubleEncoding(latin1View(text))).toBe(expected)
    expect(repairDoubleEncoding(expected)).toBe(expected)
  })

  it.each([['gewoon ASCII'], ['Ã'], ['crème brûlée'], ['Ã© en €']])('keeps %j, which is no double encoding', (text) => {
    expect(repairDoubleEncoding(text)).toBe(text)
  })
})

describe('facebook-export adapter: documents it cannot read', () => {
  const parse = (text: string) =>
    facebookExportAdapter.parse(inlineDocument(text, GROUP_URL), {
      config: { showAuthor: false },
      request: { url: GROUP_URL },
      source: { id: 's', name: 's', url: GROUP_URL },
      now: new Date('2026-11-10T12:00:00Z'),
    })

  it.each([
    ['text', 'Service Unavailable', /^not valid JSON/],
    ['truncated JSON', '{"group_posts_v2": [{"timestamp": 1793786400, "data": [{"post": "Wie ka', /^not valid JSON/],
    ['another export file', '{"comments_v2": []}', /group_posts_v2/],
    ['a bare array', '[]', /expected object, received array/],
    ['a timestamp as text', '{"group_posts_v2": [{"timestamp": "gisteren"}]}', /group_posts_v2\[0\]\.timestamp/],
    ['a post as a number', '{"group_posts_v2": [{"timestamp": 1, "data": [{"post": 42}]}]}', /group_posts_v2\[0\]\.data\[0\]\.post/],
    ['attachments as an object', '{"group_posts_v2": [{"timestamp": 1, "attachments": {"data": []}}]}', /group_posts_v2\[0\]\.attachments/],
    ['a negative timestamp', '{"group_posts_v2": [{"timestamp": -5}]}', /timestamp/],
    ['a broken older export', '{"group_posts": {"activity_log_data": [{"title": "x"}]}}', /group_posts\.activity_log_data\[0\]\.timestamp/],
    ['deep nesting in data', `{"group_posts_v2": [{"timestamp": 1, "data": ${'['.repeat(50_000)}${']'.repeat(50_000)}}]}`, /data\[0\]/],
  ])('rejects %s', (_, text, message) => {
    expect(() => parse(text)).toThrow(DocumentParseError)
    expect(() => parse(text)).toThrow(message)
  })

  it('ignores deep nesting where it reads nothing', () => {
    const text = `{"group_posts_v2": [{"timestamp": 1793786400, "data": [{"post": "Wie helpt met de kerstmarkt?"}], "tags": ${'['.repeat(50_000)}${']'.repeat(50_000)}}]}`
    expect(parse(text)).toMatchObject({ items: [{ bodyHtml: '<p>Wie helpt met de kerstmarkt?</p>' }] })
  })

  it('gives an empty result for an export without group posts', () => {
    expect(parse('{"group_posts_v2": []}')).toEqual({ items: [] })
  })

  it('reads a large export in bounded time', () => {
    const posts = Array.from({ length: 20_000 }, (_, index) => ({
      timestamp: 1_793_786_400 - index * 60,
      title: 'Ans Verbeek posted in Prikbord Vogelbuurt.',
      data: [{ post: latin1View(`Bericht ${index}: wie heeft er een ladder te leen? Café 😀`) }],
    }))
    const { items } = parse(JSON.stringify({ group_posts_v2: posts })) as { items: unknown[] }
    expect(items).toHaveLength(20_000)
  })
})
