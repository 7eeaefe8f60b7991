import ICAL from 'ical.js'
import { DateTime } from 'luxon'
import { z } from 'zod'
import { defineAdapter, DocumentParseError } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'
import { eventDraft } from './event-draft.ts'
import { occurrencesInWindow } from './occurrences.ts'
import type { Window } from './occurrences.ts'

const icalConfigSchema = z.strictObject({
  /** How far ahead recurring events are expanded, from a day before the run. */
  windowDays: z.number().int().min(1).max(730).default(180),
})
export type IcalConfig = z.infer<typeof icalConfigSchema>

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
  return new ICAL.Component(jcal)
}

function calendarDrafts(calendar: ICAL.Component, window: Window, calendarUrl: string): ItemDraft[] {
  const events = calendar.getAllSubcomponents('vevent').filter(isPublic)
  const masters = events.filter((event) => !event.hasProperty('recurrence-id'))
  const overrides = events.filter((event) => event.hasProperty('recurrence-id'))
  const masterUids = new Set(masters.map(uidOf))
  const orphanOverrides = overrides.filter((override) => !masterUids.has(uidOf(override)))
  return [...masters, ...orphanOverrides].flatMap((component) => {
    const uid = uidOf(component)
    try {
      // Overrides are related by UID explicitly: ical.js would otherwise relate every override in the calendar.
      const exceptions = component.hasProperty('recurrence-id') ? [] : overrides.filter((override) => uidOf(override) === uid)
      const event = new ICAL.Event(component, { strictExceptions: true, exceptions })
      return occurrencesInWindow(event, window).map((occurrence) => eventDraft(occurrence, calendarUrl))
    } catch (error) {
      // ical.js reads values lazily, so a bad date surfaces here.
      throw new DocumentParseError(`event ${uid || '(without UID)'}: ${(error as Error).message}`)
    }
  })
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
