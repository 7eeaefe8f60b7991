import * as chrono from 'chrono-node'
import type { ParsedComponents, ParsedResult, Parser, ParsingComponents, ParsingContext, ParsingResult, Refiner } from 'chrono-node'
import { DateTime } from 'luxon'
import { DEFAULT_ZONE } from '../domain/time.ts'
import { understoodText } from './understood-text.ts'

export interface EventDate {
  /** ISO 8601 with the Amsterdam offset; for an all-day event the local date `YYYY-MM-DD`. */
  startsAt: string
  /** Only when the text gives an end time. */
  endsAt?: string
  allDay: boolean
}

type PartOfDay = 'ochtend' | 'middag' | 'avond' | 'nacht'

/** The start assumed for a part of the day named without a clock time ("donderdagavond", "morgenochtend"). */
const PART_OF_DAY_START: Record<PartOfDay, { hour: number; minute: number }> = {
  ochtend: { hour: 9, minute: 0 },
  middag: { hour: 14, minute: 0 },
  avond: { hour: 19, minute: 30 },
  nacht: { hour: 23, minute: 0 },
}
const PART_OF_DAY_WORDS: Record<string, PartOfDay> = {
  ochtend: 'ochtend', ochtends: 'ochtend', morgen: 'ochtend', morgens: 'ochtend', vroeg: 'ochtend',
  middag: 'middag', middags: 'middag', namiddag: 'middag', avond: 'avond', avonds: 'avond', nacht: 'nacht', nachts: 'nacht',
}
const WEEKDAYS: Record<string, number> = {
  zondag: 0, maandag: 1, dinsdag: 2, woensdag: 3, donderdag: 4, vrijdag: 5, zaterdag: 6,
}
// Short forms are ordinary words too ("zo leuk", "mijn ma", "toegang vrij"): they only count before a number
// ("zo 8 nov", "za 21/6") and only when that number turns out to be a date or a time.
const WEEKDAY_ABBREVIATIONS: Record<string, number> = {
  zon: 0, zo: 0, ma: 1, din: 2, di: 2, woe: 3, wo: 3, dond: 4, don: 4, do: 4, vrij: 5, vr: 5, zat: 6, za: 6,
}
const DAY_WORDS: Record<string, number> = { vandaag: 0, van: 0, morgen: 1, overmorgen: 2, gisteren: -1, gister: -1, eergisteren: -2 }
const HOUR_WORDS: Record<string, number> = {
  een: 1, twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, elf: 11, twaalf: 12,
}
const ORDINALS: Record<string, number> = {
  eerste: 1, '1e': 1, '1ste': 1, tweede: 2, '2e': 2, '2de': 2, derde: 3, '3e': 3, '3de': 3, vierde: 4, '4e': 4, '4de': 4, laatste: -1,
}

const TAG_PART_OF_DAY = 'buurtfeed/partOfDay/'
const TAG_WEEKLY = 'buurtfeed/weekly'
const TAG_MONTHLY = 'buurtfeed/monthly/'
const TAG_ABBREVIATION = 'buurtfeed/weekdayAbbreviation'
const TAG_CLOCK = 'buurtfeed/clock'

const alternatives = (words: Record<string, unknown>): string =>
  Object.keys(words).sort((a, b) => b.length - a.length).join('|')

const PART = `(?:${alternatives(PART_OF_DAY_WORDS)})`
const HOUR_WORD = `(?:${alternatives(HOUR_WORDS)})`
const CLOCK = String.raw`(?:half\s+(?:\d{1,2}|${HOUR_WORD})|kwart\s+(?:over|voor)\s+(?:\d{1,2}|${HOUR_WORD})|\d{1,2}(?:[.:]\d{2})?|${HOUR_WORD})`

/** Chrono's own readings of these are replaced by the parsers below (see `eventChrono`). */
const REPLACED_CHRONO_PARSERS = new Set(['NLWeekdayParser', 'NLCasualDateParser', 'NLCasualDateTimeParser', 'NLCasualTimeParser'])

/**
 * The date (and time, or time range) of the activity a Dutch neighbourhood post announces, read as a resident
 * would relative to the moment it was published, in Europe/Amsterdam:
 * - a date without a year, or a bare weekday ("zaterdag", "a.s. zaterdag"), is the next one on or after the
 *   publish day (a bare weekday never means the publish day itself: that would be "vandaag");
 * - "elke dinsdag" / "elke eerste zaterdag van de maand" is the next occurrence that has not started yet;
 * - an hour 1-7 without "ochtend" / "'s morgens" is in the afternoon or evening ("vanaf 5 uur" = 17:00), and
 *   "middag" / "avond" move any hour before 12 there ("donderdagavond om half acht" = 19:30);
 * - a part of the day without a clock time starts at the time in `PART_OF_DAY_START`;
 * - without any time the event is all-day; a time without a day is not an event date.
 * When the text has several dates, the first upcoming one that is not a deadline ("aanmelden voor 12 maart")
 * wins; past references ("gisteren") are returned only when nothing else is there.
 */
export function findEventDate(text: string, publishedAt: Date): EventDate | undefined {
  const published = DateTime.fromJSDate(publishedAt, { zone: DEFAULT_ZONE })
  if (!published.isValid) return undefined
  // Chrono reads the reference date with the system time zone's getters; give it Amsterdam's wall clock.
  const wallClock = new Date(published.year, published.month - 1, published.day, published.hour, published.minute)
  let best: { date: EventDate; rank: number } | undefined
  for (const result of eventChrono.parse(understoodText(text), wallClock)) {
    const resolved = hasDay(result.start) ? toEventDate(result, published) : undefined
    if (!resolved) continue
    const rank = (resolved.day < published.startOf('day') ? 2 : 0) + (isDeadline(text, result) ? 1 : 0)
    if (!best || rank < best.rank) best = { date: resolved.date, rank }
  }
  return best?.date
}

/** The event date of one chrono result, and its day (to tell past from upcoming). */
function toEventDate(result: ParsedResult, published: DateTime): { date: EventDate; day: DateTime } | undefined {
  let day = calendarDay(result.start, published)
  if (!day?.isValid) return undefined
  const part = partOfDay(result.start)
  const clock = result.start.isCertain('hour') ? readClock(result.start, part) : part && PART_OF_DAY_START[part]
  if (!clock) return { date: { startsAt: day.toISODate()!, allDay: true }, day }
  let start = day.set(clock)
  let end = result.end?.isCertain('hour') ? endMoment(result.end, start, part) : undefined
  // Recurring days are found on or after the publish day; one that already started today moves on.
  const next = start < published ? nextOccurrence(result.start, day) : undefined
  if (next) {
    const days = Math.round(next.diff(day, 'days').days)
    day = next
    start = start.plus({ days })
    end = end?.plus({ days })
  }
  return { date: { startsAt: iso(start), ...(end ? { endsAt: iso(end) } : {}), allDay: false }, day }
}

/** The day of a result, with the year chosen as the next occurrence on or after the publish day when the text gives none. */
function calendarDay(components: ParsedComponents, published: DateTime): DateTime | undefined {
  const [year, month, day] = [components.get('year'), components.get('month'), components.get('day')]
  if (year === null || month === null || day === null) return undefined
  const local = (y: number) => DateTime.fromObject({ year: y, month, day }, { zone: DEFAULT_ZONE })
  if (components.isCertain('year') || !components.isCertain('month')) return local(year)
  // A weekday written with it does not pick the year: people get weekdays wrong ("za 21/6" in 2026, a Sunday).
  const publishDay = published.startOf('day')
  return local(publishDay.year) < publishDay ? local(publishDay.year + 1) : local(publishDay.year)
}

/** The occurrence after `day` of a recurring event; undefined for a one-off. */
function nextOccurrence(components: ParsedComponents, day: DateTime): DateTime | undefined {
  const tags = components.tags()
  if (tags.has(TAG_WEEKLY)) return day.plus({ weeks: 1 })
  const monthly = [...tags].find((tag) => tag.startsWith(TAG_MONTHLY))
  if (!monthly) return undefined
  return nthWeekdayOfMonth(day.plus({ months: 1 }), day.weekday % 7, Number(monthly.slice(TAG_MONTHLY.length)))
}

function readClock(components: ParsedComponents, part: PartOfDay | undefined): { hour: number; minute: number } {
  const hour = components.get('hour') ?? 0
  const minute = components.get('minute') ?? 0
  if (components.isCertain('meridiem') || hour >= 12) return { hour, minute }
  if (part === 'middag' || part === 'avond') return { hour: hour + 12, minute }
  if (part === 'nacht') return { hour: hour >= 6 ? hour + 12 : hour, minute }
  if (part === 'ochtend') return { hour, minute }
  // Nobody invites the neighbourhood at 5 in the morning: "vanaf 5 uur", "om half acht" are 17:00 and 19:30.
  return { hour: hour >= 1 && hour <= 7 ? hour + 12 : hour, minute }
}

function endMoment(components: ParsedComponents, start: DateTime, part: PartOfDay | undefined): DateTime | undefined {
  const endDay = components.isCertain('day') ? calendarDay(components, start) : start.startOf('day')
  if (!endDay?.isValid) return undefined
  const { hour, minute } = readClock(components, part)
  // "van 2 tot 5" is 14:00-17:00 once the start moved to the afternoon; "van 10 tot 2" ends at 14:00.
  const afternoon = !components.isCertain('meridiem') && hour < 12 && hour <= start.hour && hour + 12 > start.hour
  const end = endDay.set({ hour: afternoon ? hour + 12 : hour, minute })
  if (end > start) return end
  return endDay.hasSame(start, 'day') ? end.plus({ days: 1 }) : undefined
}

function iso(moment: DateTime): string {
  return moment.toISO({ suppressMilliseconds: true })!
}

function hasDay(components: ParsedComponents): boolean {
  return components.isCertain('day') || components.isCertain('weekday')
}

function hasClock(components: ParsedComponents): boolean {
  return components.isCertain('hour')
}

function partOfDay(components: ParsedComponents): PartOfDay | undefined {
  const tag = [...components.tags()].find((candidate) => candidate.startsWith(TAG_PART_OF_DAY))
  return tag ? (tag.slice(TAG_PART_OF_DAY.length) as PartOfDay) : undefined
}

function isTimeOnly(result: ParsingResult): boolean {
  return !hasDay(result.start) && (hasClock(result.start) || partOfDay(result.start) !== undefined)
}

const DEADLINE_BEFORE = /(?:\b(?:voor|uiterlijk|tot(?:\s+en\s+met)?|t\/m|deadline|sluitingsdatum)|vóór)\s*:?\s*$/i

function isDeadline(text: string, result: ParsedResult): boolean {
  return DEADLINE_BEFORE.test(text.slice(Math.max(0, result.index - 30), result.index))
}

/** The calendar day the parse is relative to, free of any time zone (chrono's reference holds Amsterdam's wall clock). */
function referenceDay(context: ParsingContext): DateTime {
  const reference = context.refDate
  return DateTime.utc(reference.getFullYear(), reference.getMonth() + 1, reference.getDate())
}

/** A day named relative to the publish day: its month stays implied, so a written date next to it wins ("vandaag 10 maart"). */
function relativeDayComponents(context: ParsingContext, day: DateTime): ParsingComponents {
  return context.createParsingComponents({ day: day.day }).imply('year', day.year).imply('month', day.month)
}

/** A weekday whose date is only implied, so chrono joins it with a date that follows ("zaterdag 14 maart"). */
function weekdayComponents(context: ParsingContext, day: DateTime): ParsingComponents {
  const components = context.createParsingComponents({ weekday: day.weekday % 7 })
  return components.imply('year', day.year).imply('month', day.month).imply('day', day.day)
}

function withPartOfDay(components: ParsingComponents, word: string | undefined): ParsingComponents {
  const part = word ? PART_OF_DAY_WORDS[word.toLowerCase()] : undefined
  if (!part) return components
  components.imply('hour', PART_OF_DAY_START[part].hour).imply('minute', PART_OF_DAY_START[part].minute)
  return components.addTag(TAG_PART_OF_DAY + part)
}

/** The match stands alone: no letter or digit glued to either side (JavaScript's \b does not know "ë" or "é"). */
function standsAlone(context: ParsingContext, match: RegExpMatchArray, gluedBefore = /[\p{L}\d]$/u): boolean {
  const index = match.index ?? 0
  return !gluedBefore.test(context.text.slice(0, index)) && !/^[\p{L}\d]/u.test(context.text.slice(index + match[0].length))
}

const DAY_WORD_PATTERN = new RegExp(`(${alternatives(DAY_WORDS)})(?:(\\s?)(${PART}))?`, 'iu')

/** "vandaag", "morgen", "overmorgen", "gisteren" and the same glued to a part of the day: "morgenochtend", "vanavond". */
const dayWordParser: Parser = {
  pattern: () => DAY_WORD_PATTERN,
  extract(context, match) {
    const [, word = '', space, part] = match
    const lower = word.toLowerCase()
    if (!standsAlone(context, match)) return null
    if (lower === 'van' && (!part || space)) return null
    // "goedemorgen", "de hele morgen": the morning, not tomorrow.
    if (lower === 'morgen' && /(?:goe(?:de|ie)n?|\bde|\bhele)\s*$/i.test(context.text.slice(0, match.index))) return null
    return withPartOfDay(relativeDayComponents(context, referenceDay(context).plus({ days: DAY_WORDS[lower] ?? 0 })), part)
  },
}

const PART_OF_DAY_PATTERN = new RegExp(`(?:[’'\`]s\\s?|(?:in|tijdens) de\\s+)(${PART})`, 'iu')

/** "'s avonds", "in de middag": a part of the day that a neighbouring day or clock time belongs to. */
const partOfDayParser: Parser = {
  pattern: () => PART_OF_DAY_PATTERN,
  extract(context, match) {
    if (!standsAlone(context, match)) return null
    return withPartOfDay(context.createParsingComponents(), match[1])
  },
}

const WEEKDAY_PATTERN = new RegExp(
  String.raw`(?:(a\.s\.|aanstaande|komende|deze|volgende\s+week|volgende|vorige\s+week|vorige|afgelopen|elke|iedere|ieder)\s+)?` +
    String.raw`(?:(${alternatives(ORDINALS)})\s+)?` +
    String.raw`(?:(${alternatives(WEEKDAYS)})(?:\s?(${PART}))?(en|s)?|(${alternatives(WEEKDAY_ABBREVIATIONS)})\.?(?=\s*\d))` +
    String.raw`(\s+(?:van\s+de|v\.?\s?d\.?)\s+maand)?`,
  'iu',
)

/**
 * Weekdays, read forward from the publish day ("a.s. zaterdag", "volgende week dinsdag"), glued to a part of the
 * day ("donderdagavond"), and recurring: "elke dinsdag", "elke eerste zaterdag van de maand".
 */
const weekdayParser: Parser = {
  pattern: () => WEEKDAY_PATTERN,
  extract(context, match) {
    const [, modifier = '', ordinal, name, part, plural, abbreviation, ofTheMonth] = match
    if (!standsAlone(context, match)) return null
    const weekday = name ? WEEKDAYS[name.toLowerCase()] : WEEKDAY_ABBREVIATIONS[(abbreviation ?? '').toLowerCase()]
    if (weekday === undefined) return null
    const today = referenceDay(context)
    // "elke dinsdag", "op woensdagmiddagen", "zondags".
    const recurring = /^(?:elke|iedere?)$/i.test(modifier) || plural !== undefined
    const nth = ordinal && (ofTheMonth || recurring) ? ORDINALS[ordinal.toLowerCase()] : undefined
    if (nth !== undefined) {
      return withPartOfDay(weekdayComponents(context, nextNthWeekday(today, weekday, nth)).addTag(TAG_MONTHLY + nth), part)
    }
    const days = daysToWeekday(today, weekday, recurring ? 'elke' : modifier.toLowerCase().replace(/\s+/g, ' '))
    const components = weekdayComponents(context, today.plus({ days }))
    if (recurring) components.addTag(TAG_WEEKLY)
    if (abbreviation) components.addTag(TAG_ABBREVIATION)
    return withPartOfDay(components, part)
  },
}

function daysToWeekday(today: DateTime, weekday: number, modifier: string): number {
  const ahead = (weekday - (today.weekday % 7) + 7) % 7
  const mondayBased = (day: number) => (day + 6) % 7
  switch (modifier) {
    case 'deze': case 'elke': return ahead
    case 'volgende week': return 7 - mondayBased(today.weekday % 7) + mondayBased(weekday)
    case 'vorige week': return -7 - mondayBased(today.weekday % 7) + mondayBased(weekday)
    case 'vorige': case 'afgelopen': return -((((today.weekday % 7) - weekday + 7) % 7) || 7)
    default: return ahead || 7
  }
}

function nextNthWeekday(today: DateTime, weekday: number, nth: number): DateTime {
  const thisMonth = nthWeekdayOfMonth(today, weekday, nth)
  return thisMonth >= today ? thisMonth : nthWeekdayOfMonth(today.plus({ months: 1 }), weekday, nth)
}

/** The nth (1-4, or -1 for the last) given weekday (0 = Sunday) of the month of `inMonth`, in its zone. */
function nthWeekdayOfMonth(inMonth: DateTime, weekday: number, nth: number): DateTime {
  const first = inMonth.startOf('month')
  if (nth > 0) return first.plus({ days: (weekday - (first.weekday % 7) + 7) % 7 + 7 * (nth - 1) })
  const last = first.endOf('month').startOf('day')
  return last.minus({ days: ((last.weekday % 7) - weekday + 7) % 7 })
}

const CLOCK_PATTERN = new RegExp(
  String.raw`(?:(om|vanaf|v\.a\.|van|tussen|rond|omstreeks|tijd|tijdstip|aanvang|start|inloop)\s*:?\s+)?` +
    String.raw`(${CLOCK})(\s*uur|u(?![\p{L}\d]))?` +
    String.raw`(?:\s*(tot|-|–|en)\s*(?:ca\.?\s*|circa\s+|ongeveer\s+)?(${CLOCK})(\s*uur|u(?![\p{L}\d]))?)?`,
  'iu',
)
const NOT_A_CLOCK_AFTER = /^\s*(?:jan|feb|maart|mrt|apr|mei|jun|jul|aug|sep|okt|nov|dec|jaar|jr|maanden|weken|dagen|kinderen|personen|mensen|euro|eur|km|kg|cm|m|%|keer|x|per|p\/w|pw|lang|durend)(?![\p{L}])/iu
const NOT_A_CLOCK_BEFORE = /(?:€|\beur|\beuro|\bkosten|\bprijs|\bbijdrage|\bentree|\bnr\.?|\bnummer|\bongeveer|\bcirca|\bca\.|\bzo'n|±|\bmax(?:imaal)?|\bminimaal|\bduurt|\bpaar|\bhooguit)\s*$/iu

/**
 * Dutch clock times chrono misses or misreads: "half acht", "kwart over zeven", "om acht uur", "14u", "van 2 tot 5",
 * "tussen 14 en 16 uur", "10-12 uur". A bare number counts only with "uur", minutes, or a word like "om" or "van".
 */
const clockParser: Parser = {
  pattern: () => CLOCK_PATTERN,
  extract(context, match) {
    const [, prefix = '', startText = '', startUnit, separator, endText, endUnit] = match
    if (!standsAlone(context, match, /[\p{L}\d.,:/-]$/u)) return null
    const before = context.text.slice(0, match.index)
    const after = context.text.slice((match.index ?? 0) + match[0].length)
    if (NOT_A_CLOCK_BEFORE.test(before) || NOT_A_CLOCK_AFTER.test(after)) return null
    const lowerPrefix = prefix.toLowerCase()
    // "tussen 14 en 16 uur" is a range; "kinderen van 4 en 6" is not.
    if (lowerPrefix === 'tussen' ? endText === undefined : separator?.toLowerCase() === 'en') return null
    const start = parseClock(startText)
    const end = endText === undefined ? undefined : parseClock(endText)
    if (!start || (endText !== undefined && !end)) return null
    const hasUnit = Boolean(startUnit ?? endUnit)
    const isRange = end !== undefined
    const explicit = start.explicit || (end?.explicit ?? false)
    const introduced = ['om', 'vanaf', 'v.a.', 'rond', 'omstreeks', 'tijd', 'tijdstip', 'aanvang', 'start', 'inloop'].includes(lowerPrefix)
      || (isRange && (lowerPrefix === 'van' || lowerPrefix === 'tussen'))
    // "om acht", "om acht uur", "van acht tot tien", but not "om een boodschap" or "het duurt twee uur".
    const wordIsClock = (introduced && hasUnit) || (isRange && (introduced || hasUnit)) || (lowerPrefix === 'om' && start.hour !== 1)
    const acceptable = start.word ? wordIsClock : explicit || hasUnit || introduced
    if (!acceptable) return null
    const result = context.createParsingResult(match.index ?? 0, match[0], clockComponents(context, start))
    if (end) result.end = clockComponents(context, end)
    return result.addTag(TAG_CLOCK)
  },
}

interface Clock {
  hour: number
  minute: number
  /** Written with minutes or as "half acht": clearly a time, not some other number. */
  explicit: boolean
  /** "acht", not "8". */
  word: boolean
  /** "07.30": a 24-hour time, so before noon. */
  morning: boolean
}

function parseClock(text: string): Clock | undefined {
  const lower = text.toLowerCase().replace(/\s+/g, ' ')
  const hourOf = (value: string) => HOUR_WORDS[value] ?? Number(value)
  const relative = /^(half|kwart over|kwart voor) (.+)$/.exec(lower)
  if (relative) {
    const hour = hourOf(relative[2] ?? '')
    if (!(hour >= 1 && hour <= 12)) return undefined
    const [hours, minute] = relative[1] === 'half' ? [hour - 1, 30] : relative[1] === 'kwart over' ? [hour, 15] : [hour - 1, 45]
    return { hour: hours === 0 ? 12 : hours, minute, explicit: true, word: false, morning: false }
  }
  if (HOUR_WORDS[lower] !== undefined) return { hour: HOUR_WORDS[lower], minute: 0, explicit: false, word: true, morning: false }
  const [hourText = '', minuteText] = lower.split(/[.:]/)
  const hour = Number(hourText)
  const minute = minuteText === undefined ? 0 : Number(minuteText)
  if (hour > 23 || minute > 59) return undefined
  return { hour, minute, explicit: minuteText !== undefined, word: false, morning: hourText.startsWith('0') && minuteText !== undefined }
}

function clockComponents(context: ParsingContext, clock: Clock): ParsingComponents {
  const components = context.createParsingComponents({ hour: clock.hour, minute: clock.minute })
  if (clock.morning) components.assign('meridiem', chrono.Meridiem.AM)
  else if (clock.hour >= 12) components.assign('meridiem', chrono.Meridiem.PM)
  return components
}

/** "12-5", "op 12-5": a day and month with a dash, which chrono only reads with a year. */
const dayMonthParser: Parser = {
  pattern: () => /(\d{1,2})-(\d{1,2})(?![\d\p{L}]|[-/.:]\d|\s*(?:uur|u\b))/iu,
  extract(context, match) {
    if (!standsAlone(context, match, /[\p{L}\d.,:/-]$/u)) return null
    if (/(?:\bvan|\btussen|\bvanaf|\bom|€)\s*$/i.test(context.text.slice(0, match.index))) return null
    const [day, month] = [Number(match[1]), Number(match[2])]
    if (month < 1 || month > 12 || day < 1 || day > 31) return null
    const components = context.createParsingComponents({ day, month })
    return components.imply('year', referenceDay(context).year)
  },
}

/** Drops what chrono reads as a date or time that is not one in a neighbourhood post. */
const rejectUnlikelyReadings: Refiner = {
  refine(context, results) {
    return results.filter((result) => {
      const before = context.text.slice(0, result.index)
      const after = context.text.slice(result.index + result.text.length)
      // Part of a longer number: "06-12345678", "3572 CD".
      if (/^\d/.test(after) || /\d[-/]?$/.test(before)) return false
      // A bare number is not a time ("zaterdag 14 en zondag 15 maart"); the clock parser reads "om 14", "14 uur".
      if (/^\d{1,4}$/.test(result.text)) return false
      // Vague periods ("volgende week", "over 2 weken", "binnen een uur") name no day of an activity.
      if (result.start.tags().has('result/relativeDate')) return false
      return true
    })
  },
}

const CONNECTOR = /^[\s,;:|()\-–—]*(?:(?:om|op|van|vanaf|v\.a\.|tussen|in de|tijd|aanvang|start|inloop|uur)[\s,;:|()\-–—]*)*$/i
const NOT_EVENT_TIME_BEFORE = /(?:\b(?:na|voor|tot|uiterlijk|bel|bellen|bereikbaar|reageren)|vóór)\s*$/i
/** How far after a day a clock time may stand ("Datum: za 14 maart / Locatie: ... / Tijd: 13.00") and still belong to it. */
const NEARBY_CLOCK_DISTANCE = 120

/**
 * Joins a day with its clock time where chrono leaves them apart: "zaterdag 14 maart van 13.00 tot 16.00 uur",
 * "za 21/6 vanaf 5 uur", "'s avonds om 8 uur", "Datum: ... Tijd: ..." a few lines further.
 */
const mergeDayWithClock: Refiner = {
  refine(context, results) {
    const datesMerged = mergeNeighbours(context, results, (between, first, second) =>
      /^\s*[,(]?\s*$/.test(between) && isDayOnly(first) && !first.start.isCertain('month') && second.start.isCertain('month'))
    const timesMerged = mergeNeighbours(context, datesMerged, (between, first, second) =>
      /^\s*,?\s*(?:om\s*)?$/i.test(between)
      && ((isPartOfDayOnly(first) && hasClock(second.start)) || (hasClock(first.start) && isPartOfDayOnly(second))))
    const adjacent = mergeNeighbours(context, timesMerged, (between, first, second) =>
      CONNECTOR.test(between) && ((isDayOnly(first) && isTimeOnly(second)) || (isTimeOnly(first) && isDayOnly(second))))
    return attachNearbyClocks(context, adjacent)
  },
}

function isPartOfDayOnly(result: ParsingResult): boolean {
  return !hasDay(result.start) && !hasClock(result.start) && partOfDay(result.start) !== undefined
}

function isDayOnly(result: ParsingResult): boolean {
  return hasDay(result.start) && !hasClock(result.start)
}

function mergeNeighbours(
  context: ParsingContext,
  results: ParsingResult[],
  shouldMerge: (between: string, first: ParsingResult, second: ParsingResult) => boolean,
): ParsingResult[] {
  const merged: ParsingResult[] = []
  for (const result of results) {
    const previous = merged.at(-1)
    const between = previous ? context.text.slice(previous.index + previous.text.length, result.index) : ''
    if (previous && shouldMerge(between, previous, result)) merged[merged.length - 1] = combine(context, previous, result)
    else merged.push(result)
  }
  return merged
}

function attachNearbyClocks(context: ParsingContext, results: ParsingResult[]): ParsingResult[] {
  const used = new Set<ParsingResult>()
  const attached = results.map((result, index) => {
    if (!isDayOnly(result) || isLooseAbbreviation(result)) return result
    const dayEnd = result.index + result.text.length
    for (const later of results.slice(index + 1)) {
      if (hasDay(later.start) || later.index - dayEnd > NEARBY_CLOCK_DISTANCE) return result
      const before = context.text.slice(Math.max(0, later.index - 20), later.index)
      if (later.start.tags().has(TAG_CLOCK) && !NOT_EVENT_TIME_BEFORE.test(before)) {
        used.add(later)
        return combine(context, result, later)
      }
    }
    return result
  })
  return attached.filter((result) => !used.has(result))
}

/** One result from two: the most precise day of either, the clock time (and end) of either, the tags of both. */
function combine(context: ParsingContext, first: ParsingResult, second: ParsingResult): ParsingResult {
  const precision = ({ start }: ParsingResult) =>
    (start.isCertain('month') ? 3 : start.isCertain('day') ? 2 : start.isCertain('weekday') ? 1 : 0)
  const [base, other] = precision(second) > precision(first) ? [second, first] : [first, second]
  const start = withClockOf(base.start, other.start)
  const endTime = other.end ?? base.end
  const end = endTime ? withClockOf(base.end ?? base.start, endTime) : undefined
  const to = second.index + second.text.length
  return context.createParsingResult(first.index, context.text.slice(first.index, to), start, end)
}

function withClockOf(day: ParsingComponents, time: ParsingComponents): ParsingComponents {
  const combined = day.clone().addTags(day.tags()).addTags(time.tags())
  if (!hasClock(time)) return combined
  combined.assign('hour', time.get('hour')!).assign('minute', time.get('minute')!)
  if (time.isCertain('meridiem')) combined.assign('meridiem', time.get('meridiem')!)
  return combined
}

/** A short weekday form that joined no date or time: "zo 3 kinderen", "mijn ma 80 jaar". */
function isLooseAbbreviation(result: ParsingResult): boolean {
  return result.start.tags().has(TAG_ABBREVIATION) && result.start.isOnlyWeekdayComponent() && !hasClock(result.start)
}

/** "1 t/m 12 oktober": chrono reads only the last day; the first one becomes the start. */
const joinDayRanges: Refiner = {
  refine(context, results) {
    return results.map((result) => {
      const from = /(\d{1,2})(?:e|ste|de)?\s*(?:t\/m|tot\s+en\s+met)\s*$/i.exec(context.text.slice(0, result.index))
      const firstDay = Number(from?.[1])
      if (!from || !result.start.isCertain('day') || !(firstDay >= 1 && firstDay < (result.start.get('day') ?? 0))) return result
      const start = result.start.clone().addTags(result.start.tags()).assign('day', firstDay)
      const text = context.text.slice(from.index, result.index + result.text.length)
      return context.createParsingResult(from.index, text, start, result.end)
    })
  },
}

/** Drops loose short weekday forms and a bare "1-2" or "1/2" without "op" or "datum" before it ("1-2 keer per week"). */
const rejectLooseReadings: Refiner = {
  refine(context, results) {
    return results.filter((result) => {
      if (isLooseAbbreviation(result)) return false
      const before = context.text.slice(0, result.index)
      return !/^\d{1,2}[-/]\d{1,2}$/.test(result.text) || /(?:\bop|\bdatum|\bd\.d\.)\s*:?\s*$/i.test(before)
    })
  },
}

const eventChrono = new chrono.Chrono({
  parsers: [
    dayWordParser, partOfDayParser, weekdayParser, clockParser, dayMonthParser,
    ...chrono.nl.casual.parsers.filter((parser) => !REPLACED_CHRONO_PARSERS.has(parser.constructor.name)),
  ],
  refiners: [rejectUnlikelyReadings, ...chrono.nl.casual.refiners, mergeDayWithClock, joinDayRanges, rejectLooseReadings],
})
