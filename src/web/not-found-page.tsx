import { Layout } from './layout.tsx'

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
