import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { describe, expect, it, vi } from 'vitest'
import { testDatabaseKind } from '../helpers/database.ts'
import { expectUsageError, runCli, useCliDatabase } from './run-cli.ts'

const drupalFeed = pathToFileURL(new URL('../../../shared/fixtures/feeds/buurtsite-drupal.rss', import.meta.url).pathname).toString()

useCliDatabase()

describe(`buurtfeed CLI on ${testDatabaseKind}`, () => {
  it('manages wijken', async () => {
    const added = await runCli(['wijken', 'add', '--slug', 'vogelbuurt', '--name', 'Vogelbuurt', '--gemeente', 'Voorbeeldstad', '--postcodes', '3572,3573 ab'])
    expect(added).toMatchObject({ code: 0, stdout: 'vogelbuurt\n' })
    const listed = await runCli(['wijken', 'list'])
    expect(listed.stdout).toMatch(/vogelbuurt\s+Vogelbuurt\s+Voorbeeldstad\s+3572,3573AB/)
    expectUsageError(await runCli(['wijken', 'add', '--slug', 'Vogel Buurt', '--name', 'x']), /slug/)
    expectUsageError(await runCli(['wijken', 'add', '--name', 'x']), /--slug/)
    expectUsageError(await runCli(['wijken', 'add', '--slug', 'x', '--name', 'x', '--geojson', '/nergens.json']), /cannot read/)
    // CBS's own download is in RD New (metres): stored as it is, it would never hold a point.
    const rdNew = join(tmpdir(), `buurtfeed-rd-${process.pid}.geojson`)
    await writeFile(rdNew, JSON.stringify({ type: 'Polygon', coordinates: [[[155000, 463000], [156000, 463000], [156000, 464000], [155000, 463000]]] }))
    expectUsageError(await runCli(['wijken', 'add', '--slug', 'x', '--name', 'x', '--geojson', rdNew]), /not longitude\/latitude/)
    await rm(rdNew)
  })

  it('adds sources, refusing bad ones with one clear line', async () => {
    expectUsageError(await runCli(['sources', 'add', '--adapter', 'rss', '--url', 'https://a.nl/rss', '--wijk', 'vogelbuurt']), /unknown adapter 'rss'/)
    expectUsageError(await runCli(['sources', 'add', '--adapter', 'feed', '--url', 'https://a.nl/rss', '--wijk', 'nergens']), /unknown wijk 'nergens'/)
    expectUsageError(await runCli(['sources', 'add', '--adapter', 'feed', '--url', drupalFeed, '--wijk', 'vogelbuurt']), /--local/)
    expectUsageError(await runCli(['sources', 'add', '--adapter', 'feed', '--url', 'buurtsite.nl', '--wijk', 'vogelbuurt']), /not an absolute URL/)
    expectUsageError(await runCli(['sources', 'add', '--adapter', 'feed', '--url', 'https://a.nl/rss', '--wijk', 'vogelbuurt', '--config', '{kind:'] ), /--config must be a JSON object/)
    expectUsageError(await runCli(['sources', 'add', '--adapter', 'feed', '--url', 'https://a.nl/rss', '--wijk', 'vogelbuurt', '--config', '{"kind":"feest"}']), /invalid config for adapter 'feed'/)
    expectUsageError(await runCli(['sources', 'add', '--adapter', 'feed', '--bogus']), /bogus/)

    expectUsageError(await runCli(['sources', 'add', '--adapter', 'feed', '--url', drupalFeed, '--wijk', 'vogelbuurt', '--local']), /--site-url/)
    const added = await runCli(['sources', 'add', '--adapter', 'feed', '--url', drupalFeed, '--site-url', 'https://buurtsite-voorbeeld.nl/', '--wijk', 'vogelbuurt', '--name', 'Buurtsite', '--local'])
    expect(added.code).toBe(0)
    expect(added.stdout).toMatch(/^src_[a-z2-9]{8}\n$/)
    expect((await runCli(['sources', 'list'])).stdout).toMatch(/feed\s+vogelbuurt\s+Buurtsite\s+new\s+0/)
  })

  it('ingests with progress, shows health, and removes a source with its items', async () => {
    const ingest = await runCli(['ingest', '--all'])
    expect(ingest.code).toBe(0)
    expect(ingest.stderr).toMatch(/Buurtsite \(src_\w+\): fetching file:\/\//)
    expect(ingest.stderr).toMatch(/Buurtsite \(src_\w+\): 2 items \(2 new, 0 updated, 0 unchanged, 0 removed\)/)
    expect(ingest.stdout).toBe('1 sources, 2 items, 0 failed\n')

    const [source] = (await runCli(['sources', 'list', '--json'])).stdout.trim().split('\n').map((line) => JSON.parse(line))
    expect(source).toMatchObject({ adapter: 'feed', wijk: 'vogelbuurt', local: true, siteUrl: 'https://buurtsite-voorbeeld.nl/', health: { state: 'ok', itemCount: 2, lastItemCount: 2, consecutiveErrors: 0, lastError: null } })

    expect((await runCli(['ingest', '--source', source.id])).stderr).toMatch(/2 items \(0 new, 0 updated, 2 unchanged/)
    expectUsageError(await runCli(['ingest', '--source', 'src_nergens']), /no source 'src_nergens'/)
    expectUsageError(await runCli(['ingest', '--all', '--source', source.id]), /either/)

    expect(await runCli(['reindex'])).toMatchObject({ code: 0, stdout: 'reindexed 2 items (postgres)\n' })
    process.env.MEILI_URL = 'http://127.0.0.1:9'
    try {
      const unreachable = await runCli(['reindex'])
      expect(unreachable).toMatchObject({ code: 1, stdout: '' })
      expect(unreachable.stderr).toMatch(/^search index unreachable: [^\n]+\n$/)
    } finally {
      delete process.env.MEILI_URL
    }
    expect(await runCli(['sources', 'remove', source.id])).toMatchObject({ code: 0, stdout: `removed ${source.id}\n` })
    expectUsageError(await runCli(['sources', 'remove', source.id]), /no source/)
    expect((await runCli(['sources', 'list', '--json'])).stdout).toBe('')
  })

  it('forwards a post from a closed group, the text on stdin', async () => {
    const group = ['--wijk', 'vogelbuurt', '--platform', 'facebook', '--group-name', 'Prikbord Vogelbuurt', '--group-url', 'https://www.facebook.com/groups/prikbordvogelbuurt']
    const run = await runCli(['submit', ...group, '--posted-at', '2026-11-20T19:12:00+01:00'], 'Gezocht: iemand die woensdag mijn hond uitlaat.\nMail naar els@voorbeeld.nl')
    expect(run.code).toBe(0)
    const item = JSON.parse(run.stdout)
    expect(item).toMatchObject({ platform: 'facebook', url: 'https://www.facebook.com/groups/prikbordvogelbuurt', publishedAt: '2026-11-20T19:12:00+01:00' })
    expect(run.stdout).not.toContain('els@voorbeeld.nl')
    expectUsageError(await runCli(['submit', ...group, '--link', 'geen-link'], 'tekst'), /link must be an http\(s\) URL/)
    expectUsageError(await runCli(['submit', '--wijk', 'vogelbuurt'], 'tekst'), /usage: submit/)
  })

  it('migrates, lists adapters and rejects unknown commands and bad configuration', async () => {
    expect(await runCli(['migrate'])).toMatchObject({ code: 0, stdout: 'schema is up to date\n' })
    const adapters = await runCli(['adapters'])
    expect(adapters.stdout).toMatch(/^feed\s+Reads an RSS/m)
    expect(adapters.stdout).toMatch(/^ical\s+/m)
    expect(adapters.stdout).toContain('example: buurtfeed sources add --adapter feed --url https://')
    expectUsageError(await runCli(['opruimen']), /unknown command 'opruimen'/)
    vi.stubEnv('ADMIN_TOKEN', 'kort')
    expectUsageError(await runCli(['wijken', 'list']), /invalid configuration: ADMIN_TOKEN/)
    vi.stubEnv('ADMIN_TOKEN', '')
  })
})
