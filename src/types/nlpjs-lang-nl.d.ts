// The parts of @nlpjs/lang-nl (plain JS, no types of its own) that src/understand uses.
declare module '@nlpjs/lang-nl' {
  /** Snowball stemmer for Dutch. */
  export class StemmerNl {
    stemWord(word: string): string
  }

  /** A short list of Dutch function words (lower case, no accents), plus single letters and digits. */
  export class StopwordsNl {
    isStopword(token: string): boolean
  }
}
