import { z } from 'zod'
import { defineAdapter } from '../../src/domain/adapter.ts'
import type { DocumentRequest, FetchedDocument } from '../../src/domain/adapter.ts'
import { detailDraft } from './detail.ts'
import type { DetailContext } from './detail.ts'
import { markerFollowUps } from './markers.ts'
import { KIND_SEGMENTS, markersUrl } from './paths.ts'
import type { HelpKind } from './paths.ts'

const MAX_ITEMS_PER_KIND = 50

const HELP_KINDS = Object.keys(KIND_SEGMENTS) as [HelpKind, ...HelpKind[]]
const MARKER_HEADERS = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }

const boundsSchema = z
  .strictObject({
    minLat: z.number().min(-90).max(90),
    maxLat: z.number().min(-90).max(90),
    minLon: z.number().min(-180).max(180),
    maxLon: z.number().min(-180).max(180),
  })
  .refine((bounds) => bounds.minLat <= bounds.maxLat && bounds.minLon <= bounds.maxLon, 'a minimum is above its maximum')

const nlvoorelkaarConfigSchema = z.strictObject({
  /** NLvoorElkaar's own category ids (`categories[]=<id>` in its search), to read only those. */
  categories: z.array(z.number().int().positive()).min(1).max(50).optional(),
  kinds: z
    .array(z.enum(HELP_KINDS))
    .min(1)
    .refine((kinds) => new Set(kinds).size === kinds.length, 'each kind once')
    .default(['request', 'offer']),
  /** Detail pages read per kind per run, newest first. */
  maxItems: z.number().int().min(1).max(MAX_ITEMS_PER_KIND).default(40),
  /** Only the markers inside this box (the wijk): NLvoorElkaar's marker list covers the whole edition. */
  bounds: boundsSchema.optional(),
})
export type NlvoorelkaarConfig = z.infer<typeof nlvoorelkaarConfigSchema>

const requestContextSchema = z.object({
  kind: z.enum(HELP_KINDS).optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
})

export const nlvoorelkaarAdapter = defineAdapter<NlvoorelkaarConfig>({
  id: 'nlvoorelkaar',
  platform: 'nlvoorelkaar',
  label: { nl: 'NLvoorElkaar (en lokale edities)', en: 'NLvoorElkaar (and local editions)' },
  description: {
    nl: 'Leest hulpvragen en hulpaanbod van NLvoorElkaar of een lokale editie (<plaats>voorelkaar.nl): kaartmarkers, dan de detailpagina\'s.',
    en: 'Reads help requests and offers from NLvoorElkaar or a local edition (<plaats>voorelkaar.nl): map markers, then the detail pages.',
  },
  configSchema: nlvoorelkaarConfigSchema,
  listing: 'window',
  // Two marker lists and up to MAX_ITEMS_PER_KIND detail pages for each: requests must not crowd out offers.
  maxDocuments: 2 + 2 * MAX_ITEMS_PER_KIND,
  example: {
    url: 'https://www.voorbeeldstadvoorelkaar.nl/',
    config: { kinds: ['request'], maxItems: 20, bounds: { minLat: 51.52, maxLat: 51.55, minLon: 4.45, maxLon: 4.49 } },
  },
  plan: ({ url, config }) =>
    config.kinds.map((kind) => ({ url: markersUrl(url, kind, config.categories), headers: MARKER_HEADERS, role: 'markers', context: { kind } })),
  parse(document, { config, request }) {
    const context = requestContext(request)
    if (isMarkerDocument(document, request)) {
      return { items: [], follow: markerFollowUps(document, { kind: context.kind, maxItems: config.maxItems, bounds: config.bounds }) }
    }
    return { items: [detailDraft(document, request.url, context)] }
  },
})

/** The context this adapter gave the request; a document parsed on its own (`buurtfeed parse`) has none. */
function requestContext(request: DocumentRequest): DetailContext {
  const context = requestContextSchema.safeParse(request.context ?? {})
  return context.success ? context.data : {}
}

function isMarkerDocument(document: FetchedDocument, request: DocumentRequest): boolean {
  if (request.role) return request.role === 'markers'
  return Boolean(document.contentType?.includes('json')) || /^\s*[[{]/.test(document.text)
}
