import { describe, expect, it } from 'vitest'
import { embedUrl, iframeSnippet, scriptSnippet, widgetQuerySchema, widgetSearch } from '../../../src/web/widget/widget-options.ts'

const ORIGIN = 'https://buurtfeed.example'

describe('widget options', () => {
  it('read kind and limit leniently: unknown kinds mean all, a limit outside 1 to 20 the default 5', () => {
    const parse = (query: Record<string, string>) => widgetQuerySchema.parse(query)
    expect(parse({ kind: 'offer', limit: '12' })).toEqual({ kind: 'offer', limit: 12 })
    expect(parse({})).toEqual({ kind: undefined, limit: 5 })
    expect(parse({ kind: 'Offer', limit: '20' })).toEqual({ kind: undefined, limit: 20 })
    for (const limit of ['0', '21', '-3', '2.5', 'vijf', '']) expect(parse({ limit }).limit, limit).toBe(5)
  })

  it('search what is still open: activities as an agenda and everything else newest first', () => {
    expect(widgetSearch({ wijk: 'vogelbuurt', kind: 'event', limit: 3 })).toEqual({ wijk: 'vogelbuurt', status: 'open', kind: ['event'], limit: 3, sort: 'soonest' })
    expect(widgetSearch({ wijk: 'vogelbuurt', kind: 'request', limit: 3 })).toEqual({ wijk: 'vogelbuurt', status: 'open', kind: ['request'], limit: 3 })
    expect(widgetSearch({ wijk: 'vogelbuurt', kind: undefined, limit: 5 })).toEqual({ wijk: 'vogelbuurt', status: 'open', limit: 5 })
  })

  it('escape what they put into the snippets', () => {
    const choice = { wijk: 'oud-west', kind: undefined, limit: 5 }
    expect(embedUrl(ORIGIN, choice)).toBe(`${ORIGIN}/embed/oud-west?limit=5`)
    expect(scriptSnippet(ORIGIN, choice)).toBe(`<script src="${ORIGIN}/widget.js" data-wijk="oud-west" data-limit="5"></script>`)
    expect(iframeSnippet(ORIGIN, { ...choice, kind: 'info' }, 'Oud-West & "De Baarsjes" <centrum>')).toBe(
      `<iframe src="${ORIGIN}/embed/oud-west?kind=info&amp;limit=5" title="Buurtberichten uit Oud-West &amp; &quot;De Baarsjes&quot; &lt;centrum&gt;" width="100%" height="600" style="border: 0" loading="lazy"></iframe>`,
    )
  })
})
