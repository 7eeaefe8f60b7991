import { readFile } from 'node:fs/promises'
import { dirname, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import type { Kysely } from 'kysely'
import type { Database } from '../store/schema.ts'
import { listSources, removeSource } from '../store/sources.ts'
import { deleteWijk, listWijken, saveWijk } from '../store/wijken.ts'

const samplesDir = resolve(dirname(fileURLToPath(import.meta.url)), 'samples')

const DEMO_AREA = resolve(dirname(fileURLToPath(import.meta.url)), '../wijken/samples/vogelbuurt-voorbeeldstad-demo.geojson')

export const DEMO_WIJK = { slug: 'vogelbuurt-demo', name: 'Vogelbuurt (demo)', gemeente: 'Voorbeeldstad' }

/** Sample documents bundled with Buurtfeed, one demo source each, one platform each (invented people and places). */
const DEMO_SOURCES: { id: string; adapter: string; name: string; file: string; siteUrl: string; config?: Record<string, unknown> }[] = [
  { id: 'demo-buurtsite', adapter: 'feed', name: 'Buurtsite Vogelbuurt', file: 'buurtsite-drupal.rss', siteUrl: 'https://buurtsite-voorbeeld.nl/' },
  { id: 'demo-hallo-wijk', adapter: 'feed', name: 'Hallo Voorbeeldwijk', file: 'gebiedonline-agenda.atom', siteUrl: 'https://hallovoorbeeldwijk.nl/agenda' },
  { id: 'demo-buurthuis', adapter: 'ical', name: 'Buurthuis De Linde', file: 'wijkagenda.ics', siteUrl: 'https://buurthuisdelinde.nl/agenda' },
  { id: 'demo-groen-oost', adapter: 'mobilizon', name: 'Groen Oost', file: 'mobilizon-groen-oost.atom', siteUrl: 'https://mobilizon.example.nl/@groenoost' },
  { id: 'demo-mijnbuurtje', adapter: 'mijnbuurtje', name: 'Voorbeeldbuurt.nl', file: 'mijnbuurtje-elkaar-helpen.html', siteUrl: 'https://voorbeeldbuurt.nl/' },
  { id: 'demo-nlvoorelkaar', adapter: 'nlvoorelkaar', name: 'Voorbeeldstad voor elkaar', file: 'nlvoorelkaar-hulpvraag.html', siteUrl: 'https://www.voorbeeldstadvoorelkaar.nl/hulpvragen/500123' },
  { id: 'demo-deedmob', adapter: 'deedmob', name: 'Vrijwilligerswerk Voorbeeldstad', file: 'deedmob-deeds.json', siteUrl: 'https://www.vrijwilligerswerkvoorbeeldstad.nl/' },
  { id: 'demo-wijkcentrum', adapter: 'wordpress', name: 'Wijkcentrum Het Anker', file: 'wordpress-events.json', siteUrl: 'https://wijkcentrumhetanker.nl/' },
  { id: 'demo-bibliotheek', adapter: 'jsonld', name: 'Bibliotheek Voorbeeldstad', file: 'bibliotheek-activiteit.html', siteUrl: 'https://bibliotheekvoorbeeldstad.nl/agenda/taalcafe' },
  { id: 'demo-facebook', adapter: 'facebook-export', name: 'Prikbord Vogelbuurt', file: 'facebook-your_posts_in_groups.json', siteUrl: 'https://www.facebook.com/groups/prikbordvogelbuurt' },
  { id: 'demo-whatsapp', adapter: 'whatsapp-export', name: 'Buurthulp Vogelbuurt', file: 'whatsapp-buurthulp.txt', siteUrl: 'https://chat.whatsapp.com/VoorbeeldBuurthulp' },
  // A site whose markup changed since its selectors were set: the dashboard shows a broken source and the fix.
  {
    id: 'demo-wijkconnect',
    adapter: 'html',
    name: 'Wijkconnect Vogelbuurt',
    file: 'wijkconnect-prikbord.html',
    siteUrl: 'https://vogelbuurt.wijkconnect.nl/prikbord',
    config: { item: 'div.prikbord-item', title: 'h3 a', platform: 'wijkconnect' },
  },
]

/**
 * While no real source is configured, a demo wijk built from the bundled samples shows a newcomer a
 * real feed. Once a real source exists, the demo wijk and its items go away. Returns the demo wijk's
 * slug when it is there.
 */
export async function ensureDemo(db: Kysely<Database>): Promise<string | null> {
  const demoWijken = new Set((await listWijken(db)).filter((w) => w.demo).map((w) => w.slug))
  const sources = await listSources(db)
  const realSources = sources.filter((s) => !demoWijken.has(s.wijk))
  if (realSources.length > 0) {
    for (const source of sources.filter((s) => demoWijken.has(s.wijk))) await removeSource(db, source.id)
    for (const slug of demoWijken) await deleteWijk(db, slug)
    return null
  }
  // Its area and postcode (a made-up sample) let items be placed by their coordinates and postcodes.
  const area = JSON.parse(await readFile(DEMO_AREA, 'utf8')) as { properties: { postcodes: string[] } } & Record<string, unknown>
  await saveWijk(db, { ...DEMO_WIJK, demo: true, geojson: area, postcodes: area.properties.postcodes })
  // The demo may have been removed before (a real source came and went): let its items come back.
  await db.deleteFrom('tombstones').where('source_id', 'in', DEMO_SOURCES.map((d) => d.id)).execute()
  for (const demo of DEMO_SOURCES) {
    // The checkout may have moved since the last start: the file URL is set again each time.
    const url = pathToFileURL(resolve(samplesDir, demo.file)).toString()
    const config = JSON.stringify(demo.config ?? {})
    await db
      .insertInto('sources')
      .values({ id: demo.id, adapter: demo.adapter, name: demo.name, url, site_url: demo.siteUrl, wijk_slug: DEMO_WIJK.slug, local: true, config })
      .onConflict((oc) => oc.column('id').doUpdateSet({ url, site_url: demo.siteUrl, name: demo.name, adapter: demo.adapter, config }))
      .execute()
  }
  return DEMO_WIJK.slug
}
