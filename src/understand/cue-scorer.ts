import { foldAccents } from '../normalise/text.ts'
import { EMAIL_PLACEHOLDER, IBAN_PLACEHOLDER, PHONE_PLACEHOLDER } from '../normalise/mask.ts'

/**
 * Weighted cues: each pattern is a regular expression source matched at the start of a word in folded text
 * (lower case, accents off), so a stem also finds its inflections and compounds that begin with it
 * ("boodschap" finds "boodschappenlijstje") but not words that merely contain it ("bezoek" is not "zoek").
 */
export type CueTable = [weight: number, patterns: string[]][]

export interface CompiledCues {
  /** `literal`: text every match contains, so a text without it need not be searched. */
  patterns: { weight: number; pattern: RegExp; literal: string }[]
  /** Whether a negation just before a cue cancels it ("geen hulp nodig", "niet te koop"). */
  negatable: boolean
}

/** The same cue found more often adds up, but only this many times: a long post should not win by length. */
const MAX_REPEATS = 2
// Up to two words between the negation and the cue, within one clause (no punctuation in between).
const NEGATION_BEFORE = /(?<![\p{L}\p{N}])(?:geen|niet|nooit|zonder|hoeft|hoef)(?:\s+[\p{L}\p{N}]+){0,2}\s*$/u
// The rest of the cue's word, then the negation: "zoekt geen leden".
const NEGATION_AFTER = /^\p{L}*\s*(?:geen|niet)(?![\p{L}\p{N}])/u
const NEGATION_WINDOW = 30

// A cue starts a word, or starts with a sign ("?", an emoji) that may follow a word directly.
const WORD_START = '(?:(?<![\\p{L}\\p{N}])|(?![\\p{L}\\p{N}]))'

// Street and neighbourhood names say where, not what: "Bloemenbuurt", "Schoolstraat", "Tuinwijk" are no cues.
const PLACE_NAME = /^\p{L}+(?:buurt|wijk|straat|laan|weg|plein|kade|singel|gracht|dreef|steeg|hof)$/u
const WORD = /\p{L}+/uy
const DIGIT = /\p{N}/u

const placeholders = new RegExp([EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, IBAN_PLACEHOLDER].map(escapeRegExp).join('|'), 'gi')

export function compileCues(table: CueTable, options: { negatable: boolean }): CompiledCues {
  return {
    patterns: table.flatMap(([weight, sources]) =>
      sources.map((source) => ({ weight, pattern: new RegExp(`${WORD_START}(?:${source})`, 'gu'), literal: requiredLiteral(source) })),
    ),
    negatable: options.negatable,
  }
}

/**
 * The summed weight of the cues in a folded text. A cue found inside a heavier one is the same evidence and does
 * not count again: "gratis af te halen" replaces the "af te halen" and "gratis" inside it.
 */
export function cueScore(folded: string, cues: CompiledCues): number {
  const found: { start: number; end: number; weight: number }[] = []
  for (const { weight, pattern, literal } of cues.patterns) {
    if (!folded.includes(literal)) continue
    let repeats = 0
    for (const match of folded.matchAll(pattern)) {
      const end = match.index + match[0].length
      if (startsPlaceName(folded, match.index)) continue
      if (cues.negatable && isNegated(folded, match.index, end)) continue
      found.push({ start: match.index, end, weight })
      if (++repeats === MAX_REPEATS) break
    }
  }
  found.sort((a, b) => b.weight - a.weight || b.end - b.start - (a.end - a.start))
  const counted: typeof found = []
  for (const match of found) {
    if (!counted.some((other) => other.start <= match.start && match.end <= other.end)) counted.push(match)
  }
  return counted.reduce((sum, { weight }) => sum + weight, 0)
}

/** Whether the word at `start` is a street or neighbourhood name ("Tuinstraat 4", "de Bloemenbuurt"). */
function startsPlaceName(folded: string, start: number): boolean {
  WORD.lastIndex = start
  const word = WORD.exec(folded)?.[0] ?? ''
  return PLACE_NAME.test(word) && !DIGIT.test(folded.charAt(start + word.length))
}

/** "geen hulp nodig", "niet te koop", "zoekt geen leden meer". */
function isNegated(folded: string, start: number, end: number): boolean {
  return NEGATION_BEFORE.test(folded.slice(Math.max(0, start - NEGATION_WINDOW), start)) || NEGATION_AFTER.test(folded.slice(end, end + NEGATION_WINDOW))
}

/**
 * Text as the cues expect it: lower case, accents and apostrophes off, our masking placeholders out (they would
 * read as "e-mail" and "telefoon"), euro signs as words. Hyphens stay: after one a word starts ("lente-opruimactie").
 * Digits and punctuation stay: times, dates and question marks are cues too.
 */
export function foldForCues(text: string): string {
  return foldAccents(text.replace(placeholders, ' '))
    .replace(/€/g, ' euro ')
    .replace(/\s+/g, ' ')
    .trim()
}

/**
 * The longest run of plain characters a pattern always matches: outside groups and alternatives, each not made
 * optional by a quantifier after it. Empty when there is none (then every text is searched).
 */
function requiredLiteral(source: string): string {
  let best = ''
  let run = ''
  let depth = 0
  for (let i = 0; i < source.length; i++) {
    const char = source.charAt(i)
    const next = source.charAt(i + 1)
    if (depth === 0 && /[\p{L}\p{N}\p{So} ,:=-]/u.test(char) && !/[?*{]/.test(next)) {
      run += char
      if (run.length > best.length) best = run
      continue
    }
    run = ''
    if (char === '\\') i = /[pP]/.test(next) ? source.indexOf('}', i) : i + 1
    else if (char === '{') i = source.indexOf('}', i)
    else if (char === '(') depth++
    else if (char === ')') depth--
    else if (char === '[') i = source.indexOf(']', i)
    else if (char === '|' && depth === 0) return ''
  }
  return best
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
