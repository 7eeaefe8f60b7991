import { PassThrough } from 'node:stream'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { describe, expect, it } from 'vitest'
import { createParseCommand } from '../../src/cli/parse.ts'
import { UsageError } from '../../src/cli/io.ts'
import { itemSchema } from '../../src/domain/item.ts'

const feeds = (name: string) => fileURLToPath(new URL(`../../../shared/fixtures/feeds/${name}`, import.meta.url))
const parseCommand = createParseCommand(() => new Date('2026-11-10T12:00:00Z'))

async function runParse(args: string[], stdin = '') {
  const io = { stdin: new PassThrough(), stdout: new PassThrough(), stderr: new PassThrough() }
  io.stdin.end(stdin)
  const code = await parseCommand(args, io)
  io.stdout.end()
  const output = String(io.stdout.read() ?? '')
  const items = output.split('\n').filter(Boolean).map((line) => itemSchema.parse(JSON.parse(line)))
  return { code, output, items }
}

describe('buurtfeed parse', () => {
  it('prints one normalised item a line for a windows-1252 feed', async () => {
    const { code, output, items } = await runParse(['--adapter', 'feed', feeds('buurtsite-drupal.rss')])
    expect(code).toBe(0)
    expect(output.endsWith('\n')).toBe(true)
    expect(items.map((item) => item.title)).toEqual(['Buurtcafé op vrijdag weer open', 'Gezocht: vrijwilligers voor de kerstmarkt'])
    expect(items[1]?.url).toBe('https://buurtsite-voorbeeld.nl/agenda/kerstmarkt-2026')
    expect(output).not.toContain('<script')
    expect(output).not.toContain('jose@example.org')
    expect(output).toContain('[e-mail verborgen]')
    expect(items[0]?.source).toEqual({ id: 'parse', name: 'buurtsite-drupal.rss', url: pathToFileURL(feeds('buurtsite-drupal.rss')).href })
  })

  it('decodes the declared charset', async () => {
    const { items } = await runParse(['--adapter', 'feed', feeds('cp1252-plain.rss')])
    expect(items[0]?.title).toBe('Café De Hoek zoekt vrijwilligers – iedereen welkom')
  })

  it('resolves relative links against --url', async () => {
    const { items } = await runParse(['--adapter', 'feed', '--url', 'https://hallovoorbeeldwijk.nl/rss', feeds('gebiedonline-agenda.atom')])
    expect(items[0]?.url).toBe('https://hallovoorbeeldwijk.nl/agenda/1881-koffieochtend')
    expect(items[0]?.source.url).toBe('https://hallovoorbeeldwijk.nl/rss')
  })

  it('reads stdin for -', async () => {
    const rss = '<rss version="2.0"><channel><title>T</title><link>https://x.nl/</link><item><title>Via stdin</title><link>/a</link></item></channel></rss>'
    const { items } = await runParse(['--adapter', 'feed', '-'], rss)
    expect(items.map((item) => [item.title, item.url, item.source.name])).toEqual([['Via stdin', 'https://x.nl/a', 'stdin']])
  })

  it('applies --config', async () => {
    const { items } = await runParse(['--adapter', 'feed', '--config', '{"kind":"event","categories":["buurt"]}', feeds('gebiedonline-agenda.atom')])
    expect(items.map((item) => [item.kind, item.categories])).toEqual([['event', ['buurt']], ['event', ['buurt']]])
  })

  it('expands a calendar', async () => {
    const { items } = await runParse(['--adapter', 'ical', '--url', 'https://buurthuisdelinde.nl/agenda.ics', feeds('wijkagenda.ics')])
    expect(items).toHaveLength(8)
    expect(items.filter((item) => item.title === 'Repair Café')).toHaveLength(6)
  })

  it.each([
    ['no arguments', [], /^usage: buurtfeed parse --adapter ID/],
    ['no file', ['--adapter', 'feed'], /^usage: /],
    ['two files', ['--adapter', 'feed', 'a.rss', 'b.rss'], /^usage: /],
    ['an unknown option', ['--adapter', 'feed', '--wijk', 'x', 'a.rss'], /--wijk/],
    ['an unknown adapter', ['--adapter', 'nope', 'a.rss'], /^unknown adapter 'nope' \(known: feed, ical(, [a-z-]+)*\)$/],
    ['config that is not JSON', ['--adapter', 'feed', '--config', '{kind:', 'a.rss'], /^--config must be a JSON object/],
    ['config the adapter does not accept', ['--adapter', 'feed', '--config', '{"kind":"agenda"}', 'a.rss'], /^--config does not fit adapter 'feed': .*kind/],
    ['a relative --url', ['--adapter', 'feed', '--url', 'rss.xml', 'a.rss'], /^--url must be an absolute URL/],
    ['a missing file', ['--adapter', 'feed', '/nonexistent/feed.rss'], /^cannot read \/nonexistent\/feed\.rss: ENOENT/],
    ['a truncated feed', ['--adapter', 'feed', fileURLToPath(new URL('../fixtures/feeds/truncated.rss', import.meta.url))], /^truncated\.rss is not readable as 'feed': not well-formed XML/],
    ['a feed given to the calendar adapter', ['--adapter', 'ical', feeds('buurtsite-drupal.rss')], /^buurtsite-drupal\.rss is not readable as 'ical'/],
  ])('rejects %s with one line', async (_, args, message) => {
    const error = await runParse(args).catch((thrown: unknown) => thrown)
    expect(error).toBeInstanceOf(UsageError)
    expect((error as UsageError).message).toMatch(message)
    expect((error as UsageError).message).not.toContain('\n')
  })
})
