import { describe, expect, it } from 'vitest'
import {
  containment,
  contentStems,
  contentTokens,
  foldText,
  jaccard,
  sharesCompound,
  stemKey,
  stemSet,
  trigramSimilarity,
} from '../../src/understand/similarity.ts'

describe('foldText', () => {
  it('lower-cases, folds accents and drops punctuation, emoji, links and masked contact data', () => {
    expect(foldText('☕ Koffie in het Café! Mail [e-mail verborgen] of bel [telefoonnummer verborgen], zie https://x.nl/a?b=1'))
      .toBe('koffie in het cafe mail of bel zie')
    expect(foldText("Crème brûlée & auto's; IBAN: [IBAN verborgen]")).toBe('creme brulee autos iban')
  })

  it('joins a hyphenated compound but not words around a dash', () => {
    expect(foldText('Koffie-ochtend - van 10-12 uur')).toBe('koffieochtend van 10 12 uur')
  })
})

describe('contentStems', () => {
  it('keeps the words that say what a post is about', () => {
    const stems = contentStems('Hoi buren! 🐶 Wie kan dinsdag mijn hondjes uitlaten? Bel [telefoonnummer verborgen].')
    expect(stems).toEqual([stemKey('hond'), stemKey('uitlaten')])
  })

  it.each([
    ['fietsen', 'fiets'],
    ['hondjes', 'hond'],
    ['katje', 'kat'],
    ['apparaatje', 'apparaat'],
    ['boodschappen', 'boodschap'],
    ['huizen', 'huis'],
    ['brieven', 'brief'],
    ['zoekt', 'zoeken'],
    ['kinderen', 'kind'],
    ['iPad', 'tablet'],
    ['poes', 'kat'],
    ['bieb', 'bibliotheek'],
  ])('"%s" and "%s" get one stem key', (a, b) => {
    expect(contentStems(a)).toEqual(contentStems(b))
    expect(contentStems(a)).toHaveLength(1)
  })

  it.each([
    ['kat', 'hond'],
    ['ladder', 'laptop'],
    ['tuin', 'tuinstoel'],
  ])('"%s" and "%s" stay apart', (a, b) => {
    expect(contentStems(a)).not.toEqual(contentStems(b))
  })

  it('reads a hyphenated compound whole and in parts, so it meets both spellings', () => {
    expect(stemSet('Buurt-BBQ')).toEqual(new Set([...stemSet('buurtbbq'), ...stemSet('buurt bbq')]))
    expect(stemSet('koffie-ochtend').has(stemKey('koffieochtend'))).toBe(true)
  })

  it('gives the folded word with each stem, for reasons shown to people', () => {
    expect(contentTokens('Wie helpt met mijn iPad?')).toEqual([
      { word: 'helpt', stem: stemKey('helpen') },
      { word: 'ipad', stem: stemKey('tablet') },
    ])
  })
})

describe('set similarities', () => {
  const original = stemSet('Gezocht: iemand die mijn hond wil uitlaten in de Merelstraat')
  const repost = stemSet('Wie wil mijn hondje uitlaten?')

  it('jaccard is shared over all', () => {
    expect(jaccard(original, repost)).toBeCloseTo(2 / 4)
    expect(jaccard(new Set(), new Set())).toBe(0)
  })

  it('containment is shared over the smaller set, so a shortened repost scores high', () => {
    expect(containment(original, repost)).toBe(1)
    expect(containment(original, stemSet('Gratis bank af te halen'))).toBe(0)
    expect(containment(original, new Set())).toBe(0)
  })

  it('finds a word inside a compound of the other text', () => {
    const stems = stemSet('We prikken zwerfafval bij de nepcollectanten')
    expect(sharesCompound(stemKey('afval'), stems)).toBe(true)
    expect(sharesCompound(stemKey('collectant'), stems)).toBe(true)
    expect(sharesCompound(stemKey('fiets'), stems)).toBe(false)
    expect(sharesCompound(stemKey('zwerfvuil'), stemSet('vuil op straat'))).toBe(true)
  })
})

describe('trigramSimilarity', () => {
  it('is high for one title written differently', () => {
    expect(trigramSimilarity('Koffie-ochtend Buurthuis', 'koffieochtend in het buurthuis')).toBeGreaterThan(0.7)
    expect(trigramSimilarity('Repair Café', 'repair cafe')).toBe(1)
  })

  it('is low for different titles', () => {
    expect(trigramSimilarity('Workshop bloemschikken', 'Spelletjesmiddag')).toBeLessThan(0.2)
    expect(trigramSimilarity('', '')).toBe(0)
  })
})
