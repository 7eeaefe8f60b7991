import type { Kysely } from 'kysely'
import { z } from 'zod'
import type { PlaceableWijk } from '../understand/place.ts'
import { areaOf } from '../wijken/geometry.ts'
import type { Database, WijkRow } from './schema.ts'

const postcode = z
  .string()
  .transform((value) => value.replace(/\s+/g, '').toUpperCase())
  .pipe(z.string().regex(/^\d{4}([A-Z]{2})?$/, 'a postcode is PC4 (1234) or PC6 (1234AB)'))

export const newWijkSchema = z.object({
  slug: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'a slug is lower-case letters, digits and single dashes'),
  name: z.string().trim().min(1),
  gemeente: z.string().trim().min(1).optional(),
  cbsCode: z.string().regex(/^(WK\d{6}|BU\d{4}[0-9A-Z]{4})$/, 'a CBS code is WK + 6 digits or BU + 8 characters').optional(),
  cbsYear: z.number().int().min(2000).max(2100).optional(),
  postcodes: z.array(postcode).default([]),
  geojson: z.record(z.string(), z.unknown()).optional(),
  demo: z.boolean().default(false),
})
export type NewWijk = z.input<typeof newWijkSchema>

export interface Wijk {
  slug: string
  name: string
  gemeente: string | null
  cbsCode: string | null
  cbsYear: number | null
  postcodes: string[]
  hasGeometry: boolean
  demo: boolean
}

/** A wijk with its GeoJSON as stored, for updating it without losing what an update leaves out. */
export interface StoredWijk extends Wijk {
  geojson: Record<string, unknown> | null
}

export function toWijk(row: WijkRow): Wijk {
  return {
    slug: row.slug,
    name: row.name,
    gemeente: row.gemeente,
    cbsCode: row.cbs_code,
    cbsYear: row.cbs_year,
    postcodes: row.postcodes,
    hasGeometry: row.geojson !== null,
    demo: row.demo,
  }
}

/** Adds a wijk, or updates it when the slug exists. Input is validated here, whoever calls. */
export async function saveWijk(db: Kysely<Database>, input: NewWijk): Promise<Wijk> {
  const wijk = newWijkSchema.parse(input)
  const values = {
    slug: wijk.slug,
    name: wijk.name,
    gemeente: wijk.gemeente ?? null,
    cbs_code: wijk.cbsCode ?? null,
    cbs_year: wijk.cbsYear ?? null,
    postcodes: wijk.postcodes,
    geojson: wijk.geojson ? JSON.stringify(wijk.geojson) : null,
    demo: wijk.demo,
  }
  const row = await db
    .insertInto('wijken')
    .values(values)
    .onConflict((oc) => oc.column('slug').doUpdateSet({ ...values, slug: undefined }))
    .returningAll()
    .executeTakeFirstOrThrow()
  return toWijk(row)
}

export async function listWijken(db: Kysely<Database>): Promise<Wijk[]> {
  const rows = await db.selectFrom('wijken').selectAll().orderBy('name').execute()
  return rows.map(toWijk)
}

export async function listStoredWijken(db: Kysely<Database>): Promise<StoredWijk[]> {
  const rows = await db.selectFrom('wijken').selectAll().orderBy('slug').execute()
  return rows.map((row) => ({ ...toWijk(row), geojson: row.geojson as Record<string, unknown> | null }))
}

/** Every wijk with what placing an item needs: its postcodes and its area (null without a usable polygon). */
export async function listPlaceableWijken(db: Kysely<Database>): Promise<PlaceableWijk[]> {
  const rows = await db.selectFrom('wijken').select(['slug', 'name', 'gemeente', 'postcodes', 'geojson']).orderBy('slug').execute()
  return rows.map((row) => ({ slug: row.slug, name: row.name, gemeente: row.gemeente, postcodes: row.postcodes, geometry: areaOf(row.geojson) }))
}

export async function findWijk(db: Kysely<Database>, slug: string): Promise<Wijk | null> {
  const row = await db.selectFrom('wijken').selectAll().where('slug', '=', slug).executeTakeFirst()
  return row ? toWijk(row) : null
}

/** Deletes a wijk that has no sources left (sources keep their wijk: remove them first). */
export async function deleteWijk(db: Kysely<Database>, slug: string): Promise<boolean> {
  const result = await db.deleteFrom('wijken').where('slug', '=', slug).executeTakeFirst()
  return result.numDeletedRows > 0n
}
