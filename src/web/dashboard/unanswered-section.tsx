import { UNANSWERED_AFTER_DAYS } from '../../understand/follow-up.ts'
import { formatDay } from '../format-date.ts'
import { dayCount, daysSince, ItemMeta, SourceLink } from './dashboard-items.tsx'
import type { ItemList, UnansweredRequest } from './item-lists.ts'

export function UnansweredSection({ unanswered, now }: { unanswered: ItemList<UnansweredRequest>; now: Date }) {
  const { items, total } = unanswered
  return (
    <section class="dash-section" aria-labelledby="zonder-reactie">
      <h2 id="zonder-reactie">Hulpvragen zonder reactie</h2>
      <p>
        Open hulpvragen van meer dan {dayCount(UNANSWERED_AFTER_DAYS)} oud waarop op het platform geen reactie te zien is, de oudste
        bovenaan. Niet elk platform laat reacties zien: daar telt alleen hoe oud de vraag is.
      </p>
      {total === 0 ? (
        <p>Er zijn geen hulpvragen zonder reactie.</p>
      ) : (
        <>
          <p class="count">
            {total === 1 ? '1 hulpvraag' : `${total} hulpvragen`} zonder reactie
            {total > items.length && `; de oudste ${items.length} staan hieronder`}.
          </p>
          <ol class="dash-list">
            {items.map(({ item, postedAt }) => (
              <li>
                <h3>{item.title}</h3>
                <ItemMeta item={item} />
                <p class="age">
                  {dayCount(daysSince(postedAt, now))} zonder reactie{' '}
                  <span class="posted">
                    (geplaatst <time datetime={postedAt.toISOString()}>{formatDay(postedAt.toISOString(), now)}</time>)
                  </span>
                </p>
                <SourceLink item={item} text="Reageer op" />
              </li>
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
