import { describe, expect, it } from 'vitest'
import { collapseWhitespace, firstSentence, htmlToText, summarise, textToHtml } from '../../src/normalise/text.ts'

describe('htmlToText', () => {
  it.each([
    ['paragraphs apart', '<p>Een</p><p>Twee</p>', 'Een\n\nTwee'],
    ['blocks on their own line', '<div>a</div>\n  <div>b</div>', 'a\nb'],
    ['line breaks', 'Een<br>twee<br/>drie', 'Een\ntwee\ndrie'],
    ['markup line breaks are spaces', '<p>Een\n   twee</p>', 'Een twee'],
    ['entities decoded', 'Caf&eacute; &amp; bar&nbsp;open &#8211; ja', 'Café & bar open – ja'],
    ['scripts and styles skipped', '<p>a</p><script>alert(1)</script><style>p{}</style>', 'a'],
    ['list items on lines', '<ul><li>1</li><li>2</li></ul>', '1\n2'],
    ['table cells apart', '<table><tr><td>x</td><td>y</td></tr></table>', 'x y'],
    ['plain text kept', 'Tom & Jerry < 3', 'Tom & Jerry < 3'],
    ['empty', '', ''],
  ])('%s', (_, html, text) => {
    expect(htmlToText(html)).toBe(text)
  })
})

describe('summarise', () => {
  it('keeps short text, whitespace collapsed', () => {
    expect(summarise('  Een\n\ntwee  drie ', 300)).toBe('Een twee drie')
  })

  it('cuts long text at a word boundary with an ellipsis', () => {
    const summary = summarise('woord '.repeat(100), 300)
    expect(summary.length).toBeLessThanOrEqual(300)
    expect(summary).toMatch(/ woord…$/)
  })

  it('drops punctuation before the ellipsis', () => {
    expect(summarise('Een twee, drie vier vijf', 12)).toBe('Een twee…')
  })

  it('cuts a single long word', () => {
    expect(summarise('a'.repeat(400), 20)).toBe(`${'a'.repeat(19)}…`)
  })

  it('never splits a surrogate pair', () => {
    const summary = summarise(`${'a'.repeat(18)}😀😀😀`, 20)
    expect(summary).toBe(`${'a'.repeat(18)}…`)
  })
})

describe('firstSentence', () => {
  it.each([
    ['Wie kan mijn hond uitlaten? Ik ben ziek.', 'Wie kan mijn hond uitlaten?'],
    ['Gratis kast. Ophalen.', 'Gratis kast'],
    ['Eerste regel zonder punt\nTweede regel', 'Eerste regel zonder punt'],
    ['', ''],
  ])('%j', (text, sentence) => {
    expect(firstSentence(text, 100)).toBe(sentence)
  })

  it('is at most the given length', () => {
    expect(firstSentence('lang '.repeat(50), 100).length).toBeLessThanOrEqual(100)
  })
})

describe('textToHtml', () => {
  it.each([
    ['paragraphs and line breaks', 'Regel 1\nregel 2\n\nAlinea 2', '<p>Regel 1<br>regel 2</p><p>Alinea 2</p>'],
    ['escapes markup', 'a <b>& "c"', '<p>a &lt;b&gt;&amp; &quot;c&quot;</p>'],
    ['no empty paragraphs', '\n\n  \n\nx\n\n\n', '<p>x</p>'],
    ['empty', '', ''],
  ])('%s', (_, text, html) => {
    expect(textToHtml(text)).toBe(html)
  })
})

describe('collapseWhitespace', () => {
  it('turns all whitespace into single spaces', () => {
    expect(collapseWhitespace(' a\n\tb\u00a0 c ')).toBe('a b c')
  })
})
