import { describe, expect, it } from 'vitest'
import { highlight, highlightTerms } from '../../src/search/highlight.ts'

describe('highlight', () => {
  it('marks the same word in another number, and escapes the rest of the text', () => {
    const terms = highlightTerms('boodschappen', false)
    expect(highlight('Wie doet een boodschap voor <mij> & m\'n buur?', terms)).toBe(
      'Wie doet een <mark>boodschap</mark> voor &lt;mij&gt; &amp; m&#39;n buur?',
    )
  })

  it('marks accented words for an unaccented query, and synonyms', () => {
    expect(highlight('Taalcafé in het buurthuis', highlightTerms('taalcafe', false))).toBe('<mark>Taalcafé</mark> in het buurthuis')
    expect(highlight('Hulp met mijn laptop', highlightTerms('computer', false))).toBe('Hulp met mijn <mark>laptop</mark>')
  })

  it('marks words that start with the word being typed', () => {
    expect(highlight('Rode rollator gevonden', highlightTerms('rode rolla', false))).toBe('<mark>Rode</mark> <mark>rollator</mark> gevonden')
  })

  it('marks a word like a misspelled one only after a typo-tolerant search', () => {
    expect(highlight('Hulp met mijn laptop', highlightTerms('laptp', true))).toBe('Hulp met mijn <mark>laptop</mark>')
    expect(highlight('Hulp met mijn laptop', highlightTerms('laptp', false))).toBe('Hulp met mijn laptop')
  })

  it('marks nothing without query words', () => {
    expect(highlight('Kerstmarkt op het plein', highlightTerms('!!', false))).toBe('Kerstmarkt op het plein')
  })
})
