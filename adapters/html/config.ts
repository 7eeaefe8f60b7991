import { load } from 'cheerio'
import { z } from 'zod'
import { KINDS } from '../../src/domain/taxonomy.ts'

/** A CSS selector, checked by compiling it as cheerio will (css-select): a typo is a config error, not an empty run. */
const selector = z
  .string()
  .trim()
  .min(1, 'a CSS selector cannot be empty')
  .superRefine((value, context) => {
    const problem = selectorProblem(value)
    if (problem) context.addIssue({ code: 'custom', message: `'${value}' is not a CSS selector cheerio can use: ${problem}` })
  })

export const htmlConfigSchema = z.strictObject({
  /** One post on the list page. The other selectors are looked up inside it. */
  item: selector,
  title: selector,
  /** The post's link (an <a>, or an element holding one); default the first a[href] in the item, or the item itself. */
  link: selector.optional(),
  /** The date: ISO 8601, or Dutch ("18 april 2020", "18 apr. 2020", "18-04-2020", "vandaag", "gisteren"). */
  date: selector.optional(),
  /** Read the date from this attribute of the date element (a <time datetime> is read so without it). */
  dateAttribute: z.string().regex(/^[a-zA-Z_:][\w:.-]*$/, 'an HTML attribute name, such as datetime').optional(),
  /** The post's text, kept as HTML. */
  body: selector.optional(),
  /** The kind of every post, or a label in the post and what each label means ("Vraag" -> request). */
  kind: z
    .union([
      z.enum(KINDS),
      z.strictObject({
        selector,
        map: z.record(z.string().trim().min(1), z.enum(KINDS)).refine((map) => Object.keys(map).length > 0, 'map at least one label to a kind'),
      }),
    ])
    .optional(),
  /** The platform the site runs on, shown with its items (wijkconnect, buuv, burennetwerk, buurbook, croqqer). */
  platform: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a lower-case name such as wijkconnect').optional(),
  /** The link to the next (older) page of the list. */
  next: selector.optional(),
  maxPages: z.number().int().min(1).max(50).default(3),
})
export type HtmlConfig = z.infer<typeof htmlConfigSchema>

function selectorProblem(value: string): string | undefined {
  try {
    // css-select compiles a selector only when there is an element to match it against.
    load('<p><a href="#">x</a></p>').root().find(value)
    return undefined
  } catch (error) {
    return error instanceof Error ? error.message : String(error)
  }
}
