import { foldAccents } from '../normalise/text.ts'
import { synonymsOf } from './synonyms.ts'

/** At most this many words of a query are used; more only makes the query slower, not better. */
const MAX_WORDS = 12

const CONSONANT = '[bcdfghjklmnpqrstvwxz]'
const PLURAL_WITH_DOUBLED_CONSONANT = new RegExp(`(${CONSONANT})\\1en$`)
const SHORT_VOWEL_THEN_CONSONANT = new RegExp(`(?:^|[^aeiou])[aeiou](${CONSONANT})$`)

/**
 * Dutch doubles the consonant after a short vowel in the plural (boodschap, boodschappen), and the
 * Snowball stemmer undoes that only for d, k and t: "boodschappen" is stored as `boodschapp`, "boodschap"
 * as `boodschap`. So a word is also searched in its other number.
 */
function withOtherNumber(word: string): string[] {
  const lower = word.toLowerCase()
  if (PLURAL_WITH_DOUBLED_CONSONANT.test(lower)) return [word, word.slice(0, -3)]
  // A word in -en or -jes is a plural or a verb already ("fietsen", "maken", "klusjes"), not a singular to double.
  const consonant = /(?:en|jes)$/.test(lower) ? undefined : SHORT_VOWEL_THEN_CONSONANT.exec(lower)?.[1]
  return consonant ? [word, word + consonant] : [word]
}

/** The words of what a resident typed: Unicode letters and digits only, so no query syntax gets through. */
export function queryWords(input: string | undefined): string[] {
  return (input ?? '').normalize('NFC').match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_WORDS) ?? []
}

/** A word, its other number and its synonyms (src/search/synonyms.ts): any of them may match. */
export function wordForms(word: string): string[] {
  const numbers = withOtherNumber(word)
  const singulars = numbers.map(foldAccents).flatMap((form) => [form, form.replace(/(?:en|s)$/, '')])
  return [...new Set([...numbers, ...singulars.flatMap(synonymsOf)])]
}

/**
 * Turns what a resident typed into tsquery text: the words joined with AND, each with its forms ORed, the
 * last one as a prefix for search-as-you-type. Null when nothing searchable is left. The result is bound as a
 * parameter to `to_tsquery`.
 */
export function toPrefixTsQuery(input: string | undefined): string | null {
  const words = queryWords(input)
  if (words.length === 0) return null
  return words.map((word, index) => wordTsQuery(word, index === words.length - 1)).join(' & ')
}

/** One word's tsquery: its forms ORed, as prefixes when it is the word being typed. */
export function wordTsQuery(word: string, isLast: boolean): string {
  const forms = wordForms(word).map((form) => (isLast ? `${form}:*` : form))
  return forms.length === 1 ? forms[0]! : `(${forms.join(' | ')})`
}
