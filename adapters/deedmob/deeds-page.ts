import { z } from 'zod'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import { parseJson, validateJson } from '../nlvoorelkaar/json-document.ts'
import { isNestedWithin, MAX_NESTING } from '../../src/normalise/nesting.ts'

/** The largest page the adapter asks for: a page holding more is not an answer to its request. */
export const MAX_PAGE_SIZE = 100

// Lenient where the API may leave a field out or null, strict on types. Text is read as HTML here and in the
// normaliser, whose parser deep nesting stalls for minutes.
const text = z
  .string()
  .refine((value) => isNestedWithin(value, MAX_NESTING), `nests elements more than ${MAX_NESTING} deep`)
  .nullish()
const flag = z.boolean().nullish()

const deedSchema = z.object({
  id: z.union([z.number().int().nonnegative(), z.string().regex(/^[\w-]+$/)]),
  title: text,
  summary: text,
  about_html: text,
  venue_name: text,
  address: text,
  postcode: text,
  city: text,
  coordinates: z.object({ lat: z.number().min(-90).max(90), lng: z.number().min(-180).max(180) }).nullish(),
  date_starting: text,
  date_ending: text,
  published_at: text,
  updated_at: text,
  expires_at: text,
  status: text,
  published: flag,
  filled: flag,
  expired: flag,
  members_only: flag,
  organization: z.object({ name: text }).nullish(),
})
export type Deed = z.infer<typeof deedSchema>

const pageSchema = z.object({
  data: z.object({
    results: z.array(deedSchema).max(MAX_PAGE_SIZE),
    pagination: z.object({ page: z.number().int().min(1).nullish(), pages: z.number().int().min(0).nullish() }).nullish(),
  }),
})
export type DeedsPage = z.infer<typeof pageSchema>['data']

const envelopeSchema = z.object({
  status: text,
  error: z.union([z.string(), z.object({ message: z.string() })]).nullish(),
})

/** One page of `/api/deeds`: `{ status, error, data: { results, pagination } }`. */
export function readDeedsPage(text: string): DeedsPage {
  const json = parseJson(text, 'the deeds page')
  const { status, error } = validateJson(json, envelopeSchema, 'the deeds page')
  if (error || (status && status !== 'ok')) {
    const message = typeof error === 'string' ? error : error?.message
    throw new DocumentParseError(`the Deedmob API answered ${status ?? 'an error'}: ${message ?? 'no message'}`)
  }
  return validateJson(json, pageSchema, 'the deeds page').data
}
