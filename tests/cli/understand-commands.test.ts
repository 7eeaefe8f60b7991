import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { runCli } from './run-cli.ts'

const fixture = (path: string) => fileURLToPath(new URL(`../../../shared/fixtures/${path}`, import.meta.url))
const lines = (output: string) => output.split('\n').filter(Boolean).map((line) => JSON.parse(line) as Record<string, unknown>)

describe('buurtfeed classify', () => {
  it('reads { title, body } lines and writes { kind, categories } lines in the same order', async () => {
    const input = [
      { title: 'Hulpvraag: boodschappen doen voor mevrouw', body: 'Mevrouw (84) kan niet meer zelf naar de supermarkt. Wie helpt op dinsdag?' },
      { title: '', body: 'Gratis af te halen: kinderfiets 20 inch, blauw. Ophalen op de Lijsterlaan 😊' },
      { title: 'Let op: nepmonteurs aan de deur', body: 'Vandaag zijn er mannen langs de deuren gegaan die zeggen dat ze de meter komen controleren. Laat ze niet binnen en bel de politie.' },
      { title: '', body: 'Zaterdag 14 maart van 13.00 tot 16.00 uur Repair Café in buurthuis De Linde!', publishedAt: '2026-03-10T09:00:00+01:00' },
    ]
    const run = await runCli(['classify'], input.map((post) => JSON.stringify(post)).join('\n') + '\n')
    expect(run.code).toBe(0)
    const out = lines(run.stdout)
    expect(out.map((line) => [line.kind, (line.categories as string[])[0]])).toEqual([
      ['request', 'boodschappen'],
      ['offer', 'spullen'],
      ['info', 'veiligheid'],
      ['event', 'klussen'],
    ])
    expect(out[3]).toMatchObject({ startsAt: '2026-03-14T13:00:00+01:00', endsAt: '2026-03-14T16:00:00+01:00', allDay: false })
  })

  it('rejects a line that is not JSON with exit 2 and one line naming it', async () => {
    const run = await runCli(['classify'], '{"title":"Hoi","body":"Wie kan helpen?"}\n{kapot\n')
    expect(run.code).toBe(2)
    expect(run.stdout).toBe('')
    expect(run.stderr).toMatch(/^buurtfeed classify: line 2: not JSON/)
    expect(run.stderr.trim().split('\n')).toHaveLength(1)
  })
})

describe('buurtfeed dedupe', () => {
  it('puts the same activity from the buurthuis agenda and a WhatsApp message in one cluster, and another date apart', async () => {
    const items = [
      {
        id: 'agenda-1', platform: 'feed', title: 'Repair Café in De Linde', source: { id: 'agenda' },
        body: 'Kapotte lamp, broek of broodrooster? Zaterdag 14 maart van 13.00 tot 16.00 uur repareren vrijwilligers het samen met u in buurthuis De Linde.',
        publishedAt: '2026-03-01T10:00:00+01:00', startsAt: '2026-03-14T13:00:00+01:00', endsAt: '2026-03-14T16:00:00+01:00', kind: 'event',
        location: { name: 'Buurthuis De Linde', address: 'Kerkstraat 2' },
      },
      {
        id: 'whatsapp-1', platform: 'whatsapp', title: '', source: { id: 'buurtapp' },
        body: 'Zaterdag 14 maart weer Repair Café in De Linde van 13 tot 16 uur 🔧 neem je kapotte spullen mee!',
        publishedAt: '2026-03-10T09:00:00+01:00', startsAt: '2026-03-14T13:00:00+01:00', kind: 'event',
      },
      {
        id: 'agenda-2', platform: 'feed', title: 'Repair Café in De Linde', source: { id: 'agenda' },
        body: 'Kapotte lamp, broek of broodrooster? Zaterdag 11 april van 13.00 tot 16.00 uur repareren vrijwilligers het samen met u in buurthuis De Linde.',
        publishedAt: '2026-03-01T10:00:00+01:00', startsAt: '2026-04-11T13:00:00+02:00', endsAt: '2026-04-11T16:00:00+02:00', kind: 'event',
        location: { name: 'Buurthuis De Linde', address: 'Kerkstraat 2' },
      },
    ]
    const run = await runCli(['dedupe'], items.map((item) => JSON.stringify(item)).join('\n'))
    expect(run.code).toBe(0)
    const out = lines(run.stdout)
    expect(out.map((line) => line.id)).toEqual(['agenda-1', 'whatsapp-1', 'agenda-2'])
    expect(out[0]!.cluster).toBe(out[1]!.cluster)
    expect(out[2]!.cluster).not.toBe(out[0]!.cluster)
  })

  it('clusters the items `parse` prints', async () => {
    const parsed = await runCli(['parse', '--adapter', 'feed', fixture('feeds/buurtsite-drupal.rss')])
    const run = await runCli(['dedupe'], parsed.stdout)
    expect(run.code).toBe(0)
    const out = lines(run.stdout)
    expect(out).toHaveLength(2)
    expect(out[0]!.cluster).not.toBe(out[1]!.cluster)
  })

  it('refuses an item without an id', async () => {
    const run = await runCli(['dedupe'], '{"title":"Koffieochtend"}\n')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^buurtfeed dedupe: line 1: .*id/)
  })
})

describe('buurtfeed match', () => {
  const input = {
    requests: [
      { id: 'r-ipad', title: 'Wie helpt mijn moeder met haar iPad?', body: 'Mijn moeder (79) wil leren videobellen met de kleinkinderen op haar iPad.' },
      { id: 'r-piano', title: '', body: 'Wie kan mijn piano stemmen? Hij is erg vals.' },
    ],
    offers: [
      { id: 'o-tablet', title: 'Hulp met tablet of telefoon', body: 'Ik ben student en help ouderen graag met hun tablet of smartphone: apps, foto’s en videobellen.' },
      { id: 'o-soep', title: 'Soep over', body: 'Ik heb een pan erwtensoep over, wie wil een bakje?' },
    ],
  }

  it('suggests the fitting offer and nothing when nothing fits', async () => {
    const run = await runCli(['match'], JSON.stringify(input))
    expect(run.code).toBe(0)
    expect(JSON.parse(run.stdout)).toEqual({ 'r-ipad': ['o-tablet'], 'r-piano': [] })
  })

  it('explains a suggestion in Dutch with --explain', async () => {
    const run = await runCli(['match', '--explain'], JSON.stringify(input))
    const out = JSON.parse(run.stdout) as Record<string, { offerId: string; score: number; reason: string }[]>
    expect(out['r-ipad']![0]).toMatchObject({ offerId: 'o-tablet' })
    expect(out['r-ipad']![0]!.reason).toMatch(/Computer & telefoon/)
  })

  it('refuses input without requests and offers', async () => {
    const run = await runCli(['match'], '{"requests": []}')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^buurtfeed match: input: .*offers/)
  })
})
