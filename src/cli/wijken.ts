import { createReadStream } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import { z } from 'zod'
import { listWijken, saveWijk } from '../store/wijken.ts'
import { combineWijkFiles } from '../wijken/combine-wijk-files.ts'
import { foldName } from '../wijken/fold-name.ts'
import { areaOf, notWgs84 } from '../wijken/geometry.ts'
import { importWijken } from '../wijken/import-wijken.ts'
import { describeImported, WijkFileError, type ImportedWijk } from '../wijken/imported-wijk.ts'
import type { ImportStep } from '../wijken/plan-import.ts'
import { readWijkenGeoJson } from '../wijken/read-geojson.ts'
import { readPostcodeTable } from '../wijken/read-postcode-table.ts'
import { parseCommandArgs } from './args.ts'
import { withStore } from './context.ts'
import { UsageError, type Command } from './io.ts'
import { formatTable } from './table.ts'

export const wijkenCommand: Command = async ([sub, ...args], io) => {
  if (sub === 'add') {
    const { values } = parseCommandArgs(args, {
      slug: { type: 'string' },
      name: { type: 'string' },
      gemeente: { type: 'string' },
      postcodes: { type: 'string' },
      geojson: { type: 'string' },
    })
    if (!values.slug || !values.name) throw new UsageError('wijken add needs --slug SLUG --name NAME')
    const geojson = values.geojson ? await readGeoJson(values.geojson) : undefined
    const input = {
      slug: values.slug,
      name: values.name,
      ...(values.gemeente ? { gemeente: values.gemeente } : {}),
      postcodes: values.postcodes ? values.postcodes.split(',').map((p) => p.trim()).filter(Boolean) : [],
      ...(geojson ? { geojson } : {}),
    }
    return withStore(async ({ db }) => {
      try {
        const wijk = await saveWijk(db, input)
        io.stdout.write(`${wijk.slug}\n`)
        return 0
      } catch (error) {
        if (error instanceof z.ZodError) throw new UsageError(z.prettifyError(error).replace(/\n/g, ' '))
        throw error
      }
    })
  }
  if (sub === 'list') {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' } })
    return withStore(async ({ db }) => {
      const wijken = await listWijken(db)
      if (values.json) io.stdout.write(wijken.map((w) => JSON.stringify(w)).join('\n') + (wijken.length ? '\n' : ''))
      else
        io.stdout.write(
          formatTable(
            ['slug', 'name', 'gemeente', 'postcodes'],
            wijken.map((w) => [w.slug, w.name + (w.demo ? ' (demo)' : ''), w.gemeente ?? '', w.postcodes.join(',')]),
          ),
        )
      return 0
    })
  }
  if (sub === 'import') return importCommand(args, io)
  throw new UsageError(
    'usage: wijken add --slug SLUG --name NAME [--gemeente NAME] [--postcodes 1234,1235AB] [--geojson FILE] | wijken list | ' +
      'wijken import [--geojson FILE] [--postcodes-table FILE] [--year N] [--gemeente NAME]',
  )
}

const importCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs(args, {
    geojson: { type: 'string' },
    'postcodes-table': { type: 'string' },
    year: { type: 'string' },
    gemeente: { type: 'string' },
  })
  const tablePath = values['postcodes-table']
  if (!values.geojson && !tablePath) throw new UsageError('wijken import needs --geojson FILE and/or --postcodes-table FILE')
  if (values.year !== undefined && !/^20\d\d$/.test(values.year)) throw new UsageError(`--year must be a year like 2025, not '${values.year}'`)
  const year = values.year === undefined ? undefined : Number(values.year)

  const mapPath = values.geojson
  const map = mapPath ? await reading(mapPath, async () => readWijkenGeoJson(await readText(mapPath), { year })) : []
  // A map of buurten takes the table's buurten, not its wijken.
  const level = map.some((w) => w.cbsCode?.startsWith('BU')) ? 'buurt' : 'wijk'
  const table = tablePath ? await reading(tablePath, async () => readPostcodeTable(createReadStream(await checkFile(tablePath)), { level, year })) : null
  const wijken = await reading(null, () => combineWijkFiles(map, table?.wijken ?? [], values.gemeente))

  return withStore(async ({ db }) => {
    for (const step of await importWijken(db, wijken)) io.stdout.write(`${describeStep(step)}\n`)
    for (const split of table?.splits ?? []) {
      const shares = split.wijken.map(({ wijk, addresses }) => ({ wijk: importedAs(wijk, wijken), addresses }))
      if (shares.some((share) => share.wijk)) io.stderr.write(`${describeSplit(split.postcode, shares)}\n`)
    }
    return 0
  })
}

/** Runs a reader; its WijkFileError becomes a usage error that names the file. */
async function reading<T>(path: string | null, read: () => T | Promise<T>): Promise<T> {
  try {
    return await read()
  } catch (error) {
    if (error instanceof WijkFileError) throw new UsageError(path ? `${path}: ${error.message}` : error.message)
    throw error
  }
}

function describeStep(step: ImportStep): string {
  if (step.action === 'skipped') return `skipped ${describeImported(step.imported)}: ${step.reason}`
  const { wijk } = step
  const code = wijk.cbsCode ? `, ${wijk.cbsCode}${wijk.cbsYear ? ` (${wijk.cbsYear})` : ''}` : ''
  const postcodes = wijk.postcodes?.length ?? 0
  return `${step.action} ${wijk.slug}: ${wijk.name}${wijk.gemeente ? `, ${wijk.gemeente}` : ''}${code}; ${postcodes} postcode${postcodes === 1 ? '' : 's'}, ${wijk.geojson ? 'with' : 'no'} area`
}

function describeSplit(postcode: string, shares: { wijk: ImportedWijk | undefined; addresses: number }[]): string {
  const parts = shares.map(({ wijk, addresses }) => `${wijk ? describeImported(wijk) : 'another gemeente'} (${addresses} address${addresses === 1 ? '' : 'es'})`)
  return `note: PC6 ${postcode} lies in ${parts.join(' and ')}; it goes to the first`
}

/** The imported wijk (after joining the map and --gemeente) that a postcode table's wijk became, if any. */
function importedAs(tableWijk: ImportedWijk, wijken: ImportedWijk[]): ImportedWijk | undefined {
  const sameName = (w: ImportedWijk) => w.name !== null && tableWijk.name !== null && foldName(w.name) === foldName(tableWijk.name)
  return wijken.find((w) => (tableWijk.cbsCode !== null && w.cbsCode === tableWijk.cbsCode) || sameName(w))
}

async function checkFile(path: string): Promise<string> {
  const file = await stat(path).catch(() => null)
  if (!file?.isFile()) throw new UsageError(`cannot read ${path}`)
  return path
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(await checkFile(path), 'utf8')
  } catch (error) {
    if (error instanceof UsageError) throw error
    throw new UsageError(`cannot read ${path}`)
  }
}

/** A wijk's area for `wijken add`: GeoJSON with a polygon in longitude/latitude, or a usage error saying why not. */
async function readGeoJson(path: string): Promise<Record<string, unknown>> {
  const text = await readText(path)
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    throw new UsageError(`${path} is not GeoJSON (a Polygon, MultiPolygon, Feature or FeatureCollection)`)
  }
  const area = areaOf(parsed)
  if (!area) throw new UsageError(`${path} holds no Polygon or MultiPolygon (as GeoJSON, a Feature or a FeatureCollection)`)
  const projection = notWgs84(area)
  if (projection) throw new UsageError(`${path}: ${projection}`)
  return parsed as Record<string, unknown>
}
