import type { Child } from 'hono/jsx'
import { raw } from 'hono/html'
import { STYLES } from './styles.ts'

export interface AlternateLink {
  type: string
  title: string
  href: string
}

/** The frame of every page: Dutch, mobile viewport, inline styles (the site's, then the page's own), no scripts. */
export function Layout(props: { title: string; description?: string; alternates?: AlternateLink[]; styles?: string; children: Child }) {
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        {props.description && <meta name="description" content={props.description} />}
        {props.alternates?.map((link) => <link rel="alternate" type={link.type} title={link.title} href={link.href} />)}
        <style>{raw(props.styles ? STYLES + props.styles : STYLES)}</style>
      </head>
      <body>
        <header class="site-header">
          <div>
            <a href="/">Buurtfeed</a>
          </div>
        </header>
        <main>{props.children}</main>
      </body>
    </html>
  )
}
