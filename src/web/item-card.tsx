import type { Child } from 'hono/jsx'
import type { Item } from '../domain/item.ts'
import { kindLabel } from '../domain/taxonomy.ts'
import { placeOf } from './feed-entry.ts'
import { formatDay, formatEventTime } from './format-date.ts'
import { eventIsOver } from './item-timing.ts'
import { platformName } from './platform-names.ts'

function Detail(props: { term: string; children: Child }) {
  return (
    <div>
      <dt>{props.term}</dt>
      <dd>{props.children}</dd>
    </div>
  )
}

/** One item in the list: what, when, where, from which platform, and the way to the source. */
export function ItemCard({ item, now }: { item: Item; now: Date }) {
  const closed = item.status === 'closed'
  const closedLabel = item.kind === 'event' && eventIsOver(item, now) ? 'Afgelopen' : 'Gesloten'
  const when = formatEventTime(item, now)
  const place = placeOf(item)
  return (
    <li>
      <article class={closed ? 'item is-closed' : 'item'}>
        <p class="labels">
          <span class="label">{kindLabel(item.kind)}</span>
          {closed && <span class="label label-closed">{closedLabel}</span>}
        </p>
        <h2>{item.title}</h2>
        {item.summary && <p class="summary">{item.summary}</p>}
        <dl class="details">
          {when && (
            <Detail term="Wanneer">
              <time datetime={item.startsAt ?? undefined}>{when}</time>
            </Detail>
          )}
          {place && <Detail term="Waar">{place}</Detail>}
          {item.publishedAt && (
            <Detail term="Geplaatst">
              <time datetime={item.publishedAt}>{formatDay(item.publishedAt, now)}</time>
            </Detail>
          )}
          <Detail term="Bron">
            {item.source.name} ({platformName(item.platform)})
          </Detail>
        </dl>
        <a class="source-link" href={item.url} rel="noopener">
          Bekijk op {item.source.name}
        </a>
        {item.alsoOn.length > 0 && (
          <p class="also-on">
            Ook op:{' '}
            {item.alsoOn.map((other, index) => (
              <>
                {index > 0 && ', '}
                <a href={other.url} rel="noopener">
                  {other.sourceName} ({platformName(other.platform)})
                </a>
              </>
            ))}
          </p>
        )}
      </article>
    </li>
  )
}
