import { once } from 'node:events'
import { createServer, type Server } from 'node:http'

/**
 * Styles a careless or hostile site might have: they reach every element of the page, with !important, and set
 * everything that is inherited. The widget must look the same under them, and must not change how they apply.
 */
export const HOSTILE_CSS = `
  html { font-size: 9px; }
  body { font-family: "Comic Sans MS", cursive; color: #ff00ff; text-align: right; line-height: 0.9; letter-spacing: 3px; }
  * { color: #ff00ff !important; text-transform: uppercase !important; word-spacing: 12px !important; }
  a { display: none !important; }
  ul, ol, li, p, section, div, span, time { margin: 40px !important; font-size: 7px !important; background: #ffff00 !important; }
  .item, .items, .title, .meta, .label, .feed { visibility: hidden !important; border: 6px dashed red !important; }
`

export interface HostSite {
  origin: string
  close(): Promise<void>
}

function hostPage(buurtfeed: string, slug: string, embed: boolean): string {
  const widget = embed
    ? `<script src="${buurtfeed}/widget.js" data-wijk="${slug}" data-limit="3"></script>
       <iframe src="${buurtfeed}/embed/${slug}?limit=2" title="Buurtberichten (iframe)" width="380" height="500"></iframe>`
    : ''
  return `<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8"><title>Buurthuis De Linde</title>
    <style>${HOSTILE_CSS}</style></head>
    <body><main><h1>Buurthuis De Linde</h1><p class="item host-text">Welkom op de website van het buurthuis.</p>
    ${widget}
    <p class="meta host-after">Tekst van de site na de berichten.</p></main></body></html>`
}

/**
 * Another site (another origin than Buurtfeed's) with hostile CSS: `/with-widget` has the one-line script and
 * the iframe, `/without` is the same page without them, to compare the host's own elements.
 */
export async function startHostSite(buurtfeed: string, slug: string): Promise<HostSite> {
  const server: Server = createServer((request, reply) => {
    const embed = request.url === '/with-widget'
    if (!embed && request.url !== '/without') {
      reply.writeHead(404).end()
      return
    }
    reply.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' }).end(hostPage(buurtfeed, slug, embed))
  })
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const { port } = server.address() as { port: number }
  return {
    // localhost, not 127.0.0.1: a different origin from the Buurtfeed server's, so CORS is really used.
    origin: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  }
}
