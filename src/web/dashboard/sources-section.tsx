import { fileURLToPath } from 'node:url'
import type { Source, SourceHealth } from '../../store/sources.ts'
import { formatMoment } from './dashboard-items.tsx'
import { SOURCE_PROBLEMS, SOURCE_STATES } from './source-problems.ts'

const STATE_ORDER: SourceHealth['state'][] = ['failing', 'suspect', 'new', 'ok']

/** Broken sources first, then by name. */
function byUrgency(sources: Source[]): Source[] {
  return [...sources].sort(
    (a, b) => STATE_ORDER.indexOf(a.health.state) - STATE_ORDER.indexOf(b.health.state) || a.name.localeCompare(b.name, 'nl'),
  )
}

/** A message about an uploaded file names where it lies on the server: that stays on the server. */
function publicMessage(message: string, source: Source): string {
  if (!source.url.startsWith('file:')) return message
  return message.replaceAll(fileURLToPath(source.url), 'het bestand')
}

function Problem({ health, source, now }: { health: SourceHealth; source: Source; now: Date }) {
  const error = health.lastError
  if (!error || health.consecutiveErrors === 0) return null
  const problem = SOURCE_PROBLEMS[error.type]
  return (
    <div class="problem">
      <p>
        <strong>Wat er mis is:</strong> {problem.what}
      </p>
      <p>
        <strong>Wat u kunt doen:</strong> {problem.fix}
      </p>
      <p>
        {health.consecutiveErrors === 1 ? 'Mislukt op' : `${health.consecutiveErrors} keer achter elkaar mislukt, het laatst op`}{' '}
        <time datetime={error.at}>{formatMoment(new Date(error.at), now)}</time>.
      </p>
      <details>
        <summary>Technische melding</summary>
        <p class="message">
          <code>{error.type}</code>: {publicMessage(error.message, source)}
        </p>
      </details>
    </div>
  )
}

function SourceEntry({ source, now }: { source: Source; now: Date }) {
  const { health } = source
  const state = SOURCE_STATES[health.state]
  // An uploaded file has no address to visit; the page residents are sent to stands in for it.
  const address = source.local ? source.siteUrl : source.url
  return (
    <li>
      <h3>{source.name}</h3>
      <p class="state">
        <span aria-hidden="true">{state.mark}</span> {state.words}
      </p>
      <dl class="details">
        <div>
          <dt>Adres</dt>
          <dd class="message">{address ? <a href={address}>{address}</a> : 'een bestand op de server'}</dd>
        </div>
        <div>
          <dt>Laatst gelukt</dt>
          <dd>{health.lastSuccessAt ? <time datetime={health.lastSuccessAt}>{formatMoment(new Date(health.lastSuccessAt), now)}</time> : 'nog nooit'}</dd>
        </div>
        <div>
          <dt>Berichten</dt>
          <dd>{health.itemCount}</dd>
        </div>
      </dl>
      <Problem health={health} source={source} now={now} />
    </li>
  )
}

export function SourcesSection({ sources, now }: { sources: Source[]; now: Date }) {
  const broken = sources.filter((source) => source.health.state === 'failing' || source.health.state === 'suspect').length
  return (
    <section class="dash-section" aria-labelledby="bronnen">
      <h2 id="bronnen">Bronnen</h2>
      {sources.length === 0 ? (
        <p>Deze wijk heeft nog geen bronnen.</p>
      ) : (
        <>
          <p class="count">
            {sources.length === 1 ? '1 bron' : `${sources.length} bronnen`}
            {broken > 0 ? `, waarvan ${broken} met een probleem` : ', geen met een probleem'}.
          </p>
          <ul class="dash-list">
            {byUrgency(sources).map((source) => (
              <SourceEntry source={source} now={now} />
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
