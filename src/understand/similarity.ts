import { StemmerNl, StopwordsNl } from '@nlpjs/lang-nl'
import { foldAccents } from '../normalise/text.ts'

/**
 * Dutch text as comparable content words, shared by dedupe and match: lower case, accents folded, punctuation,
 * emoji, links, numbers and masked contact data out, stop words out, each word reduced to a stem key so that
 * inflections, diminutives and a few everyday synonyms meet ("hondjes" ~ "hond", "iPad" ~ "tablet").
 */

export interface ContentToken {
  /** The word as folded from the text: "hondjes", "ipad". */
  word: string
  /** Its stem key: "hond", "tablet". Equal keys mean the words count as the same. */
  stem: string
}

const stemmer = new StemmerNl()
const nlpjsStopwords = new StopwordsNl()

// Function words and chat filler the @nlpjs list lacks, and words that place a post in time rather than say
// what it is about (dates are compared separately). Lower case, accents folded.
const EXTRA_STOPWORDS = new Set(
  `
  ben bent is zijn was waren wordt worden werd geworden heb hebt heeft hebben had hadden ga gaat gaan ging gingen
  kom komt komen kwam mag mogen moet moeten wil wilt willen kun kunt kan kunnen zal zult zullen zou zouden laat laten
  word weet weten zie ziet zien doe doet gedaan
  je jij jou jouw jullie hen hun onze ons zich mn zn dr t m d s samen
  welke waar wanneer waarom hoe wat wie welk dat deze die dit daar hier er
  heel erg echt even eventjes zeker misschien graag nogmaals snel gewoon ongeveer
  via per vanaf tussen rond rondom mee langs bij sinds tijdens
  hoi hallo hey hee hai beste lieve allen allemaal groetjes groet gr grt dank bedankt thanks tnx alvast svp aub pls plz
  ok oke ja nee jaja top super leuk fijn buren buurtgenoten iedereen niemand alle elke elk ieder weer doorgestuurd fwd
  bel bellen mail mailen email app appen appje pm dm pb stuur sturen bericht berichtje reageer reageren reactie
  contact opnemen info
  vandaag morgen overmorgen gisteren straks volgende vorige komende aanstaande deze
  week weekend maand jaar dag dagen uur uurtje tijd
  maandag dinsdag woensdag donderdag vrijdag zaterdag zondag ma di wo do vr za zo
  januari februari maart april mei juni juli augustus september oktober november december
  jan feb mrt apr jun jul aug sep sept okt nov dec
  ochtend middag avond ochtends middags avonds
  `.trim().split(/\s+/),
)

// Words that mean the very same thing in a neighbourhood post (one word for another), so two copies of one post
// meet; the first word of a group names its stem key. Broader "same need" groups, for matching a request to an
// offer, are in synonyms.ts.
const EQUIVALENT_WORDS: string[][] = [
  ['tablet', 'ipad'],
  ['computer', 'laptop', 'pc'],
  ['telefoon', 'smartphone', 'mobiel', 'gsm', 'iphone'],
  ['kat', 'poes', 'kater'],
  ['dokter', 'huisarts', 'arts'],
  ['buurthuis', 'buurtcentrum', 'wijkcentrum', 'buurtkamer'],
  ['bibliotheek', 'bieb'],
  ['repaircafe', 'reparatiecafe'],
  ['oppas', 'oppassen', 'babysit', 'babysitter', 'babysitten'],
  ['kind', 'kinderen', 'kids'],
  ['vrijwilliger', 'vrijwilligster'],
  ['koffieochtend', 'koffiemorgen', 'koffieochtendje'],
]

// Stemming is the costly part of reading a text, and a neighbourhood's vocabulary is small.
const MAX_CACHED_STEM_KEYS = 100_000
const stemKeys = new Map<string, string>()

const PLACEHOLDER = /\[[^\]]*verborgen\]/gi
const LINK = /\b(?:https?:\/\/|www\.)\S+/gi
// A hyphen inside a word joins a Dutch compound ("koffie-ochtend", "Buurt-BBQ"): it stays one word here.
const INNER_HYPHEN = /(?<=\p{L})[-‐‑](?=\p{L})/gu
const NON_WORD = /(?:[^\p{L}\p{N}-]|(?<!\p{L})-|-(?!\p{L}))+/u
const HAS_LETTER = /\p{L}/u
// "-je", "-tje", "-pje", "-etje", plural "-jes"; after a long vowel and t the t is the word's own ("plaatje").
const DIMINUTIVE = /(?<!(?:aa|ee|oo|uu))(?:et|t|p)?jes?$|(?<=(?:aa|ee|oo|uu)t)jes?$/

const synonymKeys = new Map<string, string>(
  EQUIVALENT_WORDS.flatMap(([head, ...others]) => others.map((other) => [foldStem(other), foldStem(head!)] as const)),
)

/**
 * Lower case, accents folded, masked contact data, links and punctuation out; words separated by one space.
 * A hyphenated compound becomes one word ("koffie-ochtend" -> "koffieochtend").
 */
export function foldText(text: string): string {
  return foldWithHyphens(text).replaceAll('-', '')
}

/** As foldText, with the hyphens of compounds kept ("koffie-ochtend"). */
function foldWithHyphens(text: string): string {
  return foldAccents(text.replace(PLACEHOLDER, ' ').replace(LINK, ' '))
    .replace(INNER_HYPHEN, '-')
    .split(NON_WORD)
    .filter((word) => word !== '')
    .join(' ')
}

/** A stop word: a function word, chat filler, or a word about time rather than topic. Expects a folded word. */
export function isStopword(word: string): boolean {
  return word.length < 2 || nlpjsStopwords.isStopword(word) || EXTRA_STOPWORDS.has(word)
}

/**
 * The Snowball stem with a light fold on top so inflected forms meet where Snowball leaves them apart
 * ("fietsen"/"fiets", "boodschappen"/"boodschap", "huizen"/"huis", "plaatsen"/"plaats", "zoekt"/"zoeken"),
 * diminutives reduced ("hondje" -> "hond"), and synonyms mapped to the key of their group.
 */
export function stemKey(word: string): string {
  let key = stemKeys.get(word)
  if (key === undefined) {
    const base = foldStem(word)
    key = synonymKeys.get(base) ?? base
    if (stemKeys.size >= MAX_CACHED_STEM_KEYS) stemKeys.clear()
    stemKeys.set(word, key)
  }
  return key
}

/** The Snowball stem with the light fold of `stemKey`, without its synonyms. Expects a folded word. */
export function foldStem(word: string): string {
  // The shortest reading of a diminutive that leaves a word ("katje" is "kat" + "je", not "ka" + "tje").
  const undiminished = [word.replace(DIMINUTIVE, ''), word.replace(/jes?$/, '')].find((base) => base.length >= 3) ?? word
  let stem = stemmer.stemWord(undiminished)
  // Snowball drops a final s after a consonant in "fiets" but not in "fietsen" (-> "fiets"): drop it here too.
  if (stem.length > 3 && /[^aeiouyj]s$/.test(stem)) stem = stem.slice(0, -1)
  // The verb ending -t ("zoekt", "woont", "helpt"): folding it loses little, as the rest of a post decides.
  if (stem.length > 3 && /[^aeiouyt]t$/.test(stem)) stem = stem.slice(0, -1)
  // "boodschapp" -> "boodschap", "huiz" -> "huis", "briev" -> "brief", "plaat" -> "plat" (as Snowball does "plaats").
  return stem
    .replace(/([^aeiouy])\1$/, '$1')
    .replace(/z$/, 's')
    .replace(/v$/, 'f')
    .replace(/([aeou])\1([^aeiouy])$/, '$1$2')
}

/**
 * The content words of a text, in order, each with its stem key. A hyphenated compound gives the whole word and
 * then its parts, as others write it apart or together: "buurt-bbq" -> "buurtbbq", "buurt", "bbq".
 */
export function contentTokens(text: string): ContentToken[] {
  const tokens: ContentToken[] = []
  const add = (word: string) => {
    if (word !== '' && HAS_LETTER.test(word) && !isStopword(word)) tokens.push({ word, stem: stemKey(word) })
  }
  for (const word of foldWithHyphens(text).split(' ')) {
    if (!word.includes('-')) {
      add(word)
      continue
    }
    add(word.replaceAll('-', ''))
    word.split('-').forEach(add)
  }
  return tokens
}

/** The stem keys of a text's content words, in order, repeats kept. */
export function contentStems(text: string): string[] {
  return contentTokens(text).map((token) => token.stem)
}

/** The distinct stem keys of a text's content words. */
export function stemSet(text: string): Set<string> {
  return new Set(contentStems(text))
}

// Dutch writes compounds as one word: "nepcollectanten" holds "collectant", "wandelmaatje" holds "wandel".
const MIN_COMPOUND_LENGTH = 7
const MIN_COMPOUND_MODIFIER = 3
const MIN_COMPOUND_HEAD = 4
const compoundPartsCache = new Map<string, string[]>()

/**
 * The parts a stem may be a compound of: every head of at least four letters ("zwerfafval" -> "afval", "fval") and
 * every modifier of at least three ("zwe", "zwerf", "zwerfa"). Most are no words, but they only count when the
 * other text has them as a stem.
 */
function compoundParts(stem: string): string[] {
  let parts = compoundPartsCache.get(stem)
  if (!parts) {
    parts = []
    if (stem.length >= MIN_COMPOUND_LENGTH) {
      for (let cut = MIN_COMPOUND_MODIFIER; cut <= stem.length - MIN_COMPOUND_HEAD; cut++) {
        parts.push(stem.slice(0, cut), stem.slice(cut))
      }
    }
    if (compoundPartsCache.size >= MAX_CACHED_STEM_KEYS) compoundPartsCache.clear()
    compoundPartsCache.set(stem, parts)
  }
  return parts
}

/**
 * The stem is not among `stems` but shares a compound with one of them: it is a part of one ("afval" in "zwerfafval")
 * or one is a part of it ("nepcollectant" holds "collectant").
 */
export function sharesCompound(stem: string, stems: ReadonlySet<string>): boolean {
  if (compoundParts(stem).some((part) => stems.has(part))) return true
  for (const other of stems) {
    if (other.length < MIN_COMPOUND_LENGTH || other.length <= stem.length) continue
    const rest = other.length - stem.length
    if (stem.length >= MIN_COMPOUND_HEAD && rest >= MIN_COMPOUND_MODIFIER && other.endsWith(stem)) return true
    if (stem.length >= MIN_COMPOUND_MODIFIER && rest >= MIN_COMPOUND_HEAD && other.startsWith(stem)) return true
  }
  return false
}

function overlap<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let shared = 0
  for (const value of small) if (large.has(value)) shared++
  return shared
}

/** |A ∩ B| / |A ∪ B|; 0 when both are empty. */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const shared = overlap(a, b)
  const union = a.size + b.size - shared
  return union === 0 ? 0 : shared / union
}

/**
 * |A ∩ B| / min(|A|, |B|): how much of the smaller set the larger one contains, so a shortened repost
 * still scores high against its original. 0 when either is empty.
 */
export function containment<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const smaller = Math.min(a.size, b.size)
  return smaller === 0 ? 0 : overlap(a, b) / smaller
}

/** The character trigrams of a text's folded words, each word padded with a space on both sides. */
function trigrams(text: string): Set<string> {
  const grams = new Set<string>()
  for (const word of foldText(text).split(' ')) {
    if (word === '') continue
    const padded = ` ${word} `
    for (let i = 0; i + 3 <= padded.length; i++) grams.add(padded.slice(i, i + 3))
  }
  return grams
}

/**
 * Dice coefficient of the character trigrams of two short texts (titles): robust to typos, compounds written
 * apart and word order ("Koffie-ochtend Buurthuis" ~ "koffieochtend in het buurthuis"). 0 to 1.
 */
export function trigramSimilarity(a: string, b: string): number {
  const gramsA = trigrams(a)
  const gramsB = trigrams(b)
  const total = gramsA.size + gramsB.size
  return total === 0 ? 0 : (2 * overlap(gramsA, gramsB)) / total
}
