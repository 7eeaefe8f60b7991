import type { SearchHit, SearchResult } from '../search/search-index.ts'
import type { Wijk } from '../store/wijken.ts'
import type { WijkLinks } from './feed-entry.ts'
import { ItemCard } from './item-card.tsx'
import { Layout, type AlternateLink } from './layout.tsx'
import { groupByDay } from './wijk/event-days.ts'
import { FilterChips } from './wijk/filter-chips.tsx'
import { filterLabels, filterParams, showsAgenda, wijkHref, type WijkFilters } from './wijk/wijk-filters.ts'

export interface WijkPageProps {
  wijk: Wijk
  filters: WijkFilters
  result: SearchResult
  links: WijkLinks
  now: Date
}

function countText(total: number, q: string): string {
  const found = `${total} ${total === 1 ? 'bericht' : 'berichten'}`
  return q ? `${found} gevonden voor ‘${q}’` : found
}

function pageTitle(wijk: Wijk, filters: WijkFilters): string {
  const base = filters.q ? `Zoeken naar ‘${filters.q}’ in ${wijk.name}` : wijk.name
  const labels = filterLabels(filters)
  return `${base}${labels.length > 0 ? ` (${labels.join(', ')})` : ''} – Buurtfeed`
}

/** The agenda under a heading per day ("Vandaag", "Morgen", ...); everything else as one list. */
function Items({ items, agenda, now }: { items: SearchHit[]; agenda: boolean; now: Date }) {
  if (!agenda) {
    return (
      <ol class="items">
        {items.map((item) => (
          <ItemCard item={item} now={now} />
        ))}
      </ol>
    )
  }
  return (
    <>
      {groupByDay(items, now).map(({ group, items: ofDay }) => (
        <div class="day">
          <h2>{group.heading}</h2>
          <ol class="items">
            {ofDay.map((item) => (
              <ItemCard item={item} now={now} headingLevel={3} />
            ))}
          </ol>
        </div>
      ))}
    </>
  )
}

export function WijkPage({ wijk, filters, result, links, now }: WijkPageProps) {
  const alternates: AlternateLink[] = [
    { type: 'application/rss+xml', title: `${wijk.name} (RSS)`, href: links.rss },
    { type: 'application/atom+xml', title: `${wijk.name} (Atom)`, href: links.atom },
    { type: 'application/feed+json', title: `${wijk.name} (JSON Feed)`, href: links.json },
    { type: 'text/calendar', title: `Activiteiten in ${wijk.name} (agenda)`, href: links.ics },
  ]
  return (
    <Layout
      title={pageTitle(wijk, filters)}
      description={`Hulpvragen, aanbod, activiteiten en nieuws uit ${wijk.name}, van alle buurtplatforms samen.`}
      alternates={alternates}
      skipTo={{ href: '#berichten', label: 'Direct naar de berichten' }}
      footer={
        <>
          <h2>Volg {wijk.name}</h2>
          <ul>
            <li><a href={links.rss}>RSS</a></li>
            <li><a href={links.atom}>Atom</a></li>
            <li><a href={links.json}>JSON Feed</a></li>
            <li><a href={links.ics}>Agenda (iCal)</a></li>
            <li><a href={`/insluiten?wijk=${encodeURIComponent(wijk.slug)}`}>Zet deze berichten op uw eigen website</a></li>
          </ul>
        </>
      }
    >
      <h1>{wijk.name}</h1>
      <p class="intro">
        Wat er in {wijk.name} gevraagd, aangeboden en georganiseerd wordt, van alle buurtplatforms samen. Reageren doet u op de
        plek waar het bericht staat.
      </p>
      {wijk.demo && (
        <p class="demo" role="note">
          <strong>Dit is een demo.</strong> De berichten hieronder komen uit voorbeelddocumenten, niet van echte buurtplatforms.
        </p>
      )}
      <form class="search" method="get" action={`/wijk/${encodeURIComponent(wijk.slug)}`} role="search">
        <label for="q">Zoeken in {wijk.name}</label>
        <div class="search-row">
          <input id="q" name="q" type="search" value={filters.q} autocomplete="off" />
          {filterParams(filters).map(({ name, value }) => (
            <input type="hidden" name={name} value={value} />
          ))}
          <button type="submit">Zoeken</button>
        </div>
      </form>
      <FilterChips slug={wijk.slug} filters={filters} result={result} />
      <section id="berichten" aria-label="Berichten">
        <p class="count" role="status">
          {countText(result.total, filters.q)}
        </p>
        {result.items.length > 0 ? (
          <Items items={result.items} agenda={showsAgenda(filters)} now={now} />
        ) : filters.q || filterParams(filters).length > 0 ? (
          <p>
            Er zijn geen berichten die hierbij passen. {filters.q ? 'Probeer een ander woord of' : 'Kies een ander filter of'}{' '}
            <a href={wijkHref(wijk.slug, { q: '' })}>bekijk alle berichten uit {wijk.name}</a>.
          </p>
        ) : (
          <p>Er zijn nog geen berichten uit {wijk.name}.</p>
        )}
        {result.nextCursor && (
          <a class="more" href={wijkHref(wijk.slug, filters, result.nextCursor)}>
            Volgende berichten
          </a>
        )}
      </section>
    </Layout>
  )
}
