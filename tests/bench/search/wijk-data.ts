import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { DateTime } from 'luxon'
import { z } from 'zod'
import type { Item, Location } from '../../../src/domain/item.ts'
import { CATEGORIES, KINDS } from '../../../src/domain/taxonomy.ts'
import { DEFAULT_ZONE, toZonedIso } from '../../../src/domain/time.ts'
import { contentHash, itemId, shortHash } from '../../../src/normalise/ids.ts'
import { firstSentence, summarise, textToHtml } from '../../../src/normalise/text.ts'
import type { StoredItemInput } from '../../../src/store/items.ts'
import { SeededRandom } from './seeded-random.ts'

const DAY_MS = 86_400_000
const HOUR_MS = 3_600_000

/** Items are published over the year before `now`. */
export const HISTORY_DAYS = 365
/** An event starts at most this long after it was announced, so the most recent ones are still to come. */
export const EVENT_LEAD_DAYS = 45
const ITEMS_PER_WIJK = { min: 2000, max: 5000 }

const GEMEENTE = { name: 'Voorbeeldstad', lat: 51.53, lon: 4.46 }
const WIJK_PREFIXES = [
  'Vogel', 'Bloemen', 'Rivieren', 'Schilders', 'Componisten', 'Zeehelden', 'Bomen', 'Vruchten', 'Edelstenen', 'Planeten',
  'Kruiden', 'Dichters', 'Sterren', 'Vlinder', 'Molen', 'Kastelen', 'Eilanden', 'Provincie', 'Indische', 'Staatslieden',
]
const WIJK_SUFFIXES = ['buurt', 'wijk', 'kwartier', 'park', 'hof']
const COMPASS = ['', ' Noord', ' Zuid', ' Oost', ' West']
const VENUES = ['Buurthuis De Kolibrie', 'Wijkcentrum Het Anker', 'Bibliotheek', 'Speeltuin De Rups', 'Kerkzaal De Ark', 'Het Merelplein']
const STREETS = ['Mezenstraat', 'Merelstraat', 'Vinkenlaan', 'Lijsterweg', 'Spreeuwplein', 'Reigerhof']

/** How each platform of the labelled posts reaches Buurtfeed: the adapter of its source and the platform its items carry. */
const PLATFORM_SOURCES: Record<string, { adapter: string; platform: string; name: string; path: string; structured: boolean }> = {
  facebook: { adapter: 'facebook-export', platform: 'facebook', name: 'Facebookgroep Prikbord', path: 'facebook', structured: false },
  whatsapp: { adapter: 'whatsapp-export', platform: 'whatsapp', name: 'Buurtapp', path: 'whatsapp', structured: false },
  mijnbuurtje: { adapter: 'mijnbuurtje', platform: 'mijnbuurtje', name: 'mijnbuurtje.nl', path: 'elkaar-helpen', structured: true },
  feed: { adapter: 'feed', platform: 'feed', name: 'Buurtsite', path: 'nieuws', structured: false },
  nlvoorelkaar: { adapter: 'nlvoorelkaar', platform: 'nlvoorelkaar', name: 'NLvoorElkaar', path: 'hulpvragen', structured: true },
  html: { adapter: 'html', platform: 'wijkconnect', name: 'Wijkconnect', path: 'prikbord', structured: false },
  wordpress: { adapter: 'wordpress', platform: 'wordpress', name: 'Wijkcentrum', path: 'agenda', structured: false },
  ical: { adapter: 'ical', platform: 'ical', name: 'Agenda buurthuis', path: 'agenda.ics', structured: true },
  deedmob: { adapter: 'deedmob', platform: 'deedmob', name: 'Vrijwilligerscentrale', path: 'deeds', structured: true },
  forwarded: { adapter: 'forwarded', platform: 'nextdoor', name: 'Nextdoor', path: 'nextdoor', structured: false },
  mobilizon: { adapter: 'mobilizon', platform: 'mobilizon', name: 'Mobilizon-groep', path: 'events', structured: true },
  jsonld: { adapter: 'jsonld', platform: 'jsonld', name: 'Bibliotheek', path: 'activiteiten', structured: false },
}
/** Platforms that give no publication date (NLvoorElkaar's pages show none): their items sort by when they were first seen. */
const UNDATED_PLATFORMS = new Set(['nlvoorelkaar'])
/** Platforms whose requests carry a closing date. */
const EXPIRING_PLATFORMS = new Set(['mijnbuurtje', 'deedmob', 'nlvoorelkaar'])

const labelledPostSchema = z.object({
  platform: z.enum(Object.keys(PLATFORM_SOURCES) as [string, ...string[]]),
  title: z.string(),
  body: z.string().min(1),
  kind: z.enum(KINDS),
  categories: z.array(z.enum(CATEGORIES)).min(1),
})
export type LabelledPost = z.infer<typeof labelledPostSchema>

/** The labelled development posts (`posts.dev*.jsonl`): real Dutch wording, lengths and platforms to recombine. */
export function readLabelledPosts(dir = fileURLToPath(new URL('../../understand/data', import.meta.url))): LabelledPost[] {
  return readdirSync(dir)
    .filter((file) => /^posts\.dev.*\.jsonl$/.test(file))
    .sort()
    .flatMap((file) =>
      readFileSync(join(dir, file), 'utf8')
        .split('\n')
        .filter((line) => line.trim() !== '')
        .map((line) => labelledPostSchema.parse(JSON.parse(line))),
    )
}

export interface BenchWijk {
  slug: string
  name: string
  center: { lat: number; lon: number }
  items: number
}

export interface BenchSource {
  id: string
  wijkSlug: string
  adapter: string
  name: string
  url: string
  /** The labelled posts' platform whose posts this source carries. */
  postPlatform: string
}

export interface GemeentePlan {
  gemeente: string
  wijken: BenchWijk[]
  sources: BenchSource[]
  items: number
}

function wijkName(index: number): string {
  const base = `${WIJK_PREFIXES[index % WIJK_PREFIXES.length]}${WIJK_SUFFIXES[Math.floor(index / WIJK_PREFIXES.length) % WIJK_SUFFIXES.length]}`
  const names = WIJK_PREFIXES.length * WIJK_SUFFIXES.length
  const compass = COMPASS[Math.floor(index / names) % COMPASS.length]
  const round = Math.floor(index / (names * COMPASS.length))
  return `${base}${compass}${round > 0 ? ` ${round + 1}` : ''}`
}

const slugOf = (name: string) => name.toLowerCase().replace(/\s+/g, '-')

/** The wijken of one gemeente (about 2000-5000 items each, on a grid of about a kilometre) and one source per platform in each. */
export function planGemeente(totalItems: number, seed: number): GemeentePlan {
  const random = new SeededRandom(seed)
  const count = Math.max(1, Math.round(totalItems / ((ITEMS_PER_WIJK.min + ITEMS_PER_WIJK.max) / 2)))
  const weights = Array.from({ length: count }, () => ITEMS_PER_WIJK.min + random.next() * (ITEMS_PER_WIJK.max - ITEMS_PER_WIJK.min))
  const weightSum = weights.reduce((sum, weight) => sum + weight, 0)
  const sizes = weights.map((weight) => Math.floor((totalItems * weight) / weightSum))
  sizes[0]! += totalItems - sizes.reduce((sum, size) => sum + size, 0)
  const columns = Math.ceil(Math.sqrt(count))
  const wijken = sizes.map((items, index) => {
    const name = wijkName(index)
    const center = { lat: GEMEENTE.lat + Math.floor(index / columns) * 0.009, lon: GEMEENTE.lon + (index % columns) * 0.014 }
    return { slug: slugOf(name), name, center, items }
  })
  const sources = wijken.flatMap((wijk) =>
    Object.entries(PLATFORM_SOURCES).map(([postPlatform, source]) => ({
      id: `src_${shortHash(`${seed}/${wijk.slug}/${postPlatform}`, 8)}`,
      wijkSlug: wijk.slug,
      adapter: source.adapter,
      name: `${source.name} ${wijk.name}`,
      url: `https://${wijk.slug}.voorbeeldstad.example/${source.path}`,
      postPlatform,
    })),
  )
  return { gemeente: GEMEENTE.name, wijken, sources, items: totalItems }
}

/** One generated item as ingestion hands it to the store, with its source and when Buurtfeed first saw it. */
export interface BenchItem {
  sourceId: string
  stored: StoredItemInput
  firstSeenAt: Date
}

const sentencesOf = (text: string) => text.split(/(?<=[.!?])\s+/)

/**
 * A new post from labelled ones of the same kind: the first sentence of one, the others kept or swapped
 * for sentences of other posts, sometimes a second paragraph from another post.
 */
function recombine(post: LabelledPost, sameKind: LabelledPost[], random: SeededRandom): string {
  const sentences = sentencesOf(post.body).map((sentence, index) =>
    index > 0 && random.chance(0.4) ? random.pick(sentencesOf(random.pick(sameKind).body)) : sentence,
  )
  const body = sentences.join(' ')
  return random.chance(0.25) ? `${body}\n\n${random.pick(sameKind).body}` : body
}

function eventTimes(publishedAt: Date, random: SeededRandom): Pick<Item, 'startsAt' | 'endsAt' | 'allDay'> {
  const start = new Date(publishedAt.getTime() + random.int(1, EVENT_LEAD_DAYS * 24) * HOUR_MS)
  if (random.chance(0.15)) {
    const midnight = DateTime.fromJSDate(start, { zone: DEFAULT_ZONE }).startOf('day').toJSDate()
    return { startsAt: toZonedIso(midnight), endsAt: null, allDay: true }
  }
  start.setUTCMinutes(random.pick([0, 15, 30, 45]), 0, 0)
  const endsAt = random.chance(0.6) ? toZonedIso(new Date(start.getTime() + random.int(1, 3) * HOUR_MS)) : null
  return { startsAt: toZonedIso(start), endsAt, allDay: false }
}

function location(kind: Item['kind'], wijk: BenchWijk, random: SeededRandom): Location | null {
  const point = () => ({ lat: wijk.center.lat + (random.next() - 0.5) * 0.008, lon: wijk.center.lon + (random.next() - 0.5) * 0.012 })
  if (kind === 'event' && random.chance(0.7)) {
    const place = { name: random.pick(VENUES), address: `${random.pick(STREETS)} ${random.int(1, 120)}` }
    return random.chance(0.4) ? { ...place, ...point() } : place
  }
  return random.chance(0.08) ? point() : null
}

export interface GenerateOptions {
  seed: number
  /** The moment the data is looked at: items are published in the year before, some events start after it. */
  now: Date
}

/** The gemeente's items, wijk after wijk; the same plan, posts and options always give the same items. */
export function* generateItems(plan: GemeentePlan, posts: LabelledPost[], options: GenerateOptions): Generator<BenchItem> {
  const random = new SeededRandom(options.seed ^ 0x5eed)
  const byKind = new Map(KINDS.map((kind) => [kind, posts.filter((post) => post.kind === kind)]))
  const titled = new Map(KINDS.map((kind) => [kind, posts.filter((post) => post.kind === kind && post.title !== '')]))
  const sourceOf = new Map(plan.sources.map((source) => [`${source.wijkSlug}/${source.postPlatform}`, source]))
  let serial = 0
  for (const wijk of plan.wijken) {
    for (let n = 0; n < wijk.items; n++) {
      serial++
      const post = random.pick(posts)
      const source = sourceOf.get(`${wijk.slug}/${post.platform}`)!
      const platform = PLATFORM_SOURCES[post.platform]!
      const bodyText = recombine(post, byKind.get(post.kind)!, random)
      const otherTitles = titled.get(post.kind)!
      const title = post.title === '' ? firstSentence(bodyText, 100) : random.chance(0.2) ? random.pick(otherTitles).title : post.title
      const published = new Date(options.now.getTime() - Math.floor(random.next() * HISTORY_DAYS * 86_400) * 1000)
      const firstSeenAt = new Date(Math.min(options.now.getTime(), published.getTime() + random.int(0, 7200) * 1000))
      const closed = post.kind === 'event' ? random.chance(0.03) : post.kind !== 'info' && random.chance(0.1)
      const expires = post.kind === 'request' && EXPIRING_PLATFORMS.has(post.platform) && random.chance(0.7)
      const place = location(post.kind, wijk, random)
      const id = itemId(source.id, { externalId: String(serial), title, bodyText })
      const item: Item = {
        id,
        kind: post.kind,
        categories: post.categories,
        title,
        summary: summarise(bodyText, 300),
        bodyHtml: textToHtml(bodyText),
        url: `${source.url}/bericht/${serial}`,
        platform: platform.platform,
        source: { id: source.id, name: source.name, url: source.url },
        wijk: { slug: wijk.slug, name: wijk.name },
        location: place,
        ...(post.kind === 'event' ? eventTimes(published, random) : { startsAt: null, endsAt: null, allDay: false }),
        publishedAt: UNDATED_PLATFORMS.has(post.platform) ? null : toZonedIso(published),
        updatedAt: null,
        expiresAt: expires ? toZonedIso(new Date(published.getTime() + random.int(21, 60) * DAY_MS)) : null,
        status: closed ? 'closed' : 'open',
        cluster: id,
        alsoOn: [],
        reactions: post.platform === 'whatsapp' ? random.int(0, 4) : null,
        followUp: null,
      }
      yield {
        sourceId: source.id,
        firstSeenAt,
        stored: {
          item,
          classifiedBy: platform.structured ? 'source' : 'text',
          placedBy: place?.lat === undefined ? 'source' : 'coordinates',
          bodyText,
          contentHash: contentHash(item),
          sourceCategories: [],
        },
      }
    }
  }
}
