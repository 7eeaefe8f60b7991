import { describe, expect, it } from 'vitest'
import { fallbackClassify } from '../../src/normalise/fallback-classify.ts'
import type { FallbackInput } from '../../src/normalise/fallback-classify.ts'

const input = (partial: Partial<FallbackInput>): FallbackInput => ({ title: '', text: '', startsAt: null, sourceCategories: [], ...partial })

describe('fallbackClassify', () => {
  it.each<[Partial<FallbackInput>, string, string]>([
    [{ title: 'Gezocht: vrijwilligers voor de kerstmarkt' }, 'request', 'buurt'],
    [{ title: 'Wie kan mijn hond uitlaten?' }, 'request', 'dieren'],
    [{ title: 'Hulp nodig bij DigiD' }, 'request', 'digitaal'],
    [{ title: 'Ik zoek een oppas voor dinsdag' }, 'request', 'kinderen'],
    [{ title: 'Gratis af te halen: kledingkast' }, 'offer', 'spullen'],
    [{ title: 'Boormachine te leen' }, 'offer', 'spullen'],
    [{ title: 'Ik bied hulp bij de belastingaangifte', text: 'Formulieren invullen? Ik help.' }, 'offer', 'taal-administratie'],
    [{ title: 'Aangeboden: maaltijden voor ouderen' }, 'offer', 'eten'],
    [{ title: 'Bezoek aan het museum', startsAt: '2026-11-20T10:00:00+01:00' }, 'event', 'sport-cultuur'],
    [{ title: 'Buurtcafé op vrijdag weer open' }, 'info', 'gezelschap'],
    [{ title: 'Waarschuwing: babbeltruc aan de deur' }, 'info', 'veiligheid'],
    [{ title: 'Repair Café', sourceCategories: ['Repair', 'Duurzaam'], startsAt: '2026-11-14T13:00:00+01:00' }, 'event', 'klussen'],
  ])('%j', (partial, kind, firstCategory) => {
    const result = fallbackClassify(input(partial))
    expect(result.kind).toBe(kind)
    expect(result.categories[0]).toBe(firstCategory)
  })

  it.each([
    ['nothing fits', { title: 'Honderd jaar' }],
    ['"bezoek" is not "zoek", "honderd" is not "hond"', { title: 'Bezoek aan honderd jaar oude kerk' }],
    ['masking placeholders are not about phones or e-mail', { text: 'Bel [telefoonnummer verborgen] of mail [e-mail verborgen].' }],
  ])('files under overig when %s', (_, partial) => {
    expect(fallbackClassify(input(partial)).categories).toEqual(['overig'])
  })

  it('puts categories the source gave first', () => {
    expect(fallbackClassify(input({ title: 'Koffie drinken', sourceCategories: ['Tuin'] })).categories).toEqual(['tuin', 'gezelschap'])
  })

  it('gives at most three categories, most hits first', () => {
    const result = fallbackClassify(input({ title: 'Hond, kat en konijn', text: 'Fiets, koffie, taal, yoga, computer.' }))
    expect(result.categories).toHaveLength(3)
    expect(result.categories[0]).toBe('dieren')
  })

  it('reads the title before the body for the kind', () => {
    expect(fallbackClassify(input({ title: 'Aangeboden: fiets', text: 'Wie kan hem ophalen?' })).kind).toBe('offer')
  })
})
