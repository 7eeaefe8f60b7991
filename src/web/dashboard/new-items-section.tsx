import type { Visits } from './visits.ts'
import { formatMoment, ItemMeta, SourceLink } from './dashboard-items.tsx'
import type { ItemList, NewItem } from './item-lists.ts'

export const FIRST_VISIT_DAYS = 7

/** "Nieuw sinds uw vorige bezoek op ...", or on a first visit the items of the last FIRST_VISIT_DAYS days. */
export function NewItemsSection({ newItems, visits, slug, now }: { newItems: ItemList<NewItem>; visits: Visits; slug: string; now: Date }) {
  const { items, total } = newItems
  const count = `${total} ${total === 1 ? 'nieuw bericht' : 'nieuwe berichten'}`
  return (
    <section class="dash-section" aria-labelledby="nieuw">
      <h2 id="nieuw">{visits.previous ? 'Nieuw sinds uw vorige bezoek' : `Nieuw in de afgelopen ${FIRST_VISIT_DAYS} dagen`}</h2>
      <p>
        {visits.previous ? (
          <>
            Nieuw sinds uw vorige bezoek op <time datetime={visits.previous.toISOString()}>{formatMoment(visits.previous, now)}</time>:{' '}
            {count}.
          </>
        ) : (
          <>
            Dit is uw eerste bezoek aan dit dashboard (op dit apparaat). Dit zijn de berichten die Buurtfeed de afgelopen{' '}
            {FIRST_VISIT_DAYS} dagen voor het eerst zag: {count}.
          </>
        )}
        {total > items.length && (
          <>
            {' '}
            De nieuwste {items.length} staan hieronder; alle berichten staan op de <a href={`/wijk/${encodeURIComponent(slug)}`}>wijkpagina</a>.
          </>
        )}
      </p>
      {items.length > 0 && (
        <ol class="dash-list">
          {items.map(({ item, firstSeenAt }) => (
            <li>
              <h3>{item.title}</h3>
              <ItemMeta item={item} />
              <p class="meta">
                Voor het eerst gezien: <time datetime={firstSeenAt.toISOString()}>{formatMoment(firstSeenAt, now)}</time>
              </p>
              <SourceLink item={item} text="Bekijk op" />
            </li>
          ))}
        </ol>
      )}
    </section>
  )
}
