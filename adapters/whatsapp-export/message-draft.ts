import type { ItemDraft } from '../../src/domain/item.ts'
import type { ChatMessage } from './message-text.ts'
import { shortHash } from '../../src/normalise/index.ts'

/**
 * One message as a draft, linking back to the chat (a message has no address of its own), with the replies it got.
 * Its id is the same in a later, longer export of the chat, and holds neither the sender nor the text.
 */
export function messageDraft(message: ChatMessage, chatUrl: string, author: string | undefined, reactions: number): ItemDraft {
  return {
    externalId: `${message.sentAt}#${shortHash(message.sender)}#${shortHash(message.text)}`,
    url: chatUrl,
    bodyText: message.text,
    publishedAt: message.sentAt,
    reactions,
    ...(author ? { author } : {}),
  }
}
