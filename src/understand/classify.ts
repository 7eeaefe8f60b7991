import taxonomy from '../domain/taxonomy.json' with { type: 'json' }
import { CATEGORIES, KINDS, isCategory } from '../domain/taxonomy.ts'
import type { Category, Kind } from '../domain/taxonomy.ts'
import { toZonedIso } from '../domain/time.ts'
import { firstSentence } from '../normalise/text.ts'
import { CATEGORY_CUES } from './category-cues.ts'
import { compileCues, cueScore, foldForCues } from './cue-scorer.ts'
import type { CompiledCues } from './cue-scorer.ts'
import { findEventDate } from './event-date.ts'
import type { EventDate } from './event-date.ts'
import { CANCELLED_CUES, INVITATION_CUES, PLATFORM_KINDS, TITLE_PREFIX_KINDS, VOLUNTEER_CALL_CUES } from './kind-cues.ts'
import { kindFeatures, kindModel } from './kind-model.ts'
import type { KindModel } from './kind-model.ts'
import { understoodText } from './understood-text.ts'

export interface ClassifyInput {
  title: string
  body: string
  platform?: string
  /** The platform's own tags ("Boodschappen", "Computerles"); those that name a category rank first. */
  sourceCategories?: string[]
  publishedAt?: Date
  /** The start the platform itself gives: then the post is an event unless it clearly asks or offers. */
  startsAt?: string | null
}

export interface Classification {
  kind: Kind
  /** Ranked, most fitting first; `overig` alone when nothing fits. */
  categories: [Category, ...Category[]]
  /** The date read from the text, for an event whose platform gave none. */
  event?: EventDate
}

const TITLE_WEIGHT = 2
/** A post without a title is read with its first sentence as the title, as it is shown. */
const DERIVED_TITLE_LENGTH = 200
/**
 * For invitation and volunteer cues, a first sentence standing in for a title counts once more, not twice: it often
 * sets the scene ("de gemeente gaat onze straat opnieuw inrichten") before the ask further on.
 */
const DERIVED_TITLE_KIND_WEIGHT = 1
/** Neighbourhood posts announce weeks or months ahead, not a year. */
const ROLLED_OVER_AFTER_DAYS = 300
const DAY_MS = 86_400_000
const MAX_CATEGORIES = 3
/** The least a first category must score to beat `overig`. */
const FIRST_CATEGORY_MIN = 4
/** A platform tag names a category only through a cue that names it outright (weight 5 and up). */
const SOURCE_TAG_MIN = 5
/** A further category must score this share of the first and at least FIRST_CATEGORY_MIN. */
const FURTHER_CATEGORY_SHARE = 0.4

const invitationCues = compileCues(INVITATION_CUES, { negatable: true })
const cancelledCues = compileCues(CANCELLED_CUES, { negatable: false })
const volunteerCallCues = compileCues(VOLUNTEER_CALL_CUES, { negatable: true })
const categoryCues = CATEGORIES.filter((category) => category !== 'overig').map(
  (category) => [category, compileCues(CATEGORY_CUES[category], { negatable: false })] as const,
)
const LETTER = /\p{L}/u
const categoryNames = new Map<string, Category>(
  taxonomy.categories.flatMap(({ id, label }) => (isCategory(id) ? [[foldForCues(id), id], [foldForCues(label), id]] as const : [])),
)

/** What a Dutch neighbourhood post is (kind) and what it is about (ranked categories), from its words and platform. */
export function classifyPost(input: ClassifyInput, model: KindModel = kindModel): Classification {
  const evidence = kindEvidence(input)
  const kind = kindOf(evidence, model)
  const { title, body } = evidence.text
  const categories = categoriesOf({ title, body, titleWeight: TITLE_WEIGHT }, input.sourceCategories ?? [])
  return kind === 'event' && evidence.dateInText ? { kind, categories, event: evidence.dateInText } : { kind, categories }
}

/** What the learned kind model reads of a post: to train it on labelled posts the way classification reads them. */
export function kindFeaturesOf(input: ClassifyInput): Record<string, number> {
  return featuresOf(kindEvidence(input))
}

function kindEvidence(whole: ClassifyInput): KindEvidence {
  const input = { ...whole, title: understoodText(whole.title), body: understoodText(whole.body) }
  const hasTitle = input.title.trim() !== ''
  const title = foldForCues(hasTitle ? input.title : firstSentence(input.body, DERIVED_TITLE_LENGTH))
  const body = foldForCues(input.body)
  const publishedAt = input.publishedAt ?? new Date()
  const dateInText = input.startsAt ? undefined : findEventDate(`${input.title}\n${input.body}`, publishedAt)
  const text = { title, body, titleWeight: hasTitle ? TITLE_WEIGHT : DERIVED_TITLE_KIND_WEIGHT }
  return { text, platform: input.platform, startsAt: input.startsAt, dateInText, publishedAt }
}

function featuresOf({ text, platform, dateInText }: KindEvidence): Record<string, number> {
  return kindFeatures({ title: text.title, body: text.body, platform, hasDate: dateInText !== undefined })
}

/** Folded text whose title counts `titleWeight` times on top of the body. */
interface WeightedText {
  title: string
  body: string
  titleWeight: number
}

interface KindEvidence {
  text: WeightedText
  platform: string | undefined
  startsAt: string | null | undefined
  dateInText: EventDate | undefined
  publishedAt: Date
}

/**
 * The platform's own kind if it has one, then a formal title prefix ("Hulpvraag: ..."), else the kind the learned
 * model scores highest (info when it sees no sign of any, or no words). A start the platform gives makes the post an
 * event unless it asks or offers. An event on a past date is a report, unless it still invites, and one called off is
 * news; an event that calls for volunteers is a request.
 */
function kindOf(evidence: KindEvidence, model: KindModel): Kind {
  const platformKind = evidence.platform === undefined ? undefined : PLATFORM_KINDS[evidence.platform]
  if (platformKind) return platformKind
  const { text, dateInText } = evidence
  const kind = TITLE_PREFIX_KINDS.find(([prefix]) => prefix.test(text.title))?.[1] ?? learnedKind(evidence, model)
  if (kind !== 'event') return kind
  const isReport = dateInText !== undefined && isPast(dateInText, evidence.publishedAt) && weightedScore(text, invitationCues) === 0
  if (isReport || weightedScore(text, cancelledCues) > 0) return 'info'
  return weightedScore(text, volunteerCallCues) > 0 ? 'request' : 'event'
}

function learnedKind(evidence: KindEvidence, model: KindModel): Kind {
  const { startsAt, text } = evidence
  if (!LETTER.test(text.title) && !LETTER.test(text.body)) return startsAt ? 'event' : 'info'
  const scores = model.scores(featuresOf(evidence))
  const best = KINDS.reduce((a, b) => ((scores.get(b) ?? 0) > (scores.get(a) ?? 0) ? b : a))
  if ((scores.get(best) ?? 0) <= 0) return startsAt ? 'event' : 'info'
  return startsAt && best === 'info' ? 'event' : best
}

/** The platform's own tags that name a category first, then the categories whose cues weigh most. */
function categoriesOf(text: WeightedText, sourceCategories: string[]): [Category, ...Category[]] {
  const fromSource = sourceCategories.map(categoryOfTag).filter((category) => category !== undefined)
  const scored = categoryCues
    .map(([category, cues]) => ({ category, score: weightedScore(text, cues) }))
    .sort((a, b) => b.score - a.score)
  const top = scored[0]?.score ?? 0
  const fromText = scored
    .filter(({ score }, rank) => score >= FIRST_CATEGORY_MIN && (rank === 0 || score >= FURTHER_CATEGORY_SHARE * top))
    .map(({ category }) => category)
  const [first, ...rest] = [...new Set([...fromSource, ...fromText])].slice(0, MAX_CATEGORIES)
  return first ? [first, ...rest] : ['overig']
}

/** A platform tag names a category when it is the category's id or label, or its cues point clearly to one. */
function categoryOfTag(tag: string): Category | undefined {
  const folded = foldForCues(tag)
  const named = categoryNames.get(folded)
  if (named) return named
  const [best, second] = categoryCues
    .map(([category, cues]) => ({ category, score: cueScore(folded, cues) }))
    .sort((a, b) => b.score - a.score)
  return best && best.score >= SOURCE_TAG_MIN && best.score > (second?.score ?? 0) ? best.category : undefined
}

function weightedScore({ title, body, titleWeight }: WeightedText, cues: CompiledCues): number {
  return titleWeight * cueScore(title, cues) + cueScore(body, cues)
}

/**
 * Whether the date lies before the day (all-day) or moment the post was published. A date without a year is
 * read as the next one to come, so "zaterdag 7 maart" in a report of 10 March lands almost a year ahead: that
 * counts as past too.
 */
function isPast(date: EventDate, publishedAt: Date): boolean {
  const published = toZonedIso(publishedAt)
  const start = date.allDay ? Date.parse(`${date.startsAt}T12:00:00Z`) : Date.parse(date.startsAt)
  if (start - publishedAt.getTime() > ROLLED_OVER_AFTER_DAYS * DAY_MS) return true
  return date.allDay ? date.startsAt < published.slice(0, 10) : start < publishedAt.getTime()
}
