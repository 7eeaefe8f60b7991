import type { Category, Kind } from '../domain/taxonomy.ts'
import { CATEGORY_KEYWORDS, KIND_CUES } from './category-keywords.ts'
import { EMAIL_PLACEHOLDER, IBAN_PLACEHOLDER, PHONE_PLACEHOLDER } from './mask.ts'

const MAX_CATEGORIES = 3
const TITLE_WEIGHT = 2

export interface FallbackInput {
  title: string
  text: string
  startsAt: string | null
  /** The source's own tags or themes; those a keyword fits come first. */
  sourceCategories: string[]
}

const categoryPatterns = Object.entries(CATEGORY_KEYWORDS).map(
  ([category, stems]) => [category as Category, wordStartPattern(stems, 'gu')] as const,
)
const kindPatterns = KIND_CUES.map(([kind, cues]) => [kind, wordStartPattern(cues, 'u')] as const)
const placeholders = new RegExp([EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, IBAN_PLACEHOLDER].map(escapeRegExp).join('|'), 'g')

/** Keyword classification until the real classifier lands: good enough to file a post, never empty. */
export function fallbackClassify(input: FallbackInput): { kind: Kind; categories: [Category, ...Category[]] } {
  const title = comparable(input.title)
  const text = comparable(input.text)
  return { kind: fallbackKind(title, text, input.startsAt), categories: fallbackCategories(title, text, input.sourceCategories) }
}

function fallbackKind(title: string, text: string, startsAt: string | null): Kind {
  for (const part of [title, text]) {
    const cue = kindPatterns.find(([, pattern]) => pattern.test(part))
    if (cue) return cue[0]
  }
  return startsAt ? 'event' : 'info'
}

function fallbackCategories(title: string, text: string, sourceCategories: string[]): [Category, ...Category[]] {
  const fromSource = sourceCategories.flatMap((label) => ranked(comparable(label), ''))
  const fromText = ranked(title, text)
  const categories = [...new Set([...fromSource, ...fromText])].slice(0, MAX_CATEGORIES)
  return categories.length > 0 ? (categories as [Category, ...Category[]]) : ['overig']
}

/** Categories whose keywords occur, most hits first (title hits count double), ties in taxonomy order. */
function ranked(title: string, text: string): Category[] {
  return categoryPatterns
    .map(([category, pattern]) => ({ category, score: TITLE_WEIGHT * hits(pattern, title) + hits(pattern, text) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .map(({ category }) => category)
}

function hits(globalPattern: RegExp, text: string): number {
  return text.match(globalPattern)?.length ?? 0
}

/** Lower case, accents off, our own masking placeholders out (they would read as "e-mail" and "telefoon"). */
function comparable(text: string): string {
  return text.replace(placeholders, ' ').normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
}

function wordStartPattern(stems: string[], flags: string): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${stems.join('|')})`, flags)
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
