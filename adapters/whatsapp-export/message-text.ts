import type { ExportedMessage } from './chat-lines.ts'
import { ANONYMOUS_SENDER } from './sender.ts'

/** A message a resident wrote: who sent it (a name or a phone number) and its text without WhatsApp's markers. */
export interface ChatMessage {
  sentAt: ExportedMessage['sentAt']
  sender: string
  text: string
}

// System lines are short; the bound also keeps the patterns below from backtracking through a huge line.
const MAX_SYSTEM_LINE = 300
// Who acts or is acted on in a system line: a contact name or number (capital, digit, +), or you.
const ACTOR = String.raw`[\p{Lu}\d+~][^:]*`
const PERSON = String.raw`(?:[\p{Lu}\d+~][^:]*|je|jou|u|you)`
const systemLine = (pattern: string) => new RegExp(`^${ACTOR} ${pattern}`, 'u')
const SYSTEM_LINES = [
  /^(?:Berichten|Messages)\b.*\bend-to-end\b/u,
  systemLine(String.raw`(?:heeft|hebt) (?:deze |de )?groep\b.* aangemaakt\.?$`),
  systemLine(String.raw`created (?:this )?group\b`),
  systemLine(String.raw`(?:heeft|hebt) ${PERSON} (?:toegevoegd|verwijderd)\.?$`),
  systemLine(String.raw`(?:added|removed) ${PERSON}\.?$`),
  systemLine(String.raw`(?:is|bent) toegevoegd\.?$`),
  systemLine(String.raw`(?:(?:heeft|hebt) de groep verlaten|left)\.?$`),
  systemLine(String.raw`(?:is lid geworden|neemt deel|joined)\b.*\b(?:uitnodigingslink|invite link)\b`),
  systemLine(String.raw`(?:heeft|hebt) (?:de |het )?(?:groepsnaam|onderwerp|groepsafbeelding|groepsicoon|groepsbeschrijving|groepsinstellingen|(?:naam|afbeelding|beschrijving|instellingen) van (?:de|deze) groep)\b`),
  systemLine(String.raw`(?:changed|deleted) (?:the subject|the group|this group's)\b`),
  systemLine(String.raw`(?:nu (?:een )?beheerder|now an admin)\.?$`),
  systemLine(String.raw`(?:(?:heeft|hebt) (?:zijn |haar |het |een nieuw )?telefoonnummer|is gewijzigd naar|changed (?:to|their phone number))\b`),
  systemLine(String.raw`(?:(?:heeft|hebt) tijdelijke berichten|turned (?:on|off) disappearing messages)\b`),
  /^(?:Je|Jouw|Uw|Your) (?:beveiligingscode|security code)\b/u,
  /^(?:Wachten op dit bericht|Waiting for this message)\b/u,
]
const DELETED = /^(?:dit bericht is verwijderd|(?:je|u) hebt dit bericht verwijderd|this message was deleted|you deleted this message)\b.{0,80}$/i
// Markers inside a line: the edit note (the message stays) and iOS attachments ("<bijgevoegd: 00000014-PHOTO-....jpg>").
const INLINE_MARKERS = /<(?:dit bericht is bewerkt|this message was edited|(?:bijgevoegd|attached): [^<>]*)>/gi
// Lines that only stand for an attachment; a caption on the next line stays.
const ATTACHMENT_LINES = [
  /^<[^<>]*(?:weggelaten|omitted)>$/i,
  /\((?:bestand bijgevoegd|file attached)\)$/i,
  /^(?:afbeelding|video|audio|sticker|gif|contactkaart|image|contact card) (?:weggelaten|omitted)$/i,
  // iOS names the document before it: "Jaarverslag • 3 pagina's document weggelaten".
  /\bdocument (?:weggelaten|omitted)$/i,
  // A shared location: someone's exact position.
  /maps\.google\.com\/\?q=/i,
  /^(?:live locatie gedeeld|live location shared)$/i,
]
// Mentions of people who are not in the phone's contacts are exported as their number: "@31612345678".
const NUMBER_MENTION = /@\+?\d{6,}/g
const ANONYMOUS_MENTION = `@${ANONYMOUS_SENDER}`

/** The resident's message in an exported one; null for system lines, attachments without text and deleted messages. */
export function chatMessage({ sentAt, lines: [first = '', ...more] }: ExportedMessage): ChatMessage | null {
  if (isSystemLine(first)) return null
  // Android system lines have no "Naam: " at all.
  const separator = first.indexOf(': ')
  if (separator < 1) return null
  const text = messageText([first.slice(separator + 2), ...more])
  if (!text || isSystemLine(text) || DELETED.test(text)) return null
  return { sentAt, sender: first.slice(0, separator).replace(/^~\s*/, '').trim(), text }
}

function messageText(lines: string[]): string {
  return lines
    .map((line) => line.replace(INLINE_MARKERS, '').trim())
    .filter((line) => !ATTACHMENT_LINES.some((pattern) => pattern.test(line)))
    .join('\n')
    .replace(NUMBER_MENTION, ANONYMOUS_MENTION)
    .trim()
}

function isSystemLine(line: string): boolean {
  return line.length <= MAX_SYSTEM_LINE && SYSTEM_LINES.some((pattern) => pattern.test(line))
}
