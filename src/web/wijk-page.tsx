import { KINDS, type Kind } from '../domain/taxonomy.ts'
import type { SearchResult } from '../search/search-index.ts'
import type { Wijk } from '../store/wijken.ts'
import type { WijkLinks } from './feed-entry.ts'
import { ItemCard } from './item-card.tsx'
import { Layout, type AlternateLink } from './layout.tsx'

/** The filter names residents see, in the plural of the taxonomy's kinds. */
const KIND_FILTERS: Record<Kind, string> = { request: 'Hulpvragen', offer: 'Aanbod', event: 'Activiteiten', info: 'Nieuws' }

export interface WijkPageProps {
  wijk: Wijk
  q: string
  kind: Kind | undefined
  result: SearchResult
  links: WijkLinks
  now: Date
}

/** `/wijk/slug?q=...&kind=...`: the shareable address of a search. */
function searchHref(slug: string, params: { q?: string; kind?: Kind | undefined; cursor?: string }): string {
  const query = new URLSearchParams()
  if (params.q) query.set('q', params.q)
  if (params.kind) query.set('kind', params.kind)
  if (params.cursor) query.set('cursor', params.cursor)
  const search = query.toString()
  return `/wijk/${encodeURIComponent(slug)}${search ? `?${search}` : ''}`
}

function countText(total: number, q: string): string {
  const found = `${total} ${total === 1 ? 'bericht' : 'berichten'}`
  return q ? `${found} gevonden voor ‘${q}’` : found
}

export function WijkPage({ wijk, q, kind, result, links, now }: WijkPageProps) {
  const alternates: AlternateLink[] = [
    { type: 'application/rss+xml', title: `${wijk.name} (RSS)`, href: links.rss },
    { type: 'application/atom+xml', title: `${wijk.name} (Atom)`, href: links.atom },
    { type: 'application/feed+json', title: `${wijk.name} (JSON Feed)`, href: links.json },
    { type: 'text/calendar', title: `Activiteiten in ${wijk.name} (agenda)`, href: links.ics },
  ]
  return (
    <Layout
      title={q ? `Zoeken naar ‘${q}’ in ${wijk.name} – Buurtfeed` : `${wijk.name} – Buurtfeed`}
      description={`Hulpvragen, aanbod, activiteiten en nieuws uit ${wijk.name}, van alle buurtplatforms samen.`}
      alternates={alternates}
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
          <input id="q" name="q" type="search" value={q} autocomplete="off" />
          {kind && <input type="hidden" name="kind" value={kind} />}
          <button type="submit">Zoeken</button>
        </div>
      </form>
      <nav class="kinds" aria-label="Soort bericht">
        <ul>
          <li>
            <a href={searchHref(wijk.slug, { q })} aria-current={kind ? undefined : 'page'}>
              Alles
            </a>
          </li>
          {KINDS.map((option) => (
            <li>
              <a href={searchHref(wijk.slug, { q, kind: option })} aria-current={kind === option ? 'page' : undefined}>
                {KIND_FILTERS[option]}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <p class="count" role="status">
        {countText(result.total, q)}
      </p>
      {result.items.length > 0 && (
        <ol class="items">
          {result.items.map((item) => (
            <ItemCard item={item} now={now} />
          ))}
        </ol>
      )}
      {result.nextCursor && (
        <a class="more" href={searchHref(wijk.slug, { q, kind, cursor: result.nextCursor })}>
          Volgende berichten
        </a>
      )}
      <footer>
        <h2>Volg {wijk.name}</h2>
        <ul>
          <li><a href={links.rss}>RSS</a></li>
          <li><a href={links.atom}>Atom</a></li>
          <li><a href={links.json}>JSON Feed</a></li>
          <li><a href={links.ics}>Agenda (iCal)</a></li>
        </ul>
      </footer>
    </Layout>
  )
}
