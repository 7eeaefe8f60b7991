import type { Wijk } from '../store/wijken.ts'
import { Layout } from './layout.tsx'

export function HomePage({ wijken }: { wijken: Wijk[] }) {
  return (
    <Layout title="Buurtfeed: één overzicht per wijk" description="Wat er in uw wijk gevraagd, aangeboden en georganiseerd wordt, van alle buurtplatforms samen.">
      <h1>Buurtfeed</h1>
      <p class="intro">
        Eén overzicht per wijk van wat er gevraagd, aangeboden en georganiseerd wordt, van alle buurtplatforms samen. Kies uw wijk.
      </p>
      {wijken.length === 0 ? (
        <p>Er zijn nog geen wijken.</p>
      ) : (
        <ul class="wijken">
          {wijken.map((wijk) => (
            <li>
              <a href={`/wijk/${encodeURIComponent(wijk.slug)}`}>{wijk.name}</a>
              {wijk.gemeente && ` (${wijk.gemeente})`}
              {wijk.demo && ' – demo'}
            </li>
          ))}
        </ul>
      )}
    </Layout>
  )
}
