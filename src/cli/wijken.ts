import { readFile } from 'node:fs/promises'
import { z } from 'zod'
import { listWijken, saveWijk } from '../store/wijken.ts'
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
  throw new UsageError('usage: wijken add --slug SLUG --name NAME [--gemeente NAME] [--postcodes 1234,1235AB] [--geojson FILE] | wijken list')
}

async function readGeoJson(path: string): Promise<Record<string, unknown>> {
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    throw new UsageError(`cannot read ${path}`)
  }
  try {
    const parsed: unknown = JSON.parse(text)
    const type = (parsed as { type?: unknown })?.type
    if (type === 'Feature' || type === 'FeatureCollection' || type === 'Polygon' || type === 'MultiPolygon') return parsed as Record<string, unknown>
  } catch {
    // reported below
  }
  throw new UsageError(`${path} is not GeoJSON (a Polygon, MultiPolygon, Feature or FeatureCollection)`)
}
