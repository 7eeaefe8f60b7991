import { readdirSync, readFileSync } from 'node:fs'
import { DateTime } from 'luxon'
import { z } from 'zod'
import { locationSchema } from '../../../src/domain/item.ts'
import { CATEGORIES, KINDS } from '../../../src/domain/taxonomy.ts'
import { DEFAULT_ZONE } from '../../../src/domain/time.ts'
import { classifyPost } from '../../../src/understand/classify.ts'
import { clusterItems } from '../../../src/understand/dedupe.ts'
import { matchRequests } from '../../../src/understand/match.ts'
import { accuracy, firstSuggestionScores, pairwiseScores, perLabelScores, type LabelScore } from './metrics.ts'

export const SPLITS = ['dev', 'heldout'] as const
export type Split = (typeof SPLITS)[number]

const DATA = new URL('../data/', import.meta.url)
const moment = z.union([z.iso.datetime({ offset: true }), z.iso.date()]).nullable()

const labelledPost = z.object({
  id: z.string(),
  platform: z.string(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.iso.datetime({ offset: true }),
  kind: z.enum(KINDS),
  categories: z.array(z.enum(CATEGORIES)).min(1).max(3),
  startsAt: moment,
  endsAt: moment.optional(),
  allDay: z.boolean().optional(),
})

const labelledCopy = z.object({
  id: z.string(),
  platform: z.string(),
  sourceName: z.string(),
  url: z.string(),
  title: z.string(),
  body: z.string(),
  publishedAt: z.iso.datetime({ offset: true }).nullable(),
  startsAt: moment,
  endsAt: moment.optional(),
  location: locationSchema.nullable(),
  kind: z.enum(KINDS),
  cluster: z.string(),
})

const matchPost = z.object({ id: z.string(), platform: z.string(), title: z.string(), body: z.string(), publishedAt: z.iso.datetime({ offset: true }) })
const matchSet = z.object({
  wijken: z.array(
    z.object({ wijk: z.string(), requests: z.array(matchPost), offers: z.array(matchPost), expected: z.record(z.string(), z.array(z.string())) }),
  ),
})

function readLines<T extends z.ZodType>(file: string, schema: T): z.infer<T>[] {
  return readFileSync(new URL(file, DATA), 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line, index) => {
      const parsed = schema.safeParse(JSON.parse(line))
      if (!parsed.success) throw new Error(`${file} line ${index + 1}: ${z.prettifyError(parsed.error)}`)
      return parsed.data
    })
}

export interface ClassificationReport {
  posts: number
  kindAccuracy: number
  firstCategoryAccuracy: number
  /** The expected first category is among the (up to three) predicted ones. */
  firstCategoryInPredicted: number
  kinds: Record<string, LabelScore>
  /** Scored on the first category. */
  categories: Record<string, LabelScore>
  /** Events whose text gives a date: how often the date (and time) read from the text is the labelled one. */
  eventDates: { events: number; right: number; missed: number }
  mistakes: { id: string; expected: string; predicted: string }[]
}

/** The labelled posts of a split: `posts.dev.jsonl` and further dev sets written later (`posts.dev-2.jsonl`). */
export function labelledPosts(split: Split) {
  return writerSets(split).flatMap(({ posts }) => posts)
}

/** The labelled posts of a split per file: each file was written by another writer. */
export function writerSets(split: Split) {
  const files = readdirSync(DATA).filter((file) => new RegExp(`^posts\\.${split}(-\\d+)?\\.jsonl$`).test(file)).sort()
  return files.map((file) => ({ file, posts: readLines(file, labelledPost) }))
}

export function evaluateClassification(split: Split): ClassificationReport {
  const posts = labelledPosts(split)
  const results = posts.map((post) => ({
    post,
    predicted: classifyPost({ title: post.title, body: post.body, platform: post.platform, publishedAt: new Date(post.publishedAt) }),
  }))
  const kinds = results.map(({ post, predicted }) => ({ expected: post.kind, predicted: predicted.kind }))
  const firstCategories = results.map(({ post, predicted }) => ({ expected: post.categories[0]!, predicted: predicted.categories[0] }))
  const dated = results.filter(({ post }) => post.kind === 'event' && post.startsAt)
  return {
    posts: posts.length,
    kindAccuracy: accuracy(kinds),
    firstCategoryAccuracy: accuracy(firstCategories),
    firstCategoryInPredicted: results.filter(({ post, predicted }) => predicted.categories.includes(post.categories[0]!)).length / posts.length,
    kinds: perLabelScores(kinds, KINDS),
    categories: perLabelScores(firstCategories, CATEGORIES),
    eventDates: {
      events: dated.length,
      right: dated.filter(({ post, predicted }) => predicted.event && sameMoment(predicted.event.startsAt, post.startsAt!)).length,
      missed: dated.filter(({ predicted }) => !predicted.event).length,
    },
    mistakes: results
      .filter(({ post, predicted }) => post.kind !== predicted.kind || post.categories[0] !== predicted.categories[0])
      .map(({ post, predicted }) => ({
        id: post.id,
        expected: `${post.kind}/${post.categories[0]}`,
        predicted: `${predicted.kind}/${predicted.categories[0]}`,
      })),
  }
}

/** The same local day, and the same minute when both have a time. */
function sameMoment(a: string, b: string): boolean {
  const day = (value: string) => DateTime.fromISO(value, { zone: DEFAULT_ZONE }).setZone(DEFAULT_ZONE)
  const timed = (value: string) => value.includes('T')
  if (timed(a) && timed(b)) return day(a).toMillis() === day(b).toMillis()
  return day(a).toISODate() === day(b).toISODate() && timed(a) === timed(b)
}

export interface DedupeReport {
  items: number
  clusters: number
  precision: number
  recall: number
  expectedPairs: number
  predictedPairs: number
}

/** The copies run through the pipeline as ingestion would: classified, dated from their text, then clustered. */
export function evaluateDedupe(split: Split): DedupeReport {
  const copies = readLines(`dedupe.${split}.jsonl`, labelledCopy)
  const predicted = clusterItems(
    copies.map((copy) => {
      const publishedAt = copy.publishedAt ? new Date(copy.publishedAt) : undefined
      const classified = classifyPost({
        title: copy.title,
        body: copy.body,
        platform: copy.platform,
        ...(publishedAt ? { publishedAt } : {}),
        startsAt: copy.startsAt,
      })
      const event = copy.startsAt ? null : classified.event
      return {
        id: copy.id,
        sourceId: copy.sourceName,
        url: copy.url,
        platform: copy.platform,
        kind: classified.kind,
        title: copy.title,
        body: copy.body,
        publishedAt: copy.publishedAt,
        startsAt: copy.startsAt ?? event?.startsAt ?? null,
        endsAt: copy.endsAt ?? event?.endsAt ?? null,
        allDay: event?.allDay ?? (copy.startsAt !== null && !copy.startsAt.includes('T')),
        location: copy.location,
      }
    }),
  )
  const expected = new Map(copies.map((copy) => [copy.id, copy.cluster]))
  return { items: copies.length, clusters: new Set(expected.values()).size, ...pairwiseScores(expected, predicted) }
}

export type MatchReport = ReturnType<typeof firstSuggestionScores> & { offers: number }

/** Requests and offers classified first, as ingestion stores them, then matched within their wijk. */
export function evaluateMatching(split: Split): MatchReport {
  const set = matchSet.parse(JSON.parse(readFileSync(new URL(`match.${split}.json`, DATA), 'utf8')))
  const toMatchItem = (post: z.infer<typeof matchPost>) => ({
    ...post,
    categories: classifyPost({ title: post.title, body: post.body, platform: post.platform, publishedAt: new Date(post.publishedAt) }).categories,
  })
  const cases = set.wijken.flatMap((wijk) => {
    const found = matchRequests(wijk.requests.map(toMatchItem), wijk.offers.map(toMatchItem))
    return wijk.requests.map((request) => ({
      expected: wijk.expected[request.id] ?? [],
      suggested: (found.get(request.id) ?? []).map((s) => s.offerId),
    }))
  })
  return { ...firstSuggestionScores(cases), offers: set.wijken.reduce((sum, wijk) => sum + wijk.offers.length, 0) }
}
