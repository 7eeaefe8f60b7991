import { rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { openStore } from '../../src/store/database.ts'
import { listPlaceableWijken } from '../../src/store/wijken.ts'
import { createPlacer } from '../../src/understand/place.ts'
import { testDatabaseKind } from '../helpers/database.ts'
import { expectUsageError, runCli, useCliDatabase } from './run-cli.ts'

const sample = (name: string) => new URL(`../../src/wijken/samples/${name}`, import.meta.url).pathname
const map = sample('cbs-wijken-2025-roosendaal-voorbeeld.geojson')
const table = sample('pc6hnr-2025-roosendaal-voorbeeld.csv')
const tempFiles: string[] = []

const database = useCliDatabase()
afterAll(() => Promise.all(tempFiles.map((path) => rm(path, { force: true }))))

async function listed(): Promise<Record<string, { name: string; gemeente: string | null; cbsCode: string | null; cbsYear: number | null; postcodes: string[]; hasGeometry: boolean }>> {
  const { stdout } = await runCli(['wijken', 'list', '--json'])
  return Object.fromEntries(stdout.trim().split('\n').map((line) => JSON.parse(line)).map((w) => [w.slug, w]))
}

async function tempFile(name: string, text: string): Promise<string> {
  const path = join(tmpdir(), `buurtfeed-${process.pid}-${name}`)
  await writeFile(path, text)
  tempFiles.push(path)
  return path
}

describe(`buurtfeed wijken import on ${testDatabaseKind}`, () => {
  it('imports the sample map and postcode table of Roosendaal, one line per wijk, reporting the split PC6', async () => {
    const run = await runCli(['wijken', 'import', '--geojson', map, '--postcodes-table', table, '--gemeente', 'Roosendaal'])
    expect(run.code).toBe(0)
    expect(run.stdout).toBe(
      [
        'added centrum: Centrum, Roosendaal, WK167400 (2025); 4 postcodes, with area',
        'added west: West, Roosendaal, WK167401 (2025); 5 postcodes, with area',
        'added kalsdonk: Kalsdonk, Roosendaal, WK167402 (2025); 4 postcodes, with area',
        'added tolberg: Tolberg, Roosendaal, WK167403 (2025); 4 postcodes, with area',
        '',
      ].join('\n'),
    )
    expect(run.stderr).toBe('note: PC6 4702AB lies in West (Roosendaal) WK167401 (3 addresses) and Centrum (Roosendaal) WK167400 (1 address); it goes to the first\n')
    expect((await listed()).west).toMatchObject({ name: 'West', gemeente: 'Roosendaal', cbsCode: 'WK167401', cbsYear: 2025, postcodes: ['4702AB', '4702AC', '4702BD', '4703AA', '4703AE'], hasGeometry: true })
  })

  it('updates by CBS code from the table alone, keeping the areas, and adds the demo Vogelbuurt beside them', async () => {
    const update = await runCli(['wijken', 'import', '--postcodes-table', table, '--year', '2025'])
    expect(update.code).toBe(0)
    expect(update.stdout.trim().split('\n')).toEqual([
      'updated centrum: Centrum, Roosendaal, WK167400 (2025); 4 postcodes, with area',
      'updated west: West, Roosendaal, WK167401 (2025); 5 postcodes, with area',
      'updated kalsdonk: Kalsdonk, Roosendaal, WK167402 (2025); 4 postcodes, with area',
      'updated tolberg: Tolberg, Roosendaal, WK167403 (2025); 4 postcodes, with area',
    ])

    const demo = await runCli(['wijken', 'import', '--geojson', sample('vogelbuurt-voorbeeldstad-demo.geojson')])
    expect(demo).toMatchObject({ code: 0, stdout: 'added vogelbuurt: Vogelbuurt, Voorbeeldstad; 1 postcode, with area\n', stderr: '' })
    expect(Object.keys(await listed()).sort()).toEqual(['centrum', 'kalsdonk', 'tolberg', 'vogelbuurt', 'west'])
  })

  it('gives placement the stored areas and postcodes', async () => {
    const store = await openStore({ databaseUrl: database.env().DATABASE_URL, dataDir: database.env().BUURTFEED_DATA_DIR ?? '' })
    try {
      const place = createPlacer(await listPlaceableWijken(store.db))
      expect(place({ location: { lat: 51.523, lon: 4.51 }, text: 'Oud ijzer ophalen' }, 'centrum')).toEqual({ slug: 'tolberg', by: 'coordinates' })
      expect(place({ location: null, text: 'Kinderkleding af te halen, 4702 AB' }, 'centrum')).toEqual({ slug: 'west', by: 'postcode' })
      expect(place({ location: { name: 'Buurthuis De Linde', lat: 52.1003, lon: 5.125 }, text: 'Repair café' }, null)).toEqual({ slug: 'vogelbuurt', by: 'coordinates' })
      expect(place({ location: null, text: 'Burendag in Kalsdonk!' }, 'centrum')).toEqual({ slug: 'kalsdonk', by: 'name' })
    } finally {
      await store.close()
    }
  })

  it('keeps wijken add working beside imported wijken', async () => {
    expect(await runCli(['wijken', 'add', '--slug', 'bloemenbuurt', '--name', 'Bloemenbuurt', '--gemeente', 'Voorbeeldstad', '--postcodes', '3573'])).toMatchObject({ code: 0, stdout: 'bloemenbuurt\n' })
    expect((await listed()).bloemenbuurt).toMatchObject({ postcodes: ['3573'], hasGeometry: false })
  })

  it('refuses bad files and options with one clear line, changing nothing', async () => {
    const before = await listed()
    expectUsageError(await runCli(['wijken', 'import']), /needs --geojson FILE and\/or --postcodes-table FILE/)
    expectUsageError(await runCli(['wijken', 'import', '--geojson', '/nergens/wijken.geojson']), /cannot read \/nergens\/wijken\.geojson/)
    expectUsageError(await runCli(['wijken', 'import', '--postcodes-table', '/nergens/pc6hnr.csv']), /cannot read \/nergens\/pc6hnr\.csv/)
    expectUsageError(await runCli(['wijken', 'import', '--geojson', map, '--year', 'vorig']), /--year must be a year like 2025, not 'vorig'/)
    expectUsageError(await runCli(['wijken', 'import', '--geojson', map, '--year', '2024']), /: the file is of 2025, not of 2024 \(--year\)/)
    expectUsageError(await runCli(['wijken', 'import', '--geojson', map, '--gemeente', 'Bergen op Zoom']), /no wijken of gemeente 'Bergen op Zoom' in the files \(found: Roosendaal\)/)
    expectUsageError(await runCli(['wijken', 'import', '--geojson', table]), /pc6hnr-2025-roosendaal-voorbeeld\.csv: not JSON/)

    const rd = await tempFile('rd.geojson', JSON.stringify({ type: 'Feature', properties: { wijknaam: 'West' }, geometry: { type: 'Polygon', coordinates: [[[80000, 390000], [81000, 390000], [81000, 391000], [80000, 390000]]] } }))
    expectUsageError(await runCli(['wijken', 'import', '--geojson', rd]), /rd\.geojson: feature 1 \(West\): coordinates like \[80000, 390000\] are not longitude\/latitude/)
    const commas = await tempFile('komma.csv', 'PC6,Huisnummer,Buurt,Wijk,Gemeente\n4701AA,1,16740000,167400,1674\n')
    expectUsageError(await runCli(['wijken', 'import', '--postcodes-table', commas]), /komma\.csv: not a CBS postcode table: the header must be PC6;Huisnummer;Buurt;Wijk;Gemeente/)
    const badLine = await tempFile('regel.csv', 'PC6;Huisnummer;Buurt;Wijk;Gemeente\n4701AA;1;16740000;167400;1674\n47O1AB;3;16740000;167400;1674\n')
    expectUsageError(await runCli(['wijken', 'import', '--geojson', map, '--postcodes-table', badLine]), /regel\.csv: line 3: '47O1AB' is not a PC6 postcode/)

    expectUsageError(await runCli(['wijken', 'importeer']), /usage: wijken add .* \| wijken list \| wijken import/)
    expect(await listed()).toEqual(before)
  })
})
