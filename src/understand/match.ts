import { categoryLabel } from '../domain/taxonomy.ts'
import type { Category } from '../domain/taxonomy.ts'
import { EMAIL_PLACEHOLDER, IBAN_PLACEHOLDER, PHONE_PLACEHOLDER } from '../normalise/mask.ts'
import { classifyPost } from './classify.ts'
import { compileCues, cueScore, foldForCues } from './cue-scorer.ts'
import { OFFER_CUES } from './kind-cues.ts'
import { foldText, isStopword, stemKey } from './similarity.ts'
import { SYNONYM_GROUPS } from './synonyms.ts'
import { understoodText } from './understood-text.ts'

export interface MatchItem {
  id: string
  title: string
  body: string
  /** Ranked, most fitting first (the classifier's order). */
  categories: Category[]
  platform?: string
  publishedAt?: string | null
}

export interface Suggestion {
  offerId: string
  score: number
  /** Why it fits, in Dutch: "zelfde categorie: Boodschappen; 'Jumbo' ~ 'Albert Heijn'". */
  reason: string
}

// A fit needs the weight of one strong signal: the same main category with no need that contradicts it, or the
// main need of both posts shared; or two weaker ones, such as a shared further category and a shared need.
const MIN_SCORE = 3
const SAME_MAIN_CATEGORY = 3
const SHARED_CATEGORY = 1.5
/** Both have categories (other than `overig`) and share none. */
const NO_SHARED_CATEGORY = 1.5
const SHARED_NEED = 1.5
/** Added for a shared need that is the request's main need, and again when it is the offer's. */
const MAIN_NEED_BONUS = 0.75
const MAX_SHARED_NEEDS = 3
const SHARED_WORD = 0.75
const MAX_SHARED_WORDS = 3
/** Both name needs (synonym groups) and none is the same: a dog walker for someone who lost a cat. */
const NEED_MISMATCH = 2.5
/** They share a need, but not the one the request names first (its main one): a taalcafé for an interpreter. */
const MAIN_NEED_MISSED = 2
/** An offer whose own words ask for help: a request in disguise, a vacancy for volunteers. */
const ASKS_FOR_HELP = 4
const MAX_WORDS_IN_REASON = 3
const SAME_WORD_PREFIX = 3
const MAX_LINKS_PER_NEED = 2

// Compounds are read by their parts ("kattenoppas" is about cats, "kinderfiets" is a bike) only when both
// parts are long enough to be words ("honderd" is not about dogs), and not in names ("Schilderswijk", "Tuindorp").
const MIN_COMPOUND_PART = 4
const MIN_COMPOUND_HEAD = 3
const MAX_PHRASE_GAP = 1
const MIN_STEM_LENGTH = 4

// Words that say that a post asks or offers, or to whom, not what it is about.
const GENERIC_WORDS = `
  hulp help helpen helpt geholpen hulpvraag hulpaanbod aanbod aangeboden bied biedt bieden vraag vragen gevraagd
  gezocht zoek zoeken zoekt iemand niemand mensen persoon buurt wijk straat buurtbewoner buurtbewoners bewoner
  bewoners gratis vergoeding kosten euro vrijwilliger vrijwilligers vrijwillig ouderen oudere senioren nodig goed
  prima paar keer vaak soms regelmatig wekelijks beetje klein kleine groot grote lang nieuw nieuwe oud oude ervaring
  handig samen thuis huis mevrouw meneer moeder vader man vrouw zoon dochter opa oma alles iets niks dingen ding
  interesse zelf elkaar beschikbaar mogelijk eventueel rustig geduld geduldig lukt lukken lastig moeilijk welkom
  iedereen terug weer kort klaar doen maken geven nemen komen langs vrij leuke lieve graag plezier zodat krijg
  krijgen kijken kijk vind vindt weinig veel bijna alleen zin heerlijk hele
`
const offerCues = compileCues(OFFER_CUES, { negatable: true })
const genericStems = new Set(GENERIC_WORDS.trim().split(/\s+/).map(stemKey))

const hidden = new RegExp(
  [EMAIL_PLACEHOLDER, PHONE_PLACEHOLDER, IBAN_PLACEHOLDER].map((text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')
    + String.raw`|\b(?:https?://|www\.)\S+`,
  'gi',
)
const WORD = /[\p{L}\p{N}]+(?:[-‐‑'’`´][\p{L}\p{N}]+)*/gu
const HAS_LETTER = /\p{L}/u
const SENTENCE_END = /(?<=[.!?:])\s+|\n+/
const NAME = /^\p{Lu}/u

interface Word {
  /** As written: "iPad". */
  surface: string
  folded: string
  stem: string
  /** Which sentence it is in; the title is sentence 0. */
  sentence: number
  /** The first word of its sentence, where a capital does not mark a name. */
  opensSentence: boolean
}

interface Term {
  group: number
  stems: string[]
  folded: string
}

interface Mention {
  /** The words as written in the post. */
  text: string
  /** Equal keys: the same word, however inflected. */
  key: string
  sentence: number
}

interface Profile {
  needs: Map<number, Mention[]>
  /** The needs of the first sentence that names one (the title when it does): what the post is mainly about. */
  mainNeeds: number[]
  /** Topic words by stem: no stop words, no generic words. */
  words: Map<string, Word>
}

const terms: Term[] = SYNONYM_GROUPS.flatMap((group, index) =>
  group.map((term) => {
    const folded = foldText(term)
    return { group: index, stems: folded.split(' ').map(stemKey), folded }
  }),
)
const singleTerms = terms.filter((term) => term.stems.length === 1)
const phraseTerms = terms.filter((term) => term.stems.length > 1)
// A short stem meets too many unrelated words ("koor" and "korte", "maatje" and "maat"): those terms match as written.
const groupsByWord = new Map<string, number[]>()
const groupsByStem = new Map<string, number[]>()
for (const term of singleTerms) {
  const stem = term.stems[0]!
  groupsByWord.set(term.folded, [...(groupsByWord.get(term.folded) ?? []), term.group])
  if (stem.length >= MIN_STEM_LENGTH) groupsByStem.set(stem, [...(groupsByStem.get(stem) ?? []), term.group])
}
const compoundParts = singleTerms.map((term) => ({
  group: term.group,
  starts: [...new Set([term.folded, term.stems[0]!])].filter((form) => form.length >= MIN_COMPOUND_PART),
  head: term.folded.length >= MIN_COMPOUND_PART ? term.folded : undefined,
}))

/**
 * For each request, the offers that fit it, best first; an empty list when none really fits. The score adds a
 * shared category (the main one counts most), shared needs (synonym groups: "iPad" ~ "tablet"; the need a post
 * names first counts more) and shared topic words. It subtracts for posts whose categories or needs differ, for
 * an offer that misses the request's main need, and for an offer whose own words ask for help (a request in
 * disguise, a vacancy), so that such an offer is all but never suggested.
 */
export function matchRequests(requests: MatchItem[], offers: MatchItem[]): Map<string, Suggestion[]> {
  const candidates = offers.map((offer) => ({ offer, profile: profileOf(offer), asks: asksForHelp(offer) }))
  const matches = new Map<string, Suggestion[]>()
  for (const request of requests) {
    const requestProfile = profileOf(request)
    const fits = candidates
      .filter(({ offer }) => offer.id !== request.id)
      .map(({ offer, profile, asks }) => {
        const { score, reason } = assess(request, requestProfile, offer, profile)
        return { offer, score: asks ? score - ASKS_FOR_HELP : score, reason }
      })
      .filter(({ score }) => score >= MIN_SCORE)
      .sort((a, b) => b.score - a.score || newerFirst(a.offer, b.offer) || a.offer.id.localeCompare(b.offer.id))
    matches.set(request.id, fits.map(({ offer, score, reason }) => ({ offerId: offer.id, score: Math.round(score * 100) / 100, reason })))
  }
  return matches
}

function assess(request: MatchItem, requestProfile: Profile, offer: MatchItem, offerProfile: Profile): { score: number; reason: string } {
  const reasons: string[] = []
  let score = 0

  const category = sharedCategory(request.categories, offer.categories)
  if (category) {
    score += category.main ? SAME_MAIN_CATEGORY : SHARED_CATEGORY
    reasons.push(`${category.main ? 'zelfde' : 'gedeelde'} categorie: ${categoryLabel(category.category)}`)
  } else if (isCategorised(request) && isCategorised(offer)) {
    score -= NO_SHARED_CATEGORY
  }

  const links = needLinks(requestProfile, offerProfile).slice(0, MAX_SHARED_NEEDS)
  const mainNeedShared = links.some((link) => requestProfile.mainNeeds.includes(link.group))
  const mainNeedOffered = links.some((link) => offerProfile.mainNeeds.includes(link.group))
  score += SHARED_NEED * links.length + (mainNeedShared ? MAIN_NEED_BONUS : 0) + (mainNeedOffered ? MAIN_NEED_BONUS : 0)
  if (links.length === 0 && requestProfile.needs.size > 0 && offerProfile.needs.size > 0) score -= NEED_MISMATCH
  if (links.length > 0 && !mainNeedShared) score -= MAIN_NEED_MISSED

  // The same word (or one the stemmer counts as the same, "laptop" ~ "pc") is a closer fit than a word of the same need.
  const linkedKeys = new Set(links.flatMap((link) => link.keys))
  const sharedWords = [...requestProfile.words].filter(([stem]) => offerProfile.words.has(stem) && !linkedKeys.has(stem))
  const closeLinks = links.filter((link) => link.close).length
  score += SHARED_WORD * Math.min(closeLinks + sharedWords.length, MAX_SHARED_WORDS)

  const named = withoutParts([...links.flatMap((link) => link.same), ...sharedWords.map(([, word]) => word.surface)])
  if (named.length > 0) reasons.push(`beide noemen ${named.slice(0, MAX_WORDS_IN_REASON).map((text) => `'${text}'`).join(', ')}`)
  reasons.push(...links.flatMap((link) => link.pairs.map(([asked, offered]) => `'${asked}' ~ '${offered}'`)))
  return { score, reason: reasons.join('; ') }
}

interface NeedLink {
  group: number
  /** Words both posts use for the need, as the request writes them. */
  same: string[]
  /** Different words for the need: request's, offer's. */
  pairs: [string, string][]
  /** Some word has one key on both sides: the same word or a close synonym. */
  close: boolean
  keys: string[]
}

/** The needs (synonym groups) both posts name, each with the words that link them. */
function needLinks(request: Profile, offer: Profile): NeedLink[] {
  const links: NeedLink[] = []
  for (const [group, requestMentions] of request.needs) {
    const offerMentions = offer.needs.get(group)
    if (!offerMentions) continue
    const requestOnly = requestMentions.filter((mention) => !offerMentions.some((other) => sameWord(mention, other)))
    const offerOnly = offerMentions.filter((mention) => !requestMentions.some((other) => sameWord(mention, other)))
    links.push({
      group,
      same: requestMentions.filter((mention) => !requestOnly.includes(mention)).map((mention) => mention.text),
      pairs: linkPairs(requestOnly, offerOnly).map(([asked, offered]) => [asked.text, offered.text]),
      close: requestMentions.some((mention) => offerMentions.some((other) => other.key === mention.key)),
      keys: [...requestMentions, ...offerMentions].map((mention) => mention.key),
    })
  }
  return links
}

/** Distinct texts, leaving out a word already shown inside a phrase ("lekke band" covers "band"). */
function withoutParts(texts: string[]): string[] {
  const distinct = [...new Set(texts)]
  return distinct.filter((text) => !distinct.some((other) => other !== text && other.toLowerCase().split(' ').includes(text.toLowerCase())))
}

/** The best category the two share: the same main category, or any other one both have. `overig` links nothing. */
function sharedCategory(requestCategories: Category[], offerCategories: Category[]): { category: Category; main: boolean } | undefined {
  const [requestMain] = requestCategories
  if (requestMain && requestMain !== 'overig' && requestMain === offerCategories[0]) return { category: requestMain, main: true }
  const shared = requestCategories.find((category) => category !== 'overig' && offerCategories.includes(category))
  return shared ? { category: shared, main: false } : undefined
}

function isCategorised(item: MatchItem): boolean {
  return item.categories.some((category) => category !== 'overig')
}

/**
 * An "offer" that reads as a request and offers nothing: "Vrijwilligers gezocht voor de boodschappenbus", "Wie heeft
 * een boor voor mij?". One that also offers ("breng het graag bij iemand die het nodig heeft. Gratis!") stays.
 */
function asksForHelp(offer: MatchItem): boolean {
  if (classifyPost({ title: offer.title, body: offer.body, platform: offer.platform }).kind !== 'request') return false
  return cueScore(foldForCues(`${offer.title}\n${offer.body}`), offerCues) === 0
}

function profileOf(item: MatchItem): Profile {
  const words = [understoodText(item.title), ...understoodText(item.body).split(SENTENCE_END)].flatMap((sentence, index) => wordsOf(sentence, index))
  const topicWords = new Map<string, Word>()
  for (const word of words) {
    if (!isStopword(word.folded) && HAS_LETTER.test(word.folded) && !genericStems.has(word.stem) && !topicWords.has(word.stem)) {
      topicWords.set(word.stem, word)
    }
  }
  const needs = needsOf(words)
  const firstSentence = Math.min(...[...needs.values()].flat().map((mention) => mention.sentence))
  const mainNeeds = [...needs].filter(([, mentions]) => mentions.some((mention) => mention.sentence === firstSentence)).map(([group]) => group)
  return { needs, mainNeeds, words: topicWords }
}

/** The words of a text as written, each with its folded form and stem key; masked contact data and links left out. */
function wordsOf(text: string, sentence: number): Word[] {
  return [...text.replace(hidden, ' ').matchAll(WORD)].flatMap(([surface], index) =>
    foldText(surface)
      .split(' ')
      .filter((folded) => folded !== '')
      .map((folded) => ({ surface, folded, stem: stemKey(folded), sentence, opensSentence: index === 0 })),
  )
}

function needsOf(words: Word[]): Map<number, Mention[]> {
  const needs = new Map<number, Mention[]>()
  const add = (group: number, mention: Mention) => {
    const mentions = needs.get(group) ?? []
    if (!mentions.some((known) => known.key === mention.key)) mentions.push(mention)
    needs.set(group, mentions)
  }
  for (const word of words) {
    // A stop word names nothing, even where its stem is a term's ("om" is not "ommetje").
    if (isStopword(word.folded)) continue
    for (const group of groupsByWord.get(word.folded) ?? groupsByStem.get(word.stem) ?? compoundGroups(word)) {
      add(group, { text: word.surface, key: word.stem, sentence: word.sentence })
    }
  }
  for (const term of phraseTerms) {
    const span = findPhrase(words, term.stems)
    if (span) add(term.group, { text: span.map((word) => word.surface).join(' '), key: term.stems.join(' '), sentence: span[0]!.sentence })
  }
  return needs
}

/**
 * The needs a compound names by its first part ("hondenuitlaatservice", compared as stems) or by its head
 * ("kinderfiets", compared as written: as stems "energierekening" would end in "rekenen").
 */
function compoundGroups(word: Word): number[] {
  if (NAME.test(word.surface) && !word.opensSentence) return []
  const groups = new Set<number>()
  for (const { group, starts, head } of compoundParts) {
    const asModifier = starts.some((form) => word.stem.startsWith(form) && word.stem.length - form.length >= MIN_COMPOUND_PART)
    const asHead = head !== undefined && word.folded.endsWith(head) && word.folded.length - head.length >= MIN_COMPOUND_HEAD
    if (asModifier || asHead) groups.add(group)
  }
  return [...groups]
}

/** The first place where a phrase occurs, allowing a word in between ("wandelen met mijn hond"). */
function findPhrase(words: Word[], stems: string[]): Word[] | undefined {
  for (let start = 0; start < words.length; start++) {
    if (words[start]!.stem !== stems[0]) continue
    let at = start
    let complete = true
    for (const stem of stems.slice(1)) {
      const next = words.slice(at + 1, at + 2 + MAX_PHRASE_GAP).findIndex((word) => word.stem === stem)
      if (next < 0) {
        complete = false
        break
      }
      at += next + 1
    }
    if (complete) return words.slice(start, at + 1)
  }
  return undefined
}

/** Up to MAX_LINKS_PER_NEED pairs of different words for one need, closest synonyms first ("iPad" ~ "tablet"). */
function linkPairs(requestOnly: Mention[], offerOnly: Mention[]): [Mention, Mention][] {
  const pairs: [Mention, Mention][] = requestOnly.flatMap((asked) => offerOnly.map((offered) => [asked, offered] as [Mention, Mention]))
  const chosen: [Mention, Mention][] = []
  for (const pair of [...pairs.filter(([a, b]) => a.key === b.key), ...pairs]) {
    if (chosen.length === MAX_LINKS_PER_NEED) break
    if (!chosen.some(([a, b]) => a === pair[0] || b === pair[1])) chosen.push(pair)
  }
  return chosen
}

/**
 * The same word, however inflected ("boodschap", "boodschappen"); not two words the stemmer's own synonym list
 * gives one key ("iPad", "tablet"): those are shown as a link.
 */
function sameWord(a: Mention, b: Mention): boolean {
  return a.key === b.key && a.text.slice(0, SAME_WORD_PREFIX).toLowerCase() === b.text.slice(0, SAME_WORD_PREFIX).toLowerCase()
}

function newerFirst(a: MatchItem, b: MatchItem): number {
  return publishedTime(b) - publishedTime(a)
}

function publishedTime(item: MatchItem): number {
  const time = item.publishedAt ? Date.parse(item.publishedAt) : Number.NaN
  return Number.isNaN(time) ? 0 : time
}
