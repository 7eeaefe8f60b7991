import type { Kysely } from 'kysely'
import { z } from 'zod'
import { getAdapter } from '../../adapters/index.ts'
import type { Database } from '../store/schema.ts'
import { addSource, type Source } from '../store/sources.ts'
import { findWijk } from '../store/wijken.ts'

export const newSourceSchema = z.object({
  adapter: z.string().min(1),
  url: z.string().min(1),
  /** The public page residents are sent to; required for a file:// upload, which has no public address. */
  siteUrl: z.url({ protocol: /^https?$/, error: 'siteUrl must be an http(s) URL' }).optional(),
  wijk: z.string().min(1),
  name: z.string().trim().min(1).optional(),
  config: z.record(z.string(), z.unknown()).default({}),
  /** Allows file:// and loopback/private addresses: uploaded exports, tests, an intranet agenda. */
  local: z.boolean().default(false),
  intervalMinutes: z.number().int().min(5).max(24 * 60).optional(),
})
export type NewSourceInput = z.input<typeof newSourceSchema>

/** The source is not acceptable: unknown adapter or wijk, a bad URL or config. The message says which. */
export class InvalidSourceError extends Error {
  override readonly name = 'InvalidSourceError'
}

/** Checks a new source against its adapter and the wijken, then stores it; it is due at once. */
export async function createSource(db: Kysely<Database>, input: NewSourceInput): Promise<Source> {
  const parsed = newSourceSchema.safeParse(input)
  if (!parsed.success) throw new InvalidSourceError(z.prettifyError(parsed.error).replace(/\n/g, ' '))
  const source = parsed.data
  const adapter = getAdapter(source.adapter)
  if (!adapter) throw new InvalidSourceError(`unknown adapter '${source.adapter}' (see 'buurtfeed adapters')`)
  const url = parseSourceUrl(source.url, source.local)
  if (url.startsWith('file:') && !source.siteUrl) {
    throw new InvalidSourceError('a file:// source needs a site URL (--site-url): the public page residents are sent to')
  }
  const config = adapter.configSchema.safeParse(source.config)
  if (!config.success) {
    throw new InvalidSourceError(`invalid config for adapter '${adapter.id}': ${z.prettifyError(config.error).replace(/\n/g, ' ')}`)
  }
  if (!(await findWijk(db, source.wijk))) throw new InvalidSourceError(`unknown wijk '${source.wijk}' (see 'buurtfeed wijken list')`)
  return addSource(db, {
    adapter: adapter.id,
    url,
    siteUrl: source.siteUrl ?? null,
    wijkSlug: source.wijk,
    name: source.name ?? (new URL(url).hostname || url.split('/').pop() || url),
    config: config.data as Record<string, unknown>,
    local: source.local,
    ...(source.intervalMinutes ? { intervalMinutes: source.intervalMinutes } : {}),
  })
}

function parseSourceUrl(raw: string, local: boolean): string {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw new InvalidSourceError(`'${raw}' is not an absolute URL`)
  }
  if (url.protocol === 'file:' && !local) throw new InvalidSourceError('file:// sources need --local (uploaded exports)')
  if (!['http:', 'https:', 'file:'].includes(url.protocol)) throw new InvalidSourceError(`unsupported URL scheme '${url.protocol}'`)
  return url.toString()
}
