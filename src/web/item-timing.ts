import type { Item } from '../domain/item.ts'
import { effectiveStatus } from '../store/item-mapper.ts'

/** The event has ended (or, without an end, started; an all-day event at the end of its last day: `allDayEnd`). */
export function eventIsOver(item: Item, now: Date): boolean {
  if (!item.startsAt) return false
  // effectiveStatus on the timing alone: closed then means only that its time is past.
  const timing = {
    status: 'open',
    expires_at: null,
    starts_at: new Date(item.startsAt),
    ends_at: item.endsAt ? new Date(item.endsAt) : null,
    all_day: item.allDay,
  }
  return effectiveStatus(timing, now) === 'closed'
}

/** Why a closed item is closed, in the word residents see: "Afgelopen" (an event), "Verlopen" (past its end date), or "Gesloten". */
export function closedLabel(item: Item, now: Date): 'Afgelopen' | 'Verlopen' | 'Gesloten' | null {
  if (item.status !== 'closed') return null
  if (item.kind === 'event' && eventIsOver(item, now)) return 'Afgelopen'
  return item.followUp === 'expired' ? 'Verlopen' : 'Gesloten'
}
