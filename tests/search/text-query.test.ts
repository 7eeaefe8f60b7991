import { describe, expect, it } from 'vitest'
import { toPrefixTsQuery } from '../../src/search/text-query.ts'

describe('toPrefixTsQuery', () => {
  it('ANDs the words and makes the last one a prefix', () => {
    expect(toPrefixTsQuery('hulp boodsch')).toBe('hulp & boodsch:*')
  })

  it('also searches the other number of words whose plural doubles a consonant', () => {
    expect(toPrefixTsQuery('fietsen maken')).toBe('(fietsen | rijwiel) & maken:*')
    expect(toPrefixTsQuery('boodschap')).toBe('(boodschap:* | boodschapp:*)')
    expect(toPrefixTsQuery('kat')).toBe('(kat:* | katt:*)')
    expect(toPrefixTsQuery('hond')).toBe('hond:*')
    expect(toPrefixTsQuery('kappen doen')).toBe('(kappen | kap) & doen:*')
  })

  it('searches the synonyms of a word too, also while typing it', () => {
    expect(toPrefixTsQuery('hulp computers')).toBe('hulp & (computers:* | laptop:* | pc:*)')
    expect(toPrefixTsQuery('boodschappen doen')).toBe('(boodschappen | boodschap | supermarkt | winkelen) & doen:*')
    expect(toPrefixTsQuery('Klusjes')).toBe('(Klusjes:* | klussen:* | klus:* | klushulp:*)')
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
