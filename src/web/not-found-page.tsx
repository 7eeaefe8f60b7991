import { Layout } from './layout.tsx'

/** What a resident sees when something broke on our side: no details, a way on. */
export function ErrorPage() {
  return (
    <Layout title="Er ging iets mis – Buurtfeed">
      <h1>Er ging iets mis</h1>
      <p class="intro">Dit lag aan ons, niet aan u. Probeer het over een paar minuten opnieuw.</p>
      <p>
        <a href="/">Naar het overzicht van alle wijken</a>
      </p>
    </Layout>
  )
}

export function NotFoundPage({ message }: { message: string }) {
  return (
    <Layout title="Niet gevonden – Buurtfeed">
      <h1>Niet gevonden</h1>
      <p class="intro">{message}</p>
      <p>
        <a href="/">Naar het overzicht van alle wijken</a>
      </p>
    </Layout>
  )
}
