import { readFileSync } from 'node:fs'
import { raw } from 'hono/html'
import { KINDS, type Kind } from '../../domain/taxonomy.ts'
import type { Wijk } from '../../store/wijken.ts'
import { Layout } from '../layout.tsx'
import { KIND_FILTERS } from '../wijk/wijk-filters.ts'
import { iframeSnippet, scriptSnippet, WIDGET_LIMIT, type WidgetChoice } from './widget-options.ts'

const PAGE_SCRIPT = readFileSync(new URL('./embed-code-page.js', import.meta.url), 'utf8')

const EMBED_CODE_STYLES = `
.embed-form { margin: 1.5rem 0; }
.field { margin: 0 0 1rem; }
.field label { display: block; font-weight: 700; margin-bottom: 0.25rem; }
select, input[type="number"] { font: inherit; padding: 0.5rem 0.75rem; min-height: 3rem; border: 2px solid #1b1b1b; border-radius: 4px; background: #fff; color: #1b1b1b; max-width: 100%; }
input[type="number"] { width: 6rem; }
.way { border-top: 2px solid #d0d0d0; margin-top: 2rem; }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
pre { margin: 0.5rem 0; padding: 0.75rem; background: #f3f3f3; border: 2px solid #1b1b1b; border-radius: 4px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.9rem; }
.copy-status { min-height: 1.6em; margin: 0.25rem 0; }
.preview { border: 2px dashed #4a4a4a; padding: 0.75rem; }
.preview iframe { display: block; }
h4 { font-size: 1rem; margin: 1rem 0 0.5rem; }
`

export interface EmbedCodePageProps {
  wijken: Wijk[]
  /** The chosen wijk (one of `wijken`); none when there are no wijken yet. */
  wijk: Wijk | undefined
  kind: Kind | undefined
  limit: number
  /** This server's address, for code that works on another site. */
  origin: string
}

function Snippet({ id, code }: { id: string; code: string }) {
  return (
    <>
      <pre>
        <code id={id}>{code}</code>
      </pre>
      <button type="button" data-copy={id} hidden>
        Kopieer de code
      </button>
      <p id={`${id}-status`} class="copy-status" role="status"></p>
    </>
  )
}

function ChoiceForm({ wijken, choice }: { wijken: Wijk[]; choice: WidgetChoice }) {
  return (
    <form class="embed-form" method="get" action="/insluiten">
      <div class="field">
        <label for="wijk">Wijk</label>
        <select id="wijk" name="wijk">
          {wijken.map((wijk) => (
            <option value={wijk.slug} selected={wijk.slug === choice.wijk}>
              {wijk.gemeente ? `${wijk.name} (${wijk.gemeente})` : wijk.name}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="kind">Soort berichten</label>
        <select id="kind" name="kind">
          <option value="" selected={!choice.kind}>
            Alle berichten
          </option>
          {KINDS.map((kind) => (
            <option value={kind} selected={kind === choice.kind}>
              {KIND_FILTERS[kind]}
            </option>
          ))}
        </select>
      </div>
      <div class="field">
        <label for="limit">
          Aantal berichten ({WIDGET_LIMIT.min} tot {WIDGET_LIMIT.max})
        </label>
        <input id="limit" name="limit" type="number" inputmode="numeric" min={WIDGET_LIMIT.min} max={WIDGET_LIMIT.max} value={String(choice.limit)} required />
      </div>
      <button type="submit">Maak de code</button>
      <p id="preview-status" class="copy-status" role="status"></p>
    </form>
  )
}

function EmbedCode({ wijken, choice, wijkName, origin }: { wijken: Wijk[]; choice: WidgetChoice; wijkName: string; origin: string }) {
  const script = scriptSnippet(origin, choice)
  const iframe = iframeSnippet(origin, choice, wijkName)
  return (
    <>
      <h2>1. Kies wat u wilt laten zien</h2>
      <ChoiceForm wijken={wijken} choice={choice} />
      <h2>2. Kopieer de code naar uw website</h2>
      <p>
        Er zijn twee manieren. Weet u niet welke? Kies het script. Lukt dat niet op uw website, neem dan het iframe. Plak de code op
        de plek in uw pagina waar de berichten moeten komen.
      </p>
      <section class="way" aria-labelledby="way-script">
        <h3 id="way-script">Met een script (aanbevolen)</h3>
        <p>
          De berichten worden een deel van uw pagina. De lijst is zo hoog als nodig en past zich aan de breedte aan, ook op een
          telefoon. Uw website moet wel toestaan dat u een script plakt; bij veel websitebouwers doet u dat in een ‘HTML-blok’.
        </p>
        <Snippet id="script-code" code={script} />
        <h4>Voorbeeld</h4>
        {/* The snippets escape what they put in: the preview is the code itself, as a site would have it. */}
        <div class="preview">{raw(script)}</div>
      </section>
      <section class="way" aria-labelledby="way-iframe">
        <h3 id="way-iframe">Met een iframe</h3>
        <p>
          Werkt bijna overal, ook waar u geen script mag plakken. Het venster heeft een vaste hoogte: bij veel berichten verschijnt
          een schuifbalk. U kunt de hoogte veranderen: pas het getal 600 in de code aan.
        </p>
        <Snippet id="iframe-code" code={iframe} />
        <h4>Voorbeeld</h4>
        <div class="preview">{raw(iframe)}</div>
      </section>
      <script>{raw(PAGE_SCRIPT)}</script>
    </>
  )
}

/** /insluiten: a site owner picks a wijk, a kind and a number, and copies one line of code. */
export function EmbedCodePage({ wijken, wijk, kind, limit, origin }: EmbedCodePageProps) {
  return (
    <Layout
      title="Berichten op uw eigen website – Buurtfeed"
      description="Zet de berichten uit uw wijk op de website van uw buurthuis, bibliotheek of vereniging."
      styles={EMBED_CODE_STYLES}
    >
      <h1>Berichten op uw eigen website</h1>
      <p class="intro">
        Zet de berichten uit uw wijk op de website van uw buurthuis, bibliotheek of vereniging. De lijst blijft vanzelf bij: nieuwe
        berichten komen er zonder uw hulp bij.
      </p>
      {wijk ? (
        <EmbedCode wijken={wijken} choice={{ wijk: wijk.slug, kind, limit }} wijkName={wijk.name} origin={origin} />
      ) : (
        <p>Er zijn nog geen wijken.</p>
      )}
    </Layout>
  )
}
