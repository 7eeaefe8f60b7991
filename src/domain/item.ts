import { z } from 'zod'
import { CATEGORIES, FOLLOW_UPS, KINDS, STATUSES } from './taxonomy.ts'

/** ISO 8601 with an offset, e.g. 2026-11-14T13:00:00+01:00. */
const isoDateTime = z.iso.datetime({ offset: true })

export const locationSchema = z.object({
  name: z.string().optional(),
  address: z.string().optional(),
  postcode: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
})
export type Location = z.infer<typeof locationSchema>

export const sourceRefSchema = z.object({ id: z.string(), name: z.string(), url: z.string() })
export const wijkRefSchema = z.object({ slug: z.string(), name: z.string() })
export const alsoOnSchema = z.object({ platform: z.string(), url: z.string(), sourceName: z.string() })

/** The normalised item: the one shape the API, the CLI, the feeds and the index pass around (design.md). */
export const itemSchema = z.object({
  id: z.string(),
  kind: z.enum(KINDS),
  categories: z.array(z.enum(CATEGORIES)).min(1),
  title: z.string(),
  summary: z.string().max(300),
  bodyHtml: z.string(),
  url: z.string(),
  platform: z.string(),
  source: sourceRefSchema,
  wijk: wijkRefSchema.nullable(),
  location: locationSchema.nullable(),
  startsAt: isoDateTime.nullable(),
  endsAt: isoDateTime.nullable(),
  allDay: z.boolean(),
  publishedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime.nullable(),
  expiresAt: isoDateTime.nullable(),
  status: z.enum(STATUSES),
  /** The same post on several platforms forms one cluster: equal clusters, same post. */
  cluster: z.string(),
  alsoOn: z.array(alsoOnSchema),
  /** Reactions the platform shows (comments, replies); null when it shows none. */
  reactions: z.number().int().min(0).nullable(),
  followUp: z.enum(FOLLOW_UPS).nullable(),
})
export type Item = z.infer<typeof itemSchema>

/**
 * What an adapter hands over for one post, before normalisation. Text may be HTML or plain; dates are
 * either ISO strings (with an offset, or floating local time read as Europe/Amsterdam) or Dates.
 * Leave a field out when the platform does not say it: nothing is ever invented downstream.
 */
export interface ItemDraft {
  /** The platform's own id for the post (guid, uid, numeric id); the URL or a content hash is used without it. */
  externalId?: string
  /** Link back to the post on its platform; relative links are resolved against the document URL. */
  url?: string
  title?: string
  /** Body as HTML from the source (sanitised later) ... */
  bodyHtml?: string
  /** ... or as plain text (escaped and paragraphed later). */
  bodyText?: string
  /** A short teaser the platform gives, used for the summary when there is no body. */
  summary?: string
  kind?: (typeof KINDS)[number]
  categories?: (typeof CATEGORIES)[number][]
  /** The platform's own tags or themes, kept for classification. */
  sourceCategories?: string[]
  location?: Location
  startsAt?: string | Date
  endsAt?: string | Date
  allDay?: boolean
  publishedAt?: string | Date
  updatedAt?: string | Date
  expiresAt?: string | Date
  status?: (typeof STATUSES)[number]
  /** How many reactions (comments, replies) the platform shows for the post. */
  reactions?: number
  /** Display name of the author, when the platform shows it publicly. Never a phone number. */
  author?: string
}
