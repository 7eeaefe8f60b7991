import type { ChatMessage } from './message-text.ts'

/** A reply names the sender within a day ("@Ingrid ik heb er een", "Ingrid, kom maar halen"). */
const MENTION_WINDOW_MS = 24 * 3_600_000
/** The message right after it, by someone else, within two hours, answers it ("Zie hem ook", "👍", "heb ik"). */
const NEXT_MESSAGE_WINDOW_MS = 2 * 3_600_000
const FIRST_NAME = /^\p{L}{2,}/u

/**
 * The visible reactions to each message of a chat, in the order given: a chat has no threads, so a reaction is
 * the next message by someone else within two hours, or a later one within a day that names the sender. Chatter
 * ("👍") counts, though it is no item itself. A message nobody reacted to gets 0, so an open request in a
 * WhatsApp group shows up as unanswered after a week.
 */
export function reactionCounts(messages: ChatMessage[]): number[] {
  const times = messages.map((message) => Date.parse(`${message.sentAt}Z`))
  return messages.map((message, index) => {
    const mention = mentionOf(message.sender)
    let reactions = 0
    for (let later = index + 1; later < messages.length && times[later]! - times[index]! <= MENTION_WINDOW_MS; later++) {
      const reply = messages[later]!
      if (reply.sender === message.sender) continue
      const isNext = later === index + 1 && times[later]! - times[index]! <= NEXT_MESSAGE_WINDOW_MS
      if (isNext || (mention !== null && mention.test(reply.text))) reactions++
    }
    return reactions
  })
}

/** "@Ingrid" or "Ingrid" as a word, for a sender with a name (not a phone number). */
function mentionOf(sender: string): RegExp | null {
  const name = FIRST_NAME.exec(sender)?.[0]
  return name ? new RegExp(`(?<![\\p{L}\\p{N}])@?${name}(?![\\p{L}\\p{N}])`, 'iu') : null
}
