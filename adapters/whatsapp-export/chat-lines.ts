import { DocumentParseError } from '../../src/domain/adapter.ts'

// Direction marks and isolates WhatsApp puts around names, system lines and attachments, and a byte order mark.
const INVISIBLE_MARKS = /[\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g
// Android "03-11-2026 21:47 - ", "03/11/2026, 21:47 - ", "5/2/22, 4:21 PM - "; iOS "[03-11-2026 21:47:12] ",
// "[5/2/22, 4:21:12 PM] ". Times may use dots, and a narrow no-break space before PM.
const TIMESTAMP = /^\[?(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}|\d{2}),?\s+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?(?:\s*([AaPp])\.?\s*[Mm]\.?)?(?:\]\s*|\s+[-–]\s+)/

/** One message as exported: its local time, the rest of its first line ("Naam: tekst") and any following lines. */
export interface ExportedMessage {
  /** Floating local time, "2026-11-03T21:47:00": the file has no offset. */
  sentAt: string
  lines: string[]
}

/**
 * The messages of a chat export. A line that starts with a date and time starts a message; any other line
 * continues the one before.
 */
export function exportedMessages(text: string): ExportedMessage[] {
  const lines = text.replace(INVISIBLE_MARKS, '').split(/\r\n|\r|\n/)
  const stamps = lines.map((line) => TIMESTAMP.exec(line))
  const dayFirst = isDayFirst(stamps)
  const messages: ExportedMessage[] = []
  lines.forEach((line, index) => {
    const stamp = stamps[index]
    const sentAt = stamp ? localTime(stamp, dayFirst) : null
    if (stamp && sentAt) messages.push({ sentAt, lines: [line.slice(stamp[0].length)] })
    else messages.at(-1)?.lines.push(line)
  })
  if (messages.length === 0) throw new DocumentParseError('not a WhatsApp chat export: no line starts with a date and time')
  return messages
}

/**
 * The export's locale decides the order of day and month, for the whole file: one first number above 12 means
 * day first, one second number above 12 month first (5/13/22). Undecided, day first: the Dutch order.
 */
function isDayFirst(stamps: (RegExpExecArray | null)[]): boolean {
  let monthFirst = false
  for (const stamp of stamps) {
    if (Number(stamp?.[1]) > 12) return true
    if (Number(stamp?.[2]) > 12) monthFirst = true
  }
  return !monthFirst
}

/**
 * The stamp as floating local time ("2026-11-03T21:47:00"), which drafts read as Amsterdam time; null for a date
 * or time that does not exist. Plain arithmetic: luxon would resolve the zone for each of a long chat's messages.
 */
function localTime(stamp: RegExpExecArray, dayFirst: boolean): string | null {
  const [, first, second, yearText = '', hourText, minute = '', seconds = '00', meridiem] = stamp
  const year = Number(yearText) + (yearText.length === 2 ? 2000 : 0)
  const month = Number(dayFirst ? second : first)
  const day = Number(dayFirst ? first : second)
  const hour = meridiem ? hourOf12(Number(hourText), meridiem) : Number(hourText)
  const date = new Date(Date.UTC(year, month - 1, day))
  const exists = year >= 2000 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
    && hour <= 23 && Number(minute) <= 59 && Number(seconds) <= 59
  return exists ? `${year}-${twoDigits(month)}-${twoDigits(day)}T${twoDigits(hour)}:${minute}:${seconds}` : null
}

/** 12 AM is midnight, 12 PM noon; an hour outside 1..12 makes the time invalid. */
function hourOf12(hour: number, meridiem: string): number {
  if (hour < 1 || hour > 12) return Number.NaN
  return (hour % 12) + (meridiem.toUpperCase() === 'P' ? 12 : 0)
}

function twoDigits(value: number): string {
  return String(value).padStart(2, '0')
}
