import type { Wijk } from '../../store/wijken.ts'
import { Layout } from '../layout.tsx'
import { LOGIN_PATH, SESSION_HOURS } from './dashboard-access.ts'
import { LogoutForm } from './dashboard-page.tsx'
import { DASHBOARD_STYLES } from './dashboard-styles.ts'

export interface LoginPageProps {
  /** The server has an ADMIN_TOKEN: without one the dashboard is off (demo wijken excepted). */
  enabled: boolean
  loggedIn: boolean
  /** The dashboard page to return to. */
  next: string | null
  wrongToken?: boolean
  wijken: Wijk[]
}

const dashboardHref = (wijk: Wijk) => `/dashboard/${encodeURIComponent(wijk.slug)}`

function WijkList({ wijken }: { wijken: Wijk[] }) {
  return (
    <ul class="wijken">
      {wijken.map((wijk) => (
        <li>
          <a href={dashboardHref(wijk)}>Dashboard {wijk.name}</a>
          {wijk.gemeente && ` (${wijk.gemeente})`}
        </li>
      ))}
    </ul>
  )
}

function LoginForm({ next, wrongToken }: { next: string | null; wrongToken: boolean }) {
  return (
    <>
      <p class="intro">
        Log in met de beheersleutel van deze Buurtfeed: de ADMIN_TOKEN waarmee de server is gestart. U blijft {SESSION_HOURS} uur ingelogd.
      </p>
      {wrongToken && (
        <p class="alert" role="alert" id="login-fout">
          Deze beheersleutel klopt niet. Controleer hem en probeer het opnieuw.
        </p>
      )}
      <form class="login" method="post" action={LOGIN_PATH}>
        <label for="token">Beheersleutel</label>
        <input
          id="token"
          name="token"
          type="password"
          autocomplete="current-password"
          required
          aria-invalid={wrongToken ? 'true' : undefined}
          aria-describedby={wrongToken ? 'login-fout' : undefined}
        />
        {next && <input type="hidden" name="next" value={next} />}
        <button type="submit">Inloggen</button>
      </form>
    </>
  )
}

/** Logging in to the dashboard; once logged in, the wijken to choose from. */
export function LoginPage({ enabled, loggedIn, next, wrongToken = false, wijken }: LoginPageProps) {
  const demos = wijken.filter((wijk) => wijk.demo)
  return (
    <Layout title="Inloggen – Dashboard voor buurtmakers – Buurtfeed" styles={DASHBOARD_STYLES} noindex>
      <h1>Dashboard voor buurtmakers</h1>
      {!enabled ? (
        <p class="intro">
          Het dashboard staat uit op deze server, want er is geen beheersleutel ingesteld. Wilt u het gebruiken, start Buurtfeed dan
          met een beheersleutel van minstens 16 tekens in de omgevingsvariabele ADMIN_TOKEN, bijvoorbeeld{' '}
          <code>ADMIN_TOKEN=een-lange-geheime-sleutel npm start</code>.
        </p>
      ) : loggedIn ? (
        <>
          <p class="intro">U bent ingelogd. Kies een wijk.</p>
          <WijkList wijken={wijken} />
          <LogoutForm />
        </>
      ) : (
        <LoginForm next={next} wrongToken={wrongToken} />
      )}
      {!loggedIn && demos.length > 0 && (
        <>
          <h2>Zonder beheersleutel</h2>
          <p>Het dashboard van een demo-wijk kunt u zonder inloggen bekijken:</p>
          <WijkList wijken={demos} />
        </>
      )}
    </Layout>
  )
}
