import type { Child } from 'hono/jsx'
import type { Item } from '../domain/item.ts'
import { kindLabel } from '../domain/taxonomy.ts'
import { placeOf } from './feed-entry.ts'
import { formatAge, formatEventTime } from './format-date.ts'
import { closedLabel } from './item-timing.ts'
import { siteName, sourceLabel } from './platform-names.ts'

export interface ItemCardProps {
  item: Item
  now: Date
  /** 3 when the cards stand under headings of their own (the days of the agenda). */
  headingLevel?: 2 | 3
}

/** What the button to the source says: what a resident can do there, and where that is. */
function respondText(item: Item): string {
  const site = siteName(item.platform, item.source.name)
  if (item.status === 'closed') return `Bekijk op ${site}`
  switch (item.kind) {
    case 'request':
    case 'offer':
      return `Reageer op ${site}`
    case 'event':
      return `Aanmelden of meer info op ${site}`
    case 'info':
      return `Lees verder op ${site}`
  }
}

function Detail(props: { term: string; children: Child }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  )
}

/** One item in the list: what, when, where, how long ago and where it was posted, and the way to respond there. */
export function ItemCard({ item, now, headingLevel = 2 }: ItemCardProps) {
  const closed = closedLabel(item, now)
  const when = formatEventTime(item, now)
  const place = placeOf(item)
  const Heading = headingLevel === 3 ? 'h3' : 'h2'
  return (
    <li>
      <article class={closed ? 'item is-closed' : 'item'}>
        <p class="labels">
          <span class="label">{kindLabel(item.kind)}</span>
          {closed && <span class="label label-closed">{closed}</span>}
        </p>
        <Heading>{item.title}</Heading>
        {item.summary && <p class="summary">{item.summary}</p>}
        <dl class="details">
          {when && (
            <Detail term="Wanneer">
              <time datetime={item.startsAt ?? undefined}>{when}</time>
            </Detail>
          )}
          {place && <Detail term="Waar">{place}</Detail>}
          <Detail term="Geplaatst">
            {item.publishedAt && <time datetime={item.publishedAt}>{formatAge(item.publishedAt, now)}</time>} op{' '}
            {sourceLabel(item.platform, item.source.name)}
          </Detail>
        </dl>
        <p class="respond-row">
          <a class="respond" href={item.url} rel="noopener">
            {respondText(item)}
          </a>
        </p>
        {item.alsoOn.length > 0 && (
          <p class="also-on">
            Ook op:{' '}
            {item.alsoOn.map((other, index) => (
              <>
                {index > 0 && ', '}
                <a href={other.url} rel="noopener">
                  {sourceLabel(other.platform, other.sourceName)}
                </a>
              </>
            ))}
          </p>
        )}
      </article>
    </li>
  )
}
