import type { Item } from '../../domain/item.ts'
import type { RequestMatches, WijkMatches } from '../../store/wijk-matches.ts'
import { ItemMeta, SourceLink } from './dashboard-items.tsx'

const REQUESTS_SHOWN = 10
const OFFERS_SHOWN = 3

const acrossPlatforms = (request: Item, offer: Item) => offer.platform !== request.platform

/** The entries that are across platforms first, each part in its own order (a stable partition). */
function acrossFirst<T>(entries: T[], isAcross: (entry: T) => boolean): T[] {
  return [...entries.filter(isAcross), ...entries.filter((entry) => !isAcross(entry))]
}

/**
 * Pairs on different platforms first: there the neighbours most likely do not know of each other, and a buurtmaker
 * can bring them together. Within that, the best fitting first (the order findWijkMatches gives).
 */
export function brokerOrder(matches: RequestMatches[]): RequestMatches[] {
  const ordered = matches.map((match) => ({
    request: match.request,
    suggestions: acrossFirst(match.suggestions, (suggestion) => acrossPlatforms(match.request, suggestion.offer)),
  }))
  return acrossFirst(ordered, (match) => acrossPlatforms(match.request, match.suggestions[0]!.offer))
}

function MatchPair({ match }: { match: RequestMatches }) {
  const { request } = match
  return (
    <li class="match">
      <div>
        <p class="side-label">Vraag</p>
        <h3>{request.title}</h3>
        <ItemMeta item={request} />
        <SourceLink item={request} text="Bekijk de vraag op" />
      </div>
      <div>
        <p class="side-label">Past bij</p>
        <ul class="offers">
          {match.suggestions.slice(0, OFFERS_SHOWN).map(({ offer, reason }) => (
            <li>
              <h4>{offer.title}</h4>
              <ItemMeta item={offer} />
              {acrossPlatforms(request, offer) ? (
                <p>
                  <span class="cross">⇄ Ander platform</span> De vraag en het aanbod staan op verschillende platforms.
                </p>
              ) : (
                <p>Zelfde platform als de vraag.</p>
              )}
              <p>Waarom: {reason}</p>
              <SourceLink item={offer} text="Bekijk het aanbod op" />
            </li>
          ))}
        </ul>
      </div>
    </li>
  )
}

export function MatchesSection({ matches }: { matches: WijkMatches }) {
  const ordered = brokerOrder(matches.matches)
  const shown = ordered.slice(0, REQUESTS_SHOWN)
  const total = ordered.length
  return (
    <section class="dash-section" aria-labelledby="koppelen">
      <h2 id="koppelen">Vraag en aanbod die bij elkaar passen</h2>
      <p>
        Open hulpvragen en open aanbod in de wijk die bij elkaar lijken te passen, met de reden. Staan ze op verschillende platforms,
        dan weten de buren waarschijnlijk niet van elkaar: breng ze met elkaar in contact. Die staan bovenaan.
      </p>
      {total === 0 ? (
        <p>Er is nu geen aanbod dat bij een open hulpvraag past.</p>
      ) : (
        <>
          <p class="count">
            {total === 1 ? '1 hulpvraag heeft' : `${total} hulpvragen hebben`} passend aanbod
            {total > shown.length && `; de eerste ${shown.length} staan hieronder`}.
          </p>
          <ol class="dash-list">
            {shown.map((match) => (
              <MatchPair match={match} />
            ))}
          </ol>
        </>
      )}
    </section>
  )
}
