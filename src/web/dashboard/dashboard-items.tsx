import { DateTime } from 'luxon'
import type { Item } from '../../domain/item.ts'
import { kindLabel } from '../../domain/taxonomy.ts'
import { DEFAULT_ZONE } from '../../domain/time.ts'
import { inAmsterdam } from '../../store/item-mapper.ts'
import { formatDay } from '../format-date.ts'
import { siteName, sourceLabel } from '../platform-names.ts'

/** "za 7 nov, 14:03". */
export function formatMoment(moment: Date, now: Date): string {
  return `${formatDay(moment.toISOString(), now)}, ${inAmsterdam(moment).toFormat('HH:mm')}`
}

/** Calendar days in Amsterdam from `from` to `now` (a day with a clock change is one day too). */
export function daysSince(from: Date, now: Date): number {
  const day = (moment: Date) => DateTime.fromJSDate(moment, { zone: DEFAULT_ZONE }).startOf('day')
  return Math.round(day(now).diff(day(from), 'days').days)
}

export const dayCount = (days: number) => `${days} ${days === 1 ? 'dag' : 'dagen'}`

/** Kind and source (with its platform, as the item cards say it) of an item, and whether it is closed, in words. */
export function ItemMeta({ item }: { item: Item }) {
  return (
    <p class="meta">
      {kindLabel(item.kind)} · {sourceLabel(item.platform, item.source.name)}
      {item.status === 'closed' && ' · Gesloten'}
    </p>
  )
}

/** The way to the post on its platform: that is where a buurtmaker reacts. */
export function SourceLink({ item, text }: { item: Item; text: string }) {
  return (
    <a class="button-link" href={item.url} rel="noopener">
      {text} {siteName(item.platform, item.source.name)}
    </a>
  )
}
