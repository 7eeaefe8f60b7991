import { raw } from 'hono/html'
import type { Item } from '../../domain/item.ts'
import type { Wijk } from '../../store/wijken.ts'
import { ItemCard } from '../item-card.tsx'
import { STYLES } from '../styles.ts'

/** Compact for a frame in someone else's page: smaller headings and spacing, the site's type and colours. */
const EMBED_STYLES = `
main { max-width: none; padding: 0.25rem 0.75rem; }
h1 { font-size: 1.3rem; margin: 0.5rem 0; }
h2 { font-size: 1.15rem; }
.item { padding: 0.75rem 0; }
.all { border-top: 2px solid #d0d0d0; margin: 0; padding: 0.75rem 0; font-weight: 700; }
`

export interface EmbedPageProps {
  wijk: Wijk
  items: Item[]
  /** The full wijk page, absolute. */
  wijkPage: string
  now: Date
}

/**
 * /embed/:slug, the page inside a site's iframe: no site header and no scripts. `<base target="_top">`: a link
 * opens in the whole window, as any link on the site would, and the back button returns to the site; inside
 * the frame most platforms would refuse to be shown, and a new tab (`_blank`) loses the way back for readers
 * who are not at home online.
 */
export function EmbedPage({ wijk, items, wijkPage, now }: EmbedPageProps) {
  const title = `Buurtberichten uit ${wijk.name}`
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{`${title} – Buurtfeed`}</title>
        <base target="_top" />
        <style>{raw(STYLES + EMBED_STYLES)}</style>
      </head>
      <body>
        <main>
          <h1>{title}</h1>
          {wijk.demo && (
            <p class="demo" role="note">
              <strong>Dit is een demo.</strong> De berichten komen uit voorbeelddocumenten, niet van echte buurtplatforms.
            </p>
          )}
          {items.length > 0 ? (
            <ol class="items">
              {items.map((item) => (
                <ItemCard item={item} now={now} />
              ))}
            </ol>
          ) : (
            <p>Er zijn nu geen berichten.</p>
          )}
          <p class="all">
            <a href={wijkPage}>Alle berichten uit {wijk.name} op Buurtfeed</a>
          </p>
        </main>
      </body>
    </html>
  )
}
