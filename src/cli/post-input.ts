import { z } from 'zod'
import { locationSchema } from '../domain/item.ts'
import { CATEGORIES, KINDS } from '../domain/taxonomy.ts'
import { htmlToText } from '../normalise/index.ts'
import { readAll, UsageError } from './io.ts'
import type { Readable } from 'node:stream'

const moment = z.union([z.iso.datetime({ offset: true }), z.iso.date()]).nullish()

/**
 * A post as `classify`, `dedupe` and `match` read it: the `{ title, body }` of design.md, or a whole item
 * as `parse` prints it (then the text comes from `bodyHtml` or `summary`). Unknown fields are ignored.
 */
export const postInputSchema = z.object({
  id: z.string().min(1).optional(),
  title: z.string().default(''),
  body: z.string().optional(),
  bodyHtml: z.string().optional(),
  summary: z.string().optional(),
  platform: z.string().optional(),
  url: z.string().optional(),
  kind: z.enum(KINDS).optional(),
  categories: z.array(z.enum(CATEGORIES)).optional(),
  publishedAt: moment,
  startsAt: moment,
  endsAt: moment,
  allDay: z.boolean().optional(),
  location: locationSchema.nullish(),
  source: z.object({ id: z.string() }).partial().optional(),
})
export type PostInput = z.infer<typeof postInputSchema>

/** The plain text of a post: its body, else its HTML body as text, else its summary. */
export function postText(post: PostInput): string {
  return post.body ?? (post.bodyHtml ? htmlToText(post.bodyHtml) : (post.summary ?? ''))
}

/** One JSON value per non-empty line; a bad line is a usage error naming its number. */
export async function readJsonLines<T extends z.ZodType>(stdin: Readable, schema: T): Promise<z.infer<T>[]> {
  const lines = (await readAll(stdin)).toString('utf8').split('\n')
  const values: z.infer<T>[] = []
  for (const [index, line] of lines.entries()) {
    if (line.trim() === '') continue
    values.push(parseJson(line, schema, `line ${index + 1}`))
  }
  return values
}

/** One JSON document; bad input is a usage error. */
export async function readJsonDocument<T extends z.ZodType>(stdin: Readable, schema: T): Promise<z.infer<T>> {
  return parseJson((await readAll(stdin)).toString('utf8'), schema, 'input')
}

function parseJson<T extends z.ZodType>(text: string, schema: T, where: string): z.infer<T> {
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    throw new UsageError(`${where}: not JSON (${(error as Error).message})`)
  }
  const parsed = schema.safeParse(value)
  if (!parsed.success) throw new UsageError(`${where}: ${z.prettifyError(parsed.error).replace(/\s*\n\s*/g, ' ')}`)
  return parsed.data
}
