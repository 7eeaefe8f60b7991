import type { z } from 'zod'
import { InvalidCursorError } from './search-index.ts'

/** An opaque page cursor: base64url JSON. */
export function encodeCursor(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

/** Reads a cursor made by `encodeCursor`; anything else is an InvalidCursorError. */
export function decodeCursor<T>(raw: string, schema: z.ZodType<T>): T {
  let json: unknown
  try {
    json = JSON.parse(Buffer.from(raw, 'base64url').toString('utf8'))
  } catch {
    throw new InvalidCursorError('the cursor is not one this API handed out')
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw new InvalidCursorError('the cursor is not one this API handed out')
  return parsed.data
}
