import { foldAccents } from '../normalise/text.ts'
import { foldStem } from '../understand/similarity.ts'
import { queryWords } from './text-query.ts'

const WORD = /[\p{L}\p{N}]+/gu
const LETTER = /\p{L}/u

/** A word as a Dutch stem: lower case, no accents, Snowball with the light fold ("boodschappen" -> "boodschap"). */
export function dutchStem(word: string): string {
  const folded = foldAccents(word)
  return LETTER.test(folded) ? foldStem(folded) : folded
}

/**
 * A text as its Dutch stems, for a search engine that does not stem Dutch itself (Meilisearch): the index holds
 * the stems and the query is stemmed the same way, so "boodschap" finds "boodschappen" and "fietsen" finds "fiets".
 */
export function stemmedText(text: string): string {
  return (text.match(WORD) ?? []).map(dutchStem).join(' ')
}

/** What a resident typed, as stems; the last word stays a prefix for the engine to complete. */
export function stemmedQuery(q: string | undefined): string {
  return queryWords(q).map(dutchStem).join(' ')
}
