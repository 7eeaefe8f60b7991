import type { Source } from '../../store/sources.ts'
import type { WijkMatches } from '../../store/wijk-matches.ts'
import type { Wijk } from '../../store/wijken.ts'
import { Layout } from '../layout.tsx'
import type { Activity } from './activity.ts'
import { ActivityChart } from './activity-chart.tsx'
import type { Access } from './dashboard-access.ts'
import { DASHBOARD_STYLES } from './dashboard-styles.ts'
import type { ItemList, NewItem, UnansweredRequest } from './item-lists.ts'
import { MatchesSection } from './matches-section.tsx'
import { NewItemsSection } from './new-items-section.tsx'
import { SourcesSection } from './sources-section.tsx'
import { UnansweredSection } from './unanswered-section.tsx'
import type { Visits } from './visits.ts'

export interface DashboardData {
  wijk: Wijk
  access: Access
  activity: Activity
  unanswered: ItemList<UnansweredRequest>
  matches: WijkMatches
  visits: Visits
  newItems: ItemList<NewItem>
  sources: Source[]
  now: Date
}

const csvHref = (slug: string) => `/dashboard/${encodeURIComponent(slug)}/items.csv`

export function LogoutForm() {
  return (
    <form class="logout" method="post" action="/dashboard/logout">
      <button type="submit">Uitloggen</button>
    </form>
  )
}

function Contents({ data }: { data: DashboardData }) {
  const brokenSources = data.sources.filter((source) => source.health.state === 'failing' || source.health.state === 'suspect').length
  return (
    <nav class="toc" aria-label="Op deze pagina">
      <h2>Op deze pagina</h2>
      <ul>
        <li><a href="#activiteit">Activiteit per platform</a></li>
        <li><a href="#zonder-reactie">Hulpvragen zonder reactie ({data.unanswered.total})</a></li>
        <li><a href="#koppelen">Vraag en aanbod die bij elkaar passen ({data.matches.matches.length})</a></li>
        <li><a href="#nieuw">Nieuwe berichten ({data.newItems.total})</a></li>
        <li><a href="#bronnen">Bronnen ({brokenSources === 0 ? 'geen problemen' : `${brokenSources} met een probleem`})</a></li>
        <li><a href="#exporteren">Alle berichten downloaden</a></li>
      </ul>
    </nav>
  )
}

/** The buurtmaker dashboard of one wijk: every platform's activity together, and what needs a buurtmaker's attention. */
export function DashboardPage({ data }: { data: DashboardData }) {
  const { wijk, now } = data
  return (
    <Layout title={`Dashboard ${wijk.name} – Buurtfeed`} styles={DASHBOARD_STYLES} noindex>
      <h1>Dashboard {wijk.name}</h1>
      <p class="intro">
        Voor buurtmakers: wat er op alle platforms in {wijk.name} gebeurt, welke hulpvragen nog geen reactie kregen, welk aanbod bij
        een vraag past en welke bronnen niet goed werken. Reageren doet u op de plek waar het bericht staat.
      </p>
      {wijk.demo && (
        <p class="demo" role="note">
          <strong>Dit is een demo.</strong> De cijfers komen uit voorbeelddocumenten, niet van echte buurtplatforms. Het dashboard van
          een echte wijk vraagt om de beheersleutel.
        </p>
      )}
      <Contents data={data} />
      <section class="dash-section" aria-labelledby="activiteit">
        <h2 id="activiteit">Activiteit per platform</h2>
        <ActivityChart activity={data.activity} />
      </section>
      <UnansweredSection unanswered={data.unanswered} now={now} />
      <MatchesSection matches={data.matches} />
      <NewItemsSection newItems={data.newItems} visits={data.visits} slug={wijk.slug} now={now} />
      <SourcesSection sources={data.sources} now={now} />
      <section class="dash-section" aria-labelledby="exporteren">
        <h2 id="exporteren">Alle berichten downloaden</h2>
        <p>
          Een CSV-bestand met alle berichten van {wijk.name}, ook de gesloten berichten. Een bericht dat op meer platforms staat, staat
          er per platform in. Excel opent het bestand direct.
        </p>
        <a class="button-link" href={csvHref(wijk.slug)} download>
          Download de berichten (CSV)
        </a>
      </section>
      <footer class="dash-footer">
        <a href={`/wijk/${encodeURIComponent(wijk.slug)}`}>Naar de wijkpagina van {wijk.name}</a>
        {data.access === 'session' && <LogoutForm />}
      </footer>
    </Layout>
  )
}
