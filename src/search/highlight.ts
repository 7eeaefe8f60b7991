import { escapeHtml, foldAccents } from '../normalise/text.ts'
import { foldStem, trigramSimilarity } from '../understand/similarity.ts'
import { queryWords, wordForms } from './text-query.ts'

/** A word of the text this much like a query word (trigrams) counts as a typo of it, when the search was fuzzy. */
const TYPO_SIMILARITY = 0.5
/** Shorter query words are not read as typos: too much looks like them. */
const MIN_TYPO_LENGTH = 4
const WORD = /[\p{L}\p{N}]+/gu
const NOT_ASCII = /[^\p{ASCII}]/u
/** Words that can share a stem begin alike: only a word starting like one of the stems is stemmed at all. */
const STEM_PREFIX_LENGTH = 3
/** How many typo comparisons may differ in length: beyond this a word is no typo of the other. */
const TYPO_LENGTH_DIFFERENCE = 3

export interface HighlightTerms {
  /** Stems of the query words and their forms (other number, synonyms). */
  stems: Set<string>
  /** How those stems begin (STEM_PREFIX_LENGTH letters). */
  stemStarts: Set<string>
  /** The word being typed, folded: a text word that starts with it matches. */
  prefixes: string[]
  /** Folded query words a text word may be a typo of; empty unless the search fell back to typo tolerance. */
  typos: string[]
}

export function highlightTerms(q: string | undefined, fuzzy: boolean): HighlightTerms {
  const words = queryWords(q).map(foldAccents)
  const stems = new Set(words.flatMap((word) => wordForms(word).map((form) => foldStem(foldAccents(form)))))
  const stemStarts = new Set([...stems].map((stem) => stem.slice(0, STEM_PREFIX_LENGTH)))
  const last = words.at(-1)
  const prefixes = last === undefined ? [] : wordForms(last).map(foldAccents)
  return { stems, stemStarts, prefixes, typos: fuzzy ? words.filter((word) => word.length >= MIN_TYPO_LENGTH) : [] }
}

/**
 * The text, HTML-escaped, with `<mark>...</mark>` around the words the query matched: the same stem (Dutch
 * plurals, synonyms), the word being typed as a prefix, and after a typo-tolerant search the words like a query word.
 */
export function highlight(text: string, terms: HighlightTerms): string {
  let html = ''
  let at = 0
  for (const match of text.matchAll(WORD)) {
    const word = match[0]
    html += escapeHtml(text.slice(at, match.index))
    const folded = NOT_ASCII.test(word) ? foldAccents(word) : word.toLowerCase()
    html += matches(folded, terms) ? `<mark>${escapeHtml(word)}</mark>` : escapeHtml(word)
    at = match.index + word.length
  }
  return html + escapeHtml(text.slice(at))
}

function matches(folded: string, { stems, stemStarts, prefixes, typos }: HighlightTerms): boolean {
  return (
    prefixes.some((prefix) => folded.startsWith(prefix)) ||
    (stemStarts.has(folded.slice(0, STEM_PREFIX_LENGTH)) && stems.has(foldStem(folded))) ||
    typos.some(
      (typo) =>
        folded.length >= MIN_TYPO_LENGTH &&
        Math.abs(folded.length - typo.length) <= TYPO_LENGTH_DIFFERENCE &&
        trigramSimilarity(folded, typo) >= TYPO_SIMILARITY,
    )
  )
}
