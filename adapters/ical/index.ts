import ICAL from 'ical.js'
import { DateTime } from 'luxon'
import { z } from 'zod'
import { defineAdapter, DocumentParseError } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'
import { eventDraft } from './event-draft.ts'
import { ExpansionBudget, ExpansionBudgetSpent } from './expansion-budget.ts'
import { occurrencesInWindow } from './occurrences.ts'
import type { Window } from './occurrences.ts'

const icalConfigSchema = z.strictObject({
  /** How far ahead recurring events are expanded, from a day before the run. */
  windowDays: z.number().int().min(1).max(730).default(180),
})
export type IcalConfig = z.infer<typeof icalConfigSchema>

// Recurrence steps (see ExpansionBudget) one calendar may take, and one event of it: a weekly event since 1990
// takes 2,000, a "second Saturday of the month" since 1990 15,000, a FREQ=SECONDLY rule since 2000 800 million.
const MAX_EXPANSION_STEPS = 50_000
const MAX_EVENT_EXPANSION_STEPS = 20_000

export const icalAdapter = defineAdapter<IcalConfig>({
  id: 'ical',
  platform: 'ical',
  label: { nl: 'iCalendar-agenda', en: 'iCalendar agenda' },
  description: {
    nl: 'Leest een iCalendar-agenda (.ics): buurthuizen, bibliotheken, Mobilizon; herhalingen binnen een venster.',
    en: 'Reads an iCalendar agenda (.ics): buurthuizen, libraries, Mobilizon; recurrences within a window.',
  },
  configSchema: icalConfigSchema,
  listing: 'complete',
  example: { url: 'https://mobilizon.example.nl/@groenoost/feed/ics', config: { windowDays: 180 } },
  plan: ({ url }) => [{ url, headers: { Accept: 'text/calendar, */*;q=0.8' } }],
  parse(document, { config, now }) {
    const calendar = readCalendar(document.text)
    const runStart = DateTime.fromJSDate(now)
    const window = { start: runStart.minus({ days: 1 }), end: runStart.plus({ days: config.windowDays }) }
    return { items: calendarDrafts(calendar, window, document.url) }
  },
})

function readCalendar(text: string): ICAL.Component {
  let jcal: unknown
  try {
    jcal = ICAL.parse(text)
  } catch (error) {
    throw new DocumentParseError(`not a readable iCalendar document: ${(error as Error).message}`)
  }
  if (!Array.isArray(jcal) || jcal[0] !== 'vcalendar') throw new DocumentParseError('not an iCalendar document: no VCALENDAR')
  return new Calendar(jcal)
}

/**
 * A VCALENDAR that finds its VTIMEZONEs by TZID in a map. ical.js searches all components of the calendar
 * on every lookup of a TZID it has no VTIMEZONE for, which takes quadratic time on a large calendar.
 */
class Calendar extends ICAL.Component {
  #zones: Map<string, ICAL.Timezone> | undefined

  // The declared type leaves out the null that ical.js itself answers for a TZID without VTIMEZONE.
  override getTimeZoneByID(tzid: string): ICAL.Timezone {
    this.#zones ??= this.#zonesById()
    return this.#zones.get(tzid) ?? (null as unknown as ICAL.Timezone)
  }

  #zonesById(): Map<string, ICAL.Timezone> {
    const zones = new Map<string, ICAL.Timezone>()
    for (const component of this.getAllSubcomponents('vtimezone')) {
      const tzid = component.getFirstPropertyValue('tzid')
      if (typeof tzid === 'string' && !zones.has(tzid)) zones.set(tzid, new ICAL.Timezone({ component, tzid }))
    }
    return zones
  }
}

/**
 * Every public event's drafts. An event that cannot be read (no DTSTART, a bad date) or whose recurrences
 * need more than the calendar's expansion budget is skipped; only a calendar none of whose events can be
 * read is a broken document.
 */
function calendarDrafts(calendar: ICAL.Component, window: Window, calendarUrl: string): ItemDraft[] {
  const { standalone, overridesOf } = relateOverrides(calendar.getAllSubcomponents('vevent').filter(isPublic))
  const budget = new ExpansionBudget({ perDocument: MAX_EXPANSION_STEPS, perEvent: MAX_EVENT_EXPANSION_STEPS })
  budget.attach(calendar)

  const drafts: ItemDraft[] = []
  let skipped = 0
  let overBudget = 0
  let firstProblem = ''
  for (const component of standalone) {
    try {
      budget.startEvent(component)
      drafts.push(...eventDrafts(component, overridesOf.get(uidOf(component)) ?? [], window, calendarUrl))
    } catch (error) {
      skipped += 1
      if (error instanceof ExpansionBudgetSpent) overBudget += 1
      firstProblem ||= `event ${uidOf(component) || '(without UID)'}: ${(error as Error).message}`
    }
  }
  if (skipped > 0 && skipped === standalone.length) {
    throw new DocumentParseError(`none of its ${skipped} events can be read (${overBudget} over the recurrence budget); ${firstProblem}`)
  }
  return drafts
}

/**
 * The events that stand on their own (masters and overrides whose master is missing), and the RECURRENCE-ID
 * overrides of each master by UID. Overrides are related by UID explicitly: ical.js would otherwise relate
 * every override in the calendar. An override without UID cannot be related, so it stands alone; a UID's
 * first master is its event, and a repeat of it is left out rather than given all its overrides again.
 */
function relateOverrides(events: ICAL.Component[]): { standalone: ICAL.Component[]; overridesOf: Map<string, ICAL.Component[]> } {
  const masters = new Map<string, ICAL.Component>()
  const standalone: ICAL.Component[] = []
  for (const event of events.filter((event) => !event.hasProperty('recurrence-id'))) {
    const uid = uidOf(event)
    if (uid && masters.has(uid)) continue
    if (uid) masters.set(uid, event)
    standalone.push(event)
  }
  const overridesOf = new Map<string, ICAL.Component[]>()
  for (const override of events.filter((event) => event.hasProperty('recurrence-id'))) {
    const uid = uidOf(override)
    if (!masters.has(uid)) {
      standalone.push(override)
      continue
    }
    const related = overridesOf.get(uid) ?? []
    related.push(override)
    overridesOf.set(uid, related)
  }
  return { standalone, overridesOf }
}

function eventDrafts(component: ICAL.Component, exceptions: ICAL.Component[], window: Window, calendarUrl: string): ItemDraft[] {
  if (!component.hasProperty('dtstart')) throw new Error('no DTSTART')
  // ical.js reads values lazily, so a bad date surfaces only from here on.
  const event = new ICAL.Event(component, { strictExceptions: true, exceptions })
  return occurrencesInWindow(event, window).map((occurrence) => eventDraft(occurrence, calendarUrl))
}

/** Private and confidential events are left out even when a calendar publishes them. */
function isPublic(event: ICAL.Component): boolean {
  const classification = event.getFirstPropertyValue('class')
  return typeof classification !== 'string' || !['PRIVATE', 'CONFIDENTIAL'].includes(classification.toUpperCase())
}

function uidOf(event: ICAL.Component): string {
  const uid = event.getFirstPropertyValue('uid')
  return typeof uid === 'string' ? uid : ''
}
