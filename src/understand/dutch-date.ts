import { DateTime } from 'luxon'
import type { ItemDraft } from '../domain/item.ts'
import { DEFAULT_ZONE } from '../domain/time.ts'

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, februari: 2, feb: 2, maart: 3, mrt: 3, mar: 3, april: 4, apr: 4, mei: 5, juni: 6, jun: 6,
  juli: 7, jul: 7, augustus: 8, aug: 8, september: 9, sept: 9, sep: 9, oktober: 10, okt: 10, november: 11, nov: 11,
  december: 12, dec: 12,
}
const RELATIVE_DAYS: Record<string, number> = { vandaag: 0, gisteren: 1, eergisteren: 2 }

// Longest names first, so "juni" is not read as "jun" followed by "i".
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|')
const WRITTEN_DATE = new RegExp(String.raw`\b(\d{1,2})\s+(${MONTH_NAMES})\.?\s+(\d{4})\b`, 'i')
const NUMERIC_DATE = /\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/
const RELATIVE_DATE = new RegExp(String.raw`\b(${Object.keys(RELATIVE_DAYS).join('|')})\b`, 'i')
// A time right after the date ("14 november 2026, 10:00 - 12:00 uur", "gisteren om 9.30").
const TIMES = /^\s*,?\s*(?:om\s+|van\s+)?(\d{1,2})[:.](\d{2})(?:\s*(?:-|–|tot)\s*(\d{1,2})[:.](\d{2}))?/i

export interface DutchDate {
  /** The moment in Europe/Amsterdam; local midnight when the text gives no time. */
  start: DateTime
  hasTime: boolean
  /** The end time of a range on the same day ("10:00 - 12:00"). */
  end?: DateTime
}

/**
 * The first Dutch date in a text: "18 april 2020", "18 apr. 2020", "18-04-2020", "18/4/2020", or "vandaag",
 * "gisteren", "eergisteren" (counted back from `now`, the moment the page was read), each with an optional
 * time or time range after it. Undefined when there is none or it does not exist (31 februari).
 */
export function parseDutchDate(text: string, now: Date): DutchDate | undefined {
  const found = findDay(text, now)
  if (!found?.day.isValid) return undefined
  const { day, rest } = found
  const times = TIMES.exec(rest)
  if (!times) return { start: day, hasTime: false }
  const start = atTime(day, times[1], times[2])
  if (!start) return { start: day, hasTime: false }
  const end = atTime(day, times[3], times[4])
  return end && end > start ? { start, hasTime: true, end } : { start, hasTime: true }
}

/**
 * A date as the draft fields it fills: when a post was published, or when an activity starts (and ends, on the
 * same day); an activity without a time lasts all day.
 */
export function draftDates(date: DutchDate, meaning: 'published' | 'starts'): Pick<ItemDraft, 'publishedAt' | 'startsAt' | 'endsAt' | 'allDay'> {
  if (meaning === 'published') return { publishedAt: isoWithOffset(date.start) }
  if (!date.hasTime) return { startsAt: date.start.toISODate() ?? undefined, allDay: true }
  return { startsAt: isoWithOffset(date.start), endsAt: date.end && isoWithOffset(date.end) }
}

/** "Nog 5 dagen om te reageren", read at `now`: the end of the fifth day from today, in Amsterdam. */
export function endOfDayAfter(days: number, now: Date): string | undefined {
  return isoWithOffset(DateTime.fromJSDate(now, { zone: DEFAULT_ZONE }).plus({ days }).set({ hour: 23, minute: 59, second: 59, millisecond: 0 }))
}

function isoWithOffset(moment: DateTime): string | undefined {
  return moment.toISO({ suppressMilliseconds: true }) ?? undefined
}

function findDay(text: string, now: Date): { day: DateTime; rest: string } | undefined {
  const written = WRITTEN_DATE.exec(text)
  if (written) {
    const [match, day, month = '', year] = written
    return { day: localDay(Number(year), MONTHS[month.toLowerCase()] ?? 0, Number(day)), rest: after(text, written.index, match) }
  }
  const numeric = NUMERIC_DATE.exec(text)
  if (numeric) {
    const [match, day, month, year] = numeric
    return { day: localDay(Number(year), Number(month), Number(day)), rest: after(text, numeric.index, match) }
  }
  const relative = RELATIVE_DATE.exec(text)
  if (relative) {
    const [match, word = ''] = relative
    const today = DateTime.fromJSDate(now, { zone: DEFAULT_ZONE }).startOf('day')
    return { day: today.minus({ days: RELATIVE_DAYS[word.toLowerCase()] ?? 0 }), rest: after(text, relative.index, match) }
  }
  return undefined
}

function localDay(year: number, month: number, day: number): DateTime {
  return DateTime.fromObject({ year, month, day }, { zone: DEFAULT_ZONE })
}

function atTime(day: DateTime, hour: string | undefined, minute: string | undefined): DateTime | undefined {
  if (hour === undefined || minute === undefined) return undefined
  const moment = day.set({ hour: Number(hour), minute: Number(minute) })
  return Number(hour) < 24 && Number(minute) < 60 && moment.isValid ? moment : undefined
}

function after(text: string, index: number, match: string): string {
  return text.slice(index + match.length)
}
