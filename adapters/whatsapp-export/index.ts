import { z } from 'zod'
import { defineAdapter } from '../../src/domain/adapter.ts'
import type { FetchedDocument } from '../../src/domain/adapter.ts'
import { decodeBody } from '../../src/fetch/charset.ts'
import { exportedMessages } from './chat-lines.ts'
import { messageDraft } from './message-draft.ts'
import { chatMessage } from './message-text.ts'
import { reactionCounts } from './reactions.ts'
import type { ChatMessage } from './message-text.ts'
import { publicSenderName } from './sender.ts'
import { chatFileFromZip, isZip } from './zip.ts'

const whatsappExportConfigSchema = z.strictObject({
  /** Show who sent a message. Off by default; a sender that is a phone number is 'buurtbewoner' either way. */
  showSenders: z.boolean().default(false),
  /** Shorter messages ("👍", "Dank je!") are chatter, not news for the wijk. In characters. */
  minLength: z.number().int().min(0).max(1000).default(20),
  /** Only messages from this day on (YYYY-MM-DD, Amsterdam time). */
  since: z.iso.date().optional(),
})
export type WhatsappExportConfig = z.infer<typeof whatsappExportConfigSchema>

export const whatsappExportAdapter = defineAdapter<WhatsappExportConfig>({
  id: 'whatsapp-export',
  platform: 'whatsapp',
  label: { nl: 'WhatsApp-groep (export)', en: 'WhatsApp group (export)' },
  description: {
    nl: 'Leest een geëxporteerde WhatsApp-chat (.txt of .zip, Android en iPhone); afzenders alleen op verzoek, nooit een telefoonnummer.',
    en: 'Reads an exported WhatsApp chat (.txt or .zip, Android and iPhone); senders only on request, never a phone number.',
  },
  configSchema: whatsappExportConfigSchema,
  listing: 'complete',
  example: { url: 'file:///srv/uploads/whatsapp-chat-buurtapp.zip', config: { showSenders: false, minLength: 20 } },
  plan: ({ url }) => [{ url }],
  parse(document, { config }) {
    const authorOf = authorNames(config.showSenders)
    // For an upload the runtime hands over the source's public site URL: the group or invite residents are sent to.
    const messages = exportedMessages(chatText(document))
      .map(chatMessage)
      .filter((message): message is ChatMessage => message !== null)
    const reactions = reactionCounts(messages)
    const items = messages
      .map((message, index) => ({ message, reactions: reactions[index]! }))
      .filter(({ message }) => [...message.text].length >= config.minLength && (!config.since || message.sentAt >= config.since))
      .map(({ message, reactions }) => messageDraft(message, document.url, authorOf(message.sender), reactions))
    return { items }
  },
})

function chatText(document: FetchedDocument): string {
  return isZip(document.bytes) ? decodeBody(chatFileFromZip(document.bytes), null) : document.text
}

/** Display names per sender, worked out once per sender: a long chat has thousands of messages from a few people. */
function authorNames(showSenders: boolean): (sender: string) => string | undefined {
  const names = new Map<string, string>()
  return (sender) => {
    if (!showSenders) return undefined
    const name = names.get(sender) ?? publicSenderName(sender)
    names.set(sender, name)
    return name
  }
}
