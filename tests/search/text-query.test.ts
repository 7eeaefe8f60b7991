import { describe, expect, it } from 'vitest'
import { toPrefixTsQuery } from '../../src/search/text-query.ts'

describe('toPrefixTsQuery', () => {
  it('ANDs the words and makes the last one a prefix', () => {
    expect(toPrefixTsQuery('hulp boodsch')).toBe('hulp & boodsch:*')
  })

  it('also searches the other number of words whose plural doubles a consonant', () => {
    expect(toPrefixTsQuery('boodschappen doen')).toBe('(boodschappen | boodschap) & doen:*')
    expect(toPrefixTsQuery('klus')).toBe('(klus:* | kluss:*)')
    expect(toPrefixTsQuery('hond')).toBe('hond:*')
  })

  it('keeps letters with accents and digits', () => {
    expect(toPrefixTsQuery('Café 20')).toBe('Café & 20:*')
  })

  it('drops tsquery syntax, so nothing can be injected', () => {
    expect(toPrefixTsQuery("a' | !b & (c:*) <-> d\\")).toBe('a & b & c & d:*')
  })

  it('gives null for empty or punctuation-only input', () => {
    expect(toPrefixTsQuery(undefined)).toBeNull()
    expect(toPrefixTsQuery('')).toBeNull()
    expect(toPrefixTsQuery(' !?&|:* ')).toBeNull()
  })
})
