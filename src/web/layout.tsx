import type { Child } from 'hono/jsx'
import { raw } from 'hono/html'
import { STYLES } from './styles.ts'

export interface AlternateLink {
  type: string
  title: string
  href: string
}

/** The frame of every page: Dutch, mobile viewport, inline styles (the site's, then the page's own), no scripts. */
export interface LayoutProps {
  title: string
  description?: string
  alternates?: AlternateLink[]
  /** The page's own styles, after the site's. */
  styles?: string
  /** A link to skip to the main content, first on the page (for keyboard and screen-reader users). */
  skipTo?: { href: string; label: string }
  /** Pages for buurtmakers only: search engines leave them out. */
  noindex?: boolean
  /** The page's footer, after the main content (a landmark of its own). */
  footer?: Child
  children: Child
}

export function Layout(props: LayoutProps) {
  return (
    <html lang="nl">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{props.title}</title>
        {props.description && <meta name="description" content={props.description} />}
        {props.noindex && <meta name="robots" content="noindex" />}
        {props.alternates?.map((link) => <link rel="alternate" type={link.type} title={link.title} href={link.href} />)}
        <style>{raw(props.styles ? STYLES + props.styles : STYLES)}</style>
      </head>
      <body>
        {props.skipTo && (
          <a class="skip-link" href={props.skipTo.href}>
            {props.skipTo.label}
          </a>
        )}
        <header class="site-header">
          <div>
            <a href="/">Buurtfeed</a>
          </div>
        </header>
        <main>{props.children}</main>
        {props.footer && <footer class="site-footer">{props.footer}</footer>}
      </body>
    </html>
  )
}
