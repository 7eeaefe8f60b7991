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
  const consonant = SHORT_VOWEL_THEN_CONSONANT.exec(lower)?.[1]
  return consonant ? [word, word + consonant] : [word]
}

/**
 * Turns what a resident typed into tsquery text: the words (Unicode letters and digits only, so no
 * tsquery syntax gets through) joined with AND, the last one as a prefix for search-as-you-type.
 * Null when nothing searchable is left. The result is bound as a parameter to `to_tsquery`.
 */
export function toPrefixTsQuery(input: string | undefined): string | null {
  const words = (input ?? '').normalize('NFC').match(/[\p{L}\p{N}]+/gu)?.slice(0, MAX_WORDS)
  if (!words) return null
  return words
    .map((word, index) => {
      const forms = withOtherNumber(word).map((form) => (index === words.length - 1 ? `${form}:*` : form))
      return forms.length === 1 ? forms[0] : `(${forms.join(' | ')})`
    })
    .join(' & ')
}
