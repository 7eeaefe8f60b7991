import { DateTime } from 'luxon'
import { DEFAULT_ZONE } from '../domain/time.ts'

// Zone names luxon's RFC 2822 parser does not know but Dutch feeds use.
const ZONE_ABBREVIATIONS: Record<string, string> = { CET: '+0100', MET: '+0100', CEST: '+0200', MEST: '+0200' }

const PARSERS: ((text: string) => DateTime)[] = [
  (text) => DateTime.fromISO(text, { zone: DEFAULT_ZONE }),
  (text) => DateTime.fromRFC2822(
    text.replace(/\s+/g, ' ').replace(/\b(CEST|CET|MEST|MET)$/, (name) => ZONE_ABBREVIATIONS[name] ?? name),
    { zone: DEFAULT_ZONE },
  ),
  (text) => DateTime.fromHTTP(text, { zone: DEFAULT_ZONE }),
  (text) => DateTime.fromSQL(text, { zone: DEFAULT_ZONE }),
]

/**
 * A draft date (ISO with offset, floating ISO read as Europe/Amsterdam, RFC 822, HTTP or SQL text, or a Date)
 * as ISO 8601 with the Amsterdam offset; all-day dates as local midnight. Null when absent or unreadable.
 */
export function toAmsterdamIso(value: string | Date | undefined, options: { allDay?: boolean } = {}): string | null {
  const parsed = parseDate(value)
  if (!parsed) return null
  const local = parsed.setZone(DEFAULT_ZONE)
  return (options.allDay ? local.startOf('day') : local).toISO({ suppressMilliseconds: true })
}

function parseDate(value: string | Date | undefined): DateTime | null {
  if (value === undefined) return null
  if (value instanceof Date) {
    const date = DateTime.fromJSDate(value)
    return date.isValid ? date : null
  }
  const text = value.trim()
  for (const parse of PARSERS) {
    const date = parse(text)
    if (date.isValid) return date
  }
  return null
}
