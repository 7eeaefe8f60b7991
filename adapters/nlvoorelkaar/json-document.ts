import type { z } from 'zod'
import { DocumentParseError } from '../../src/domain/adapter.ts'

/** A JSON document's text as a value; DocumentParseError when it is not JSON (an HTML error page, a cut-off body). */
export function parseJson(text: string, what: string): unknown {
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new DocumentParseError(`${what} is not valid JSON: ${(error as Error).message}`)
  }
}

/** `json` checked against `schema`; DocumentParseError naming the first field that does not fit. */
export function validateJson<T>(json: unknown, schema: z.ZodType<T>, what: string): T {
  const result = schema.safeParse(json)
  if (result.success) return result.data
  // A hostile document can hold a hundred thousand bad fields: name the first, count the rest.
  const [first, ...rest] = result.error.issues
  const field = first?.path.join('.') || '(the document)'
  const more = rest.length > 0 ? ` (and ${rest.length} more)` : ''
  throw new DocumentParseError(`${what} does not fit: ${field}: ${first?.message ?? 'invalid'}${more}`)
}
