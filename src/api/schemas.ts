import { z } from '@hono/zod-openapi'
import { DateTime } from 'luxon'
import { itemSchema } from '../domain/item.ts'
import { SOURCE_ERROR_TYPES } from '../domain/source-health.ts'
import { CATEGORIES, FOLLOW_UPS, KINDS, STATUSES } from '../domain/taxonomy.ts'
import { DEFAULT_ZONE } from '../domain/time.ts'
import { SORTS, type SearchQuery } from '../search/search-index.ts'

// `.meta` rather than `.openapi`: the domain schema may be built before zod-openapi extends zod.
export const itemResponseSchema = itemSchema.meta({ id: 'Item' })

/** An empty query parameter (`?status=`, from a form) means the parameter is not there. */
const emptyAsMissing = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema)
const optionalParam = <T extends z.ZodType>(schema: T) => emptyAsMissing(schema.optional())

/** `?kind=request,offer` or `?kind=request&kind=offer`; `allowed` lists the valid values for the document. */
function listParam<T extends z.ZodType<string, string>>(name: string, value: T, description: string, allowed?: readonly string[]) {
  return z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((raw) => (raw === undefined ? [] : [raw].flat().flatMap((part) => part.split(',')).map((part) => part.trim()).filter(Boolean)))
    .pipe(z.array(value))
    .openapi({
      param: { name, in: 'query', style: 'form', explode: true },
      description,
      type: 'array',
      items: allowed ? { type: 'string', enum: [...allowed] } : { type: 'string' },
    })
}

const oneOf = <const T extends readonly [string, ...string[]]>(what: string, values: T) =>
  z.enum(values, { error: (issue) => `unknown ${what} '${String(issue.input)}'; one of ${values.join(', ')}` })

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/

/** An ISO date or date-time; without an offset it is Amsterdam time. A date alone `to` means up to the end of that day. */
function dateParam(bound: 'from' | 'to') {
  return optionalParam(
    z
      .string()
      .transform((value, ctx) => {
        const parsed = DateTime.fromISO(value, { zone: DEFAULT_ZONE })
        if (!parsed.isValid) {
          ctx.addIssue({ code: 'custom', message: `'${value}' is not an ISO date (2026-11-14) or date-time (2026-11-14T13:00:00+01:00)` })
          return z.NEVER
        }
        return (bound === 'to' && DATE_ONLY.test(value) ? parsed.plus({ days: 1 }) : parsed).toJSDate()
      })
      .openapi({
        type: 'string',
        example: bound === 'from' ? '2026-11-14' : '2026-11-21T18:00:00+01:00',
        description:
          bound === 'from'
            ? 'Items on or after this moment (the event start, else the publication date).'
            : 'Items before this moment; a date alone includes that whole day.',
      }),
  )
}

const POINT = /^\s*(-?\d{1,2}(?:\.\d+)?)\s*,\s*(-?\d{1,3}(?:\.\d+)?)\s*$/

/** `lat,lon` in degrees (WGS84), as a map app copies it: "52.3702,4.8952". */
function pointParam() {
  return z
    .string()
    .transform((value, ctx) => {
      const [, lat, lon] = POINT.exec(value) ?? []
      const point = { lat: Number(lat), lon: Number(lon) }
      if (lat === undefined || Math.abs(point.lat) > 90 || Math.abs(point.lon) > 180) {
        ctx.addIssue({ code: 'custom', message: `'${value}' is not a point 'lat,lon' in degrees, e.g. '52.3702,4.8952'` })
        return z.NEVER
      }
      return point
    })
    .openapi({ type: 'string', description: 'Items within `radius` km of this point, `lat,lon`; items without coordinates leave out.', example: '51.5308,4.4653' })
}

export const itemsQuerySchema = z.object({
  q: optionalParam(z.string().max(200)).openapi({ description: 'Words to search; the last word may be incomplete.', example: 'boodschappen' }),
  wijk: optionalParam(z.string()).openapi({ description: 'Wijk slug.', example: 'vogelbuurt' }),
  kind: listParam('kind', oneOf('kind', KINDS), 'Kinds; comma-separated or repeated.', KINDS),
  category: listParam('category', oneOf('category', CATEGORIES), 'Category ids from the taxonomy; comma-separated or repeated.', CATEGORIES),
  platform: listParam('platform', z.string(), 'Platforms, e.g. mijnbuurtje,facebook.'),
  source: listParam('source', z.string(), 'Source ids.'),
  from: dateParam('from'),
  to: dateParam('to'),
  status: optionalParam(oneOf('status', STATUSES)).openapi({ description: '`open` leaves out filled, expired, cancelled and past items.' }),
  followUp: optionalParam(oneOf('followUp', FOLLOW_UPS)).openapi({
    description: '`unanswered`: open requests older than a week with no visible reaction; `expired`: past their end date while the source still lists them.',
  }),
  cluster: optionalParam(z.string()).openapi({ description: 'All members of one cluster (the same post on several platforms).' }),
  near: optionalParam(pointParam()),
  radius: emptyAsMissing(z.coerce.number().min(0.1).max(50).default(1)).openapi({
    type: 'number', description: 'With `near`: the distance in kilometres, 0.1 to 50, default 1.', example: 1.5,
  }),
  sort: optionalParam(oneOf('sort', SORTS)).openapi({ description: '`relevance` by default with `q`, else `newest`; `soonest`: upcoming events.' }),
  limit: emptyAsMissing(z.coerce.number().int().min(1).max(100).default(20)).openapi({ type: 'integer', description: '1 to 100, default 20.' }),
  cursor: optionalParam(z.string()).openapi({ description: 'The `nextCursor` of the previous page.' }),
})

const countsSchema = z.record(z.string(), z.number().int())

const highlightSchema = z
  .object({ title: z.string(), summary: z.string() })
  .openapi({ description: 'With `q`: title and summary, HTML-escaped, with `<mark>` around the words that matched.' })

export const searchResultSchema = z
  .object({
    items: z.array(itemResponseSchema.extend({ highlight: highlightSchema.optional() })),
    nextCursor: z.string().nullable(),
    total: z.number().int(),
    facets: z.object({
      kind: countsSchema, category: countsSchema, platform: countsSchema, source: countsSchema, status: countsSchema, followUp: countsSchema,
    }),
  })
  .openapi('ItemPage')

export const wijkSchema = z
  .object({
    slug: z.string(),
    name: z.string(),
    gemeente: z.string().nullable(),
    cbsCode: z.string().nullable(),
    cbsYear: z.number().int().nullable(),
    postcodes: z.array(z.string()),
    hasGeometry: z.boolean(),
    demo: z.boolean(),
  })
  .openapi('Wijk')

export const sourceSchema = z
  .object({
    id: z.string(),
    adapter: z.string(),
    name: z.string(),
    url: z.string(),
    siteUrl: z.string().nullable(),
    wijk: z.string(),
    config: z.record(z.string(), z.unknown()),
    local: z.boolean(),
    intervalMinutes: z.number().int(),
    health: z.object({
      state: z.enum(['new', 'ok', 'failing', 'suspect']),
      lastSuccessAt: z.string().nullable(),
      lastError: z.object({ type: z.enum(SOURCE_ERROR_TYPES), message: z.string(), at: z.string() }).nullable(),
      consecutiveErrors: z.number().int(),
      lastItemCount: z.number().int().nullable(),
      itemCount: z.number().int(),
      nextCheckAt: z.string(),
    }),
  })
  .openapi('Source')

/** The search a validated `/api/items` query asks for. */
export function searchQueryOf({ near, radius, ...query }: z.infer<typeof itemsQuerySchema>): SearchQuery {
  return near ? { ...query, near: { ...near, radiusKm: radius } } : query
}
