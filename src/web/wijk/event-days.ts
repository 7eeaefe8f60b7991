import type { DateTime } from 'luxon'
import { inAmsterdam } from '../../store/item-mapper.ts'
import { formatLongDay, startOfToday } from '../format-date.ts'

/** The heading an upcoming event stands under; events with the same key stand together. */
export interface DayGroup {
  key: string
  heading: string
}

/** The stretches of the agenda a resident can ask for: the rest of today, or of this week (to Sunday night). */
export const PERIODS = ['today', 'week'] as const
export type Period = (typeof PERIODS)[number]

export const isPeriod = (value: string): value is Period => (PERIODS as readonly string[]).includes(value)

/** Where the week of `now` ends: the Monday midnight after it, in Amsterdam (a week runs Monday to Sunday). */
const nextMonday = (now: Date): DateTime => startOfToday(now).startOf('week').plus({ weeks: 1 })

/** The end of a period, exclusive: the midnight after today, or after Sunday. */
export function endOfPeriod(period: Period, now: Date): Date {
  return (period === 'today' ? startOfToday(now).plus({ days: 1 }) : nextMonday(now)).toJSDate()
}

/**
 * "Vandaag", "Morgen", "Deze week" (the days after tomorrow up to Sunday), "Volgende week", and after that the
 * day itself ("zaterdag 5 december"), in calendar days in Amsterdam as seen at `now`.
 */
export function eventDayGroup(startsAt: string, now: Date): DayGroup {
  const start = inAmsterdam(startsAt)
  const today = startOfToday(now)
  if (start < today.plus({ days: 1 })) return { key: 'vandaag', heading: 'Vandaag' }
  if (start < today.plus({ days: 2 })) return { key: 'morgen', heading: 'Morgen' }
  const weekEnd = nextMonday(now)
  if (start < weekEnd) return { key: 'deze-week', heading: 'Deze week' }
  if (start < weekEnd.plus({ weeks: 1 })) return { key: 'volgende-week', heading: 'Volgende week' }
  return { key: start.toISODate()!, heading: formatLongDay(start, now) }
}

const UNDATED: DayGroup = { key: 'zonder-datum', heading: 'Zonder datum' }

/** Items in their order, in runs under one heading each (the list is sorted by start, so a day's events are together). */
export function groupByDay<T extends { startsAt: string | null }>(items: T[], now: Date): { group: DayGroup; items: T[] }[] {
  const runs: { group: DayGroup; items: T[] }[] = []
  for (const item of items) {
    const group = item.startsAt ? eventDayGroup(item.startsAt, now) : UNDATED
    const last = runs.at(-1)
    if (last?.group.key === group.key) last.items.push(item)
    else runs.push({ group, items: [item] })
  }
  return runs
}
