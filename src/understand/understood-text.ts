/**
 * How much of a text understanding reads: a neighbourhood post says what it is, when and where early on. The
 * rest of a longer text (a broken or hostile source) would only cost time, and some Dutch date and name
 * patterns cost time that grows faster than the text.
 */
export const UNDERSTOOD_LENGTH = 4000

/** The start of a text that understanding reads. */
export function understoodText(text: string, length = UNDERSTOOD_LENGTH): string {
  return text.length > length ? text.slice(0, length) : text
}
