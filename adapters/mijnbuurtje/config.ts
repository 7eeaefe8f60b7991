import { z } from 'zod'
import { SECTIONS } from './markup.ts'

export const mijnbuurtjeConfigSchema = z.strictObject({
  /** Pages of each section's list read per run (the newest first). */
  maxPages: z.number().int().min(1).max(50).default(5),
  /** Only posts with these theme ids (the site's own numbers, as in its filter links: theme[]=3). */
  themes: z.array(z.number().int().min(1)).min(1).max(50).optional(),
  /** Only offers (OFFERED) or only requests (REQUESTED). */
  types: z.array(z.enum(['OFFERED', 'REQUESTED'])).min(1).max(2).optional(),
  /** Read each post's own page for the full text, themes and places (one request more per post). */
  detailPages: z.boolean().default(true),
  sections: z
    .array(z.enum(SECTIONS))
    .min(1)
    .refine((sections) => new Set(sections).size === sections.length, 'each section at most once')
    .default(['elkaar-helpen']),
})
export type MijnbuurtjeConfig = z.infer<typeof mijnbuurtjeConfigSchema>
