import type { Location } from '../domain/item.ts'
import type { Kind } from '../domain/taxonomy.ts'
import { DEFAULT_ZONE } from '../domain/time.ts'
import { contentStems, contentTokens, foldText, sharesCompound, stemSet } from './similarity.ts'
import { understoodText } from './understood-text.ts'

/** What dedupe needs to know of an item. */
export interface DedupeItem {
  id: string
  platform: string
  kind: Kind
  title: string
  body: string
  publishedAt: string | null
  startsAt: string | null
  endsAt?: string | null
  allDay?: boolean
  location: Pick<Location, 'name' | 'address' | 'postcode'> | null
  /** The configured source (one Facebook group, one feed): two different posts of one source never merge. */
  sourceId?: string
  /** Link to the post. Two items of one source with the same link are judged like any pair: the same post read twice,
   * or (a chat without post links) two messages that the text tells apart. */
  url?: string | null
}

/** A venue name or address longer than this is not one. */
const PLACE_LENGTH = 200

// Text similarity (weighted containment, 0-1) two items need to be one post when no date ties them together.
const TEXT_MATCH = 0.4
// ... and when both are events on the same day and hour in no conflicting place: text, or most of one's title.
const EVENT_TEXT_MATCH = 0.3
const EVENT_TITLE_MATCH = 0.6
// Above this the texts are near copies, one post whatever else differs: the names they use, or how their kind was read.
const NEAR_COPY = 0.85
// Below this, two items are unrelated, and a cluster holding one of each is a chain to be avoided.
const TEXT_RELATED = 0.15
// What a word found only inside a compound of the other text counts for, against 1 for the word itself.
const COMPOUND_CREDIT = 0.5
// Shared content words a match on text needs: three, or two when the shorter text has no more.
const MIN_SHARED_STEMS = 3
const MIN_SHARED_STEMS_SHORT_TEXT = 2
// A repost of a request or an offer comes within this many days of the first.
const PUBLISHED_WINDOW_DAYS = 14
// Two announced start times this close are one start ("half 10 inloop" against "10:00").
const START_TOLERANCE_MINUTES = 30
// Stems in more items than this do not make candidate pairs on their own: too common to say two posts are one.
const MAX_BLOCKING_FREQUENCY = 50
// Document frequencies are smoothed as if the input had at least this many items, so small inputs weigh as large ones.
const MIN_CORPUS_SIZE = 50

// Words that say what kind of place something is, not which one: "Buurthuis De Linde" and "Buurthuis Het Anker"
// differ only in the rest.
const VENUE_WORDS = [
  'buurthuis', 'wijkcentrum', 'buurtcentrum', 'bibliotheek', 'bieb', 'speeltuin', 'park', 'kerk', 'school', 'sporthal',
  'gymzaal', 'kinderboerderij', 'moestuin', 'buurttuin', 'zaal',
]
const GENERIC_PLACE_STEMS = stemSet(`${VENUE_WORDS.join(' ')} speeltuingebouw gebouw gemeentehuis stadhuis centrum locatie adres`)
// A named place in running text: "in Het Anker", "bij de Klimboom", "buurthuis De Linde", "in Park Rozenhof".
const PLACE_IN_TEXT = new RegExp(
  String.raw`\b(?:(?:[Ii]n|[Bb]ij|[Nn]aar|[Oo]p)\s+(?:[Hh]et|[Dd]e|'t)|${VENUE_WORDS.map(eitherCase).join('|')})\s+` +
    String.raw`((?:[Hh]et|[Dd]e|'t)\s+)?(\p{Lu}[\p{L}'-]+(?:\s+\p{Lu}[\p{L}'-]+)?)`,
  'gu',
)
// The street and house number in an address ("Kerkstraat 2", "Buurthuis De Linde, Kerkstraat 2a, Zwolle"): the word
// before the first number, so "Van Goghlaan 3" and "Goghlaan 3" compare equal.
const STREET_AND_NUMBER = /(\p{L}[\p{L}.'’-]*)\s+(\d+)\s*([a-z]\b)?/iu
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/
// Reads the local day and time of a moment in Europe/Amsterdam.
const localClock = new Intl.DateTimeFormat('en-CA', {
  timeZone: DEFAULT_ZONE, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
})
// A capitalised word inside a sentence: a name ("onze poes Minoes", "bloemist Marleen", "de Hartstichting").
const NAME_IN_TEXT = /(?<=[\p{L}\p{N},)][ \t]+)\p{Lu}[\p{L}'’-]*\p{Ll}[\p{L}'’-]*/gu
// A street in running text: "Kievitstraat", "Merelplein", "Oosterparkweg" (folded), but not "onderweg".
const STREET = /^(?!onderweg$)\p{L}{3,}(?:straat|laan|weg|plein|singel|gracht|kade|dreef|steeg)$/u

interface Start {
  /** Local date in Europe/Amsterdam, YYYY-MM-DD. */
  day: string
  /** Minutes since local midnight; null for an all-day item. */
  minutes: number | null
  /** The local date it ends: later than `day` for an event of several days (a weekend festival). */
  lastDay: string
}

interface Prepared {
  item: DedupeItem
  stems: Set<string>
  titleStems: Set<string>
  /** Stems of the names the text uses other than its places: people, pets, organisations. */
  names: Set<string>
  /** Stems that name this item's place: the venue name without generic words, the street; structured or in text. */
  placeStems: Set<string>
  address: { street: string; number: string } | null
  postcode: string | null
  start: Start | null
  /** The last moment to announce it: its start, or the end of its (last) day when it has no time or several days. */
  announcedByMs: number | null
  publishedMs: number | null
  url: string | null
}

type Verdict = { kind: 'match'; score: number } | { kind: 'related' } | { kind: 'unrelated' } | { kind: 'conflict' }

/**
 * Groups the items that are one post or one event seen on several platforms. Returns item id -> cluster id, where
 * the cluster id is the id of its earliest published member (then the smallest id), the same for any input order.
 *
 * Two items can be one when their kinds are compatible (never a request with an offer), they come from different
 * sources (or one source gives both the same link), their times agree (events: the same day, and the same time within
 * half an hour when both give one; an undated post published before the event; otherwise published within two weeks
 * of each other) and they name no different places (address, postcode, venue or street, structured or in the text).
 * Two events on one start are then one when their texts are related or one holds most of the other's title; other
 * pairs when their texts are close and, unless near copies, name no different people or pets (Minoes is not Tijger).
 *
 * Matches are merged best first; a merge that would put two conflicting or unrelated items in one cluster is refused,
 * so a chain of look-alikes (the weekly koffieochtend and an undated post that fits every week) never becomes one cluster.
 */
export function clusterItems(items: DedupeItem[]): Map<string, string> {
  // Sorted by id, so that nothing below depends on the input order.
  const prepared = [...new Map(items.map((item) => [item.id, item])).values()].sort(byId).map(prepare)
  const documentFrequency = countDocumentFrequency(prepared.map((entry) => entry.stems))
  const weightOf = stemWeights(documentFrequency, prepared.length)

  const count = prepared.length
  const verdicts = new Map<number, Verdict>()
  const verdictOf = (a: number, b: number): Verdict => {
    const key = a < b ? a * count + b : b * count + a
    let verdict = verdicts.get(key)
    if (!verdict) {
      verdict = judgePair(prepared[a]!, prepared[b]!, weightOf)
      verdicts.set(key, verdict)
    }
    return verdict
  }

  const matches: { a: number; b: number; score: number }[] = []
  for (const [a, b] of candidatePairs(prepared, documentFrequency)) {
    const verdict = verdictOf(a, b)
    if (verdict.kind === 'match') matches.push({ a, b, score: verdict.score })
  }
  // Best first; equal scores in index order, which is id order.
  matches.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b)

  const members = prepared.map((_, index) => [index])
  const root = prepared.map((_, index) => index)
  for (const { a, b } of matches) {
    const rootA = root[a]!
    const rootB = root[b]!
    if (rootA === rootB) continue
    const clusterA = members[rootA]!
    const clusterB = members[rootB]!
    const belongTogether = (x: number, y: number) => ['match', 'related'].includes(verdictOf(x, y).kind)
    if (!clusterA.every((x) => clusterB.every((y) => belongTogether(x, y)))) continue
    for (const member of clusterB) root[member] = rootA
    clusterA.push(...clusterB)
    members[rootB] = []
  }

  const clusters = new Map<string, string>()
  for (const cluster of members) {
    if (cluster.length === 0) continue
    const representative = cluster.map((index) => prepared[index]!).sort(byPublishedThenId)[0]!.item.id
    for (const index of cluster) clusters.set(prepared[index]!.item.id, representative)
  }
  return clusters
}

function judgePair(a: Prepared, b: Prepared, weightOf: (stem: string) => number): Verdict {
  const sameSource = a.item.sourceId !== undefined && a.item.sourceId === b.item.sourceId
  if (sameSource && (a.url === null || a.url !== b.url)) return { kind: 'conflict' }
  if (timesConflict(a, b) || placesConflict(a, b)) return { kind: 'conflict' }

  const textScore = textSimilarity(a, b, weightOf)
  if (a.start && b.start) {
    const titleScore = titleSimilarity(a, b, weightOf)
    if (textScore >= EVENT_TEXT_MATCH || titleScore >= EVENT_TITLE_MATCH) {
      return { kind: 'match', score: 1 + Math.max(textScore, titleScore) }
    }
    return Math.max(textScore, titleScore) >= TEXT_RELATED ? { kind: 'related' } : { kind: 'unrelated' }
  }
  // Different names (Minoes, Tijger) make two look-alike posts two posts. Events on one start are left out: an agenda
  // names the organiser, a post the neighbour who goes. A request and an offer are the two sides that match connects,
  // not one post (but a forward may have had its kind read the other way).
  if (textScore < NEAR_COPY && (namesConflict(a, b) || oppositeKinds(a.item.kind, b.item.kind))) return { kind: 'conflict' }
  if (textScore >= TEXT_MATCH && sharedStemsSuffice(a.stems, b.stems)) return { kind: 'match', score: textScore }
  return textScore >= TEXT_RELATED ? { kind: 'related' } : { kind: 'unrelated' }
}

/**
 * Two events on different starts; an undated post published after the other's event (a report, a thank-you:
 * announcements come before); or two undated posts published too far apart to be one.
 */
function timesConflict(a: Prepared, b: Prepared): boolean {
  if (a.start && b.start) return !sameStart(a.start, b.start)
  const dated = a.start ? a : b.start ? b : null
  if (dated) {
    const undated = dated === a ? b : a
    return undated.publishedMs !== null && undated.publishedMs > dated.announcedByMs!
  }
  if (a.publishedMs === null || b.publishedMs === null) return false
  return Math.abs(a.publishedMs - b.publishedMs) > PUBLISHED_WINDOW_DAYS * 86_400_000
}

/** A request and an offer. Other mixes are common for one post: an activity that seeks volunteers, a notice of an event. */
function oppositeKinds(a: Kind, b: Kind): boolean {
  return (a === 'request' && b === 'offer') || (a === 'offer' && b === 'request')
}

function sameStart(a: Start, b: Start): boolean {
  if (a.day !== b.day) return within(b.day, a) || within(a.day, b)
  if (a.minutes === null || b.minutes === null) return true
  return Math.abs(a.minutes - b.minutes) <= START_TOLERANCE_MINUTES
}

/** The day falls in an event of several days: one platform announces the whole weekend, another its Sunday. */
function within(day: string, event: Start): boolean {
  return event.lastDay > event.day && day >= event.day && day <= event.lastDay
}

/** Both say where, and they name different places: a different address, postcode, or venue not named in the other. */
function placesConflict(a: Prepared, b: Prepared): boolean {
  if (a.address && b.address) return a.address.street !== b.address.street || a.address.number !== b.address.number
  if (a.postcode && b.postcode) {
    const comparable = a.postcode.length === 6 && b.postcode.length === 6 ? 6 : 4
    if (a.postcode.slice(0, comparable) !== b.postcode.slice(0, comparable)) return true
  }
  if (a.placeStems.size === 0 || b.placeStems.size === 0) return false
  const named = (place: Set<string>, other: Prepared) => [...place].some((stem) => other.placeStems.has(stem) || other.stems.has(stem))
  return !named(a.placeStems, b) && !named(b.placeStems, a)
}

/** Both texts name someone or something, and neither names anything of the other: Minoes is not Tijger. */
function namesConflict(a: Prepared, b: Prepared): boolean {
  if (a.names.size === 0 || b.names.size === 0) return false
  const named = (names: Set<string>, other: Prepared) =>
    [...names].some((name) => other.stems.has(name) || other.placeStems.has(name))
  return !named(a.names, b) && !named(b.names, a)
}

/**
 * How much of the shorter text's content the longer one holds, rare words weighing more and a word found only
 * inside a compound of the other ("afval" in "zwerfafval") counting half. 0 to 1.
 */
function textSimilarity(a: Prepared, b: Prepared, weightOf: (stem: string) => number): number {
  const exact = Math.max(weightedShare(a.stems, b.stems, weightOf), weightedShare(b.stems, a.stems, weightOf))
  // Looking into compounds is the costly part; unrelated texts do not need it.
  if (exact < TEXT_RELATED) return exact
  return Math.max(weightedShare(a.stems, b.stems, weightOf, COMPOUND_CREDIT), weightedShare(b.stems, a.stems, weightOf, COMPOUND_CREDIT))
}

/** How much of one item's title the other item's text holds (the best of both ways); 0 without titles. */
function titleSimilarity(a: Prepared, b: Prepared, weightOf: (stem: string) => number): number {
  const aInB = a.titleStems.size > 0 ? weightedShare(a.titleStems, b.stems, weightOf) : 0
  const bInA = b.titleStems.size > 0 ? weightedShare(b.titleStems, a.stems, weightOf) : 0
  return Math.max(aInB, bInA)
}

/** The weighted part of `part` that `whole` holds; a stem found only inside a compound of `whole` counts `compoundCredit`. */
function weightedShare(part: Set<string>, whole: Set<string>, weightOf: (stem: string) => number, compoundCredit = 0): number {
  let total = 0
  let held = 0
  for (const stem of part) {
    const weight = weightOf(stem)
    total += weight
    if (whole.has(stem)) held += weight
    else if (compoundCredit > 0 && sharesCompound(stem, whole)) held += weight * compoundCredit
  }
  return total === 0 ? 0 : held / total
}

function sharedStemsSuffice(a: Set<string>, b: Set<string>): boolean {
  let shared = 0
  for (const stem of a) if (b.has(stem)) shared++
  return shared >= Math.max(MIN_SHARED_STEMS_SHORT_TEXT, Math.min(MIN_SHARED_STEMS, a.size, b.size))
}

function countDocumentFrequency(stemSets: Set<string>[]): Map<string, number> {
  const frequency = new Map<string, number>()
  for (const stems of stemSets) for (const stem of stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1)
  return frequency
}

function stemWeights(documentFrequency: Map<string, number>, itemCount: number): (stem: string) => number {
  const corpusSize = Math.max(itemCount, MIN_CORPUS_SIZE)
  return (stem) => Math.log(1 + corpusSize / (documentFrequency.get(stem) ?? 1))
}

/** Pairs (a < b) worth judging: they share a stem that is not too common, or start on the same day. */
function candidatePairs(prepared: Prepared[], documentFrequency: Map<string, number>): [number, number][] {
  const postings = new Map<string, number[]>()
  prepared.forEach((entry, index) => {
    const keys = [...entry.stems].filter((stem) => (documentFrequency.get(stem) ?? 0) <= MAX_BLOCKING_FREQUENCY)
    if (entry.start) keys.push(`@${entry.start.day}`)
    for (const key of keys) {
      const list = postings.get(key)
      if (list) list.push(index)
      else postings.set(key, [index])
    }
  })
  const seen = new Set<number>()
  const pairs: [number, number][] = []
  const count = prepared.length
  for (const list of postings.values()) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = list[i]! * count + list[j]!
        if (seen.has(key)) continue
        seen.add(key)
        pairs.push([list[i]!, list[j]!])
      }
    }
  }
  return pairs
}

/** What is compared of an item: the start of its text and of its place (see understood-text.ts). */
function readablePart(item: DedupeItem): DedupeItem {
  const location = item.location && {
    ...item.location,
    ...(item.location.name ? { name: understoodText(item.location.name, PLACE_LENGTH) } : {}),
    ...(item.location.address ? { address: understoodText(item.location.address, PLACE_LENGTH) } : {}),
  }
  return { ...item, title: understoodText(item.title), body: understoodText(item.body), location }
}

function prepare(whole: DedupeItem): Prepared {
  const item = readablePart(whole)
  const text = `${item.title}\n${item.body}`
  const start = parseStart(item)
  const tokens = contentTokens(text)
  const stems = new Set(tokens.map((token) => token.stem))
  const location = item.location
  const placeStems = new Set<string>()
  for (const stem of contentStems(location?.name ?? '')) if (!GENERIC_PLACE_STEMS.has(stem)) placeStems.add(stem)
  for (const stem of contentStems(location?.address ?? '')) if (!GENERIC_PLACE_STEMS.has(stem)) placeStems.add(stem)
  for (const stem of venueStemsInText(text)) placeStems.add(stem)
  for (const token of tokens) if (STREET.test(token.word)) placeStems.add(token.stem)
  return {
    item: whole,
    stems,
    names: new Set(contentStems((text.match(NAME_IN_TEXT) ?? []).join(' ')).filter((stem) => !placeStems.has(stem))),
    titleStems: stemSet(item.title),
    placeStems,
    address: parseAddress(location?.address),
    postcode: location?.postcode ? location.postcode.replace(/\s+/g, '').toUpperCase() : null,
    start,
    announcedByMs: start ? announcementDeadline(item.startsAt!, start) : null,
    publishedMs: item.publishedAt ? Date.parse(item.publishedAt) : null,
    url: item.url ? normaliseUrl(item.url) : null,
  }
}

function venueStemsInText(text: string): string[] {
  const venues = [...text.matchAll(PLACE_IN_TEXT)].map((match) => match[2]!)
  return contentStems(venues.join(' ')).filter((stem) => !GENERIC_PLACE_STEMS.has(stem))
}

function parseAddress(address: string | undefined): { street: string; number: string } | null {
  const match = address ? STREET_AND_NUMBER.exec(address) : null
  return match ? { street: foldText(match[1]!), number: `${match[2]}${match[3] ?? ''}`.toLowerCase() } : null
}

function parseStart(item: DedupeItem): Start | null {
  const start = localMoment(item.startsAt)
  if (!start) return null
  const end = localMoment(item.endsAt ?? null)
  return {
    day: start.day,
    minutes: item.allDay ? null : start.minutes,
    lastDay: end && end.day > start.day ? end.day : start.day,
  }
}

/** The local day and time of an ISO date-time; a bare date has no time. */
function localMoment(iso: string | null): { day: string; minutes: number | null } | null {
  if (!iso) return null
  if (DATE_ONLY.test(iso)) return { day: iso, minutes: null }
  const moment = Date.parse(iso)
  if (Number.isNaN(moment)) return null
  const parts = Object.fromEntries(localClock.formatToParts(moment).map((part) => [part.type, part.value]))
  return { day: `${parts.year}-${parts.month}-${parts.day}`, minutes: Number(parts.hour) * 60 + Number(parts.minute) }
}

/** Its start, or the end of its last day (give or take the zone's hour, which does not matter here). */
function announcementDeadline(startsAt: string, start: Start): number {
  if (start.minutes !== null && start.lastDay === start.day) return Date.parse(startsAt)
  return Date.parse(start.lastDay) + 86_400_000
}

function normaliseUrl(url: string): string {
  return url.trim().replace(/^https?:\/\/(www\.)?/i, '').replace(/[/#?]+$/, '').toLowerCase()
}

function byPublishedThenId(a: Prepared, b: Prepared): number {
  const publishedA = a.publishedMs ?? Number.POSITIVE_INFINITY
  const publishedB = b.publishedMs ?? Number.POSITIVE_INFINITY
  if (publishedA !== publishedB) return publishedA < publishedB ? -1 : 1
  return byId(a.item, b.item)
}

/** A word as a pattern that matches it with or without a capital: "park" -> "[Pp]ark". */
function eitherCase(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]}]${word.slice(1)}`
}

function byId(a: DedupeItem, b: DedupeItem): number {
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}
