import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../src/api/app.ts'
import { PostgresSearch } from '../../../src/search/postgres.ts'
import { createTestApp, type TestApp } from '../../api/test-app.ts'
import { createTestStore, testDatabaseKind } from '../../helpers/database.ts'
import { NOW } from '../../helpers/seed-items.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.store.destroy())

const SERVER = 'https://buurtfeed.example'

async function page(path: string) {
  const res = await t.app.request(`${SERVER}${path}`)
  return { status: res.status, html: await res.text() }
}

const ENTITIES: Record<string, string> = { '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': "'", '&amp;': '&' }

/** The code in `<pre><code id="...">` as a reader copies it: its text, with the entities read. */
function snippet(html: string, id: 'script-code' | 'iframe-code'): string {
  const escaped = new RegExp(`<pre><code id="${id}">([^<]*)</code></pre>`).exec(html)?.[1]
  expect(escaped, id).toBeDefined()
  return escaped!.replace(/&(lt|gt|quot|#39|amp);/g, (entity) => ENTITIES[entity]!)
}

/** The markup inside one preview box. */
function preview(html: string, index: 0 | 1): string {
  return [...html.matchAll(/<div class="preview">(.*?)<\/div>/g)][index]?.[1] ?? ''
}

describe(`the embed code page /insluiten on ${testDatabaseKind}`, () => {
  it('is a Dutch page with a GET form that works without JavaScript', async () => {
    const { status, html } = await page('/insluiten')
    expect(status).toBe(200)
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nl">/)
    expect(html).toContain('<h1>Berichten op uw eigen website</h1>')
    expect(html).toContain('<form class="embed-form" method="get" action="/insluiten">')
    for (const [id, label] of [['wijk', 'Wijk'], ['kind', 'Soort berichten'], ['limit', 'Aantal berichten (1 tot 20)']]) {
      expect(html).toContain(`<label for="${id}">${label}</label>`)
    }
    expect(html).toContain('<input id="limit" name="limit" type="number" inputmode="numeric" min="1" max="20" value="5" required=""/>')
    expect(html).toContain('<button type="submit">Maak de code</button>')
  })

  it('lists every wijk, the first chosen when none is asked for', async () => {
    const { html } = await page('/insluiten')
    expect(html).toContain('<option value="rivierenbuurt" selected="">Rivierenbuurt (Amsterdam)</option>')
    expect(html).toContain('<option value="vogelbuurt">Vogelbuurt (Amsterdam)</option>')
    expect(snippet(html, 'script-code')).toBe(`<script src="${SERVER}/widget.js" data-wijk="rivierenbuurt" data-limit="5"></script>`)
  })

  it('makes both snippets with absolute addresses of this server, for the chosen wijk, kind and number', async () => {
    const { html } = await page('/insluiten?wijk=vogelbuurt&kind=request&limit=3')
    expect(snippet(html, 'script-code')).toBe(`<script src="${SERVER}/widget.js" data-wijk="vogelbuurt" data-kind="request" data-limit="3"></script>`)
    expect(snippet(html, 'iframe-code')).toBe(
      `<iframe src="${SERVER}/embed/vogelbuurt?kind=request&amp;limit=3" title="Buurtberichten uit Vogelbuurt" width="100%" height="600" style="border: 0" loading="lazy"></iframe>`,
    )
    expect(html).toContain('<option value="vogelbuurt" selected="">')
    expect(html).toContain('<option value="request" selected="">Hulpvragen</option>')
    expect(html).toContain('value="3"')
  })

  it('shows the code as text: escaped, so it is not run where it is shown', async () => {
    const { html } = await page('/insluiten?wijk=vogelbuurt')
    expect(html).toContain('<code id="script-code">&lt;script src=&quot;https://buurtfeed.example/widget.js&quot;')
    expect(html).toContain('<code id="iframe-code">&lt;iframe src=&quot;https://buurtfeed.example/embed/vogelbuurt?limit=5&quot;')
  })

  it('previews both with the real widget script and the real iframe, exactly as the code', async () => {
    const { html } = await page('/insluiten?wijk=vogelbuurt&kind=event&limit=4')
    expect(preview(html, 0)).toBe(snippet(html, 'script-code'))
    expect(preview(html, 1)).toBe(snippet(html, 'iframe-code'))
    expect(preview(html, 0)).toContain(`src="${SERVER}/widget.js"`)
    expect(preview(html, 1)).toContain(`src="${SERVER}/embed/vogelbuurt?kind=event&amp;limit=4"`)
  })

  it('falls back to the first wijk, all kinds and five items for what it does not know', async () => {
    const { status, html } = await page('/insluiten?wijk=atlantis&kind=hulp&limit=99')
    expect(status).toBe(200)
    expect(snippet(html, 'script-code')).toBe(`<script src="${SERVER}/widget.js" data-wijk="rivierenbuurt" data-limit="5"></script>`)
    expect(html).toContain('<option value="" selected="">Alle berichten</option>')
  })

  it('has copy buttons that appear only with JavaScript, and explains which code to choose', async () => {
    const { html } = await page('/insluiten?wijk=vogelbuurt')
    expect(html).toContain('<button type="button" data-copy="script-code" hidden="">Kopieer de code</button>')
    expect(html).toContain('<button type="button" data-copy="iframe-code" hidden="">Kopieer de code</button>')
    expect(html).toContain('<p id="script-code-status" class="copy-status" role="status"></p>')
    expect(html).toContain('navigator.clipboard.writeText(code.textContent')
    expect(html).toContain('<h3 id="way-script">Met een script (aanbevolen)</h3>')
    expect(html).toContain('<h3 id="way-iframe">Met een iframe</h3>')
    expect(html).toContain('Weet u niet welke? Kies het script.')
  })
})

describe('the embed code page without wijken', () => {
  it('says there are none yet, with no form or code', async () => {
    const store = await createTestStore()
    try {
      const app = createApp({ db: store.db, search: new PostgresSearch(store.db, () => NOW), now: () => NOW })
      const html = await (await app.request('/insluiten')).text()
      expect(html).toContain('<p>Er zijn nog geen wijken.</p>')
      expect(html).not.toContain('<form')
      expect(html).not.toContain('<pre>')
    } finally {
      await store.destroy()
    }
  })
})

describe('the embed code behind a proxy', () => {
  it("points at PUBLIC_URL, not at the address the request came in on, and escapes a hostile Host", async () => {
    const app = createApp({ db: t.store.db, search: new PostgresSearch(t.store.db, () => NOW), now: () => NOW, publicUrl: 'https://buurt.example.nl/' })
    const html = await (await app.request('http://10.0.0.7:8787/insluiten?wijk=vogelbuurt')).text()
    expect(snippet(html, 'script-code')).toBe('<script src="https://buurt.example.nl/widget.js" data-wijk="vogelbuurt" data-limit="5"></script>')
    expect(snippet(html, 'iframe-code')).toContain('src="https://buurt.example.nl/embed/vogelbuurt?limit=5"')
    expect(html).not.toContain('10.0.0.7')

    // Without PUBLIC_URL the request's address is used: a quote in it cannot break out of the attribute.
    const hostile = await (await t.app.request('http://a"onerror="alert(1)"x="/insluiten?wijk=vogelbuurt')).text()
    expect(preview(hostile, 0)).not.toMatch(/"\s*onerror=/)
  })
})
