import { describe, expect, it } from 'vitest'
import type { Category } from '../../src/domain/taxonomy.ts'
import { matchRequests } from '../../src/understand/match.ts'
import type { MatchItem, Suggestion } from '../../src/understand/match.ts'
import { SYNONYM_GROUPS } from '../../src/understand/synonyms.ts'

// Categories are given as the classifier files these posts, so the tests measure matching alone.
const item = (id: string, body: string, categories: Category[], extra: Partial<MatchItem> = {}): MatchItem => ({
  id,
  title: '',
  body,
  categories,
  platform: 'facebook',
  publishedAt: '2026-03-02T10:00:00+01:00',
  ...extra,
})

function suggestionsFor(request: MatchItem, offers: MatchItem[]): Suggestion[] {
  return matchRequests([request], offers).get(request.id) ?? []
}

describe('matchRequests: fits that need synonyms', () => {
  it('links an iPad request to a tablet helper, with a Dutch reason', () => {
    const request = item('r1', 'Mijn moeder (84) heeft een iPad gekregen maar snapt er niks van 🙈 Wie kan haar leren beeldbellen?', ['digitaal'])
    const offer = item('o1', 'Gepensioneerd ICTer helpt u graag met uw laptop, tablet of telefoon. Ik kom bij u thuis.', ['digitaal'], {
      title: 'Aangeboden: computerhulp',
      platform: 'nlvoorelkaar',
    })
    const [suggestion, ...rest] = suggestionsFor(request, [offer])
    expect(rest).toEqual([])
    expect(suggestion?.offerId).toBe('o1')
    expect(suggestion?.reason).toContain('zelfde categorie: Computer & telefoon')
    expect(suggestion?.reason).toContain("'iPad' ~ 'tablet'")
  })

  it('links the Jumbo to the Albert Heijn and names the word both use', () => {
    const request = item('r1', 'Wie kan er woensdag boodschappen voor me doen bij de Jumbo? Ik ben geopereerd aan mijn knie.', ['boodschappen'])
    const offer = item('o1', 'Ik ga elke zaterdag naar de Albert Heijn en neem graag boodschappen mee voor buren die slecht ter been zijn.', ['boodschappen'])
    const [suggestion] = suggestionsFor(request, [offer])
    expect(suggestion?.reason).toBe("zelfde categorie: Boodschappen; beide noemen 'boodschappen'; 'Jumbo' ~ 'Albert Heijn'")
  })

  it('links a hospital appointment to a volunteer driver', () => {
    const request = item('r1', 'Wie kan mij op 12 maart naar het ziekenhuis brengen? Ik heb om 10.30 een afspraak bij de oogarts.', ['vervoer', 'zorg'])
    const offer = item('o1', 'Ik heb een auto en tijd over. Ik rijd u naar de huisarts of de fysio en wacht op u.', ['vervoer'], {
      title: 'Vrijwillige chauffeur',
    })
    expect(suggestionsFor(request, [offer]).map((s) => s.offerId)).toEqual(['o1'])
  })

  it('reads compounds by their parts: a dog walker for someone whose dog needs walking', () => {
    const request = item('r1', 'Gezocht: iemand die 3x per week onze labrador Bobby wil uitlaten, ik werk lange diensten.', ['dieren'])
    const walker = item('o1', 'Hondenwandelservice in het park, ook tussen de middag. Verzekerd.', ['dieren'])
    const catSitter = item('o2', 'Poezenopvang in de vakanties, bij mij thuis.', ['dieren'])
    const suggestions = suggestionsFor(request, [catSitter, walker])
    expect(suggestions.map((s) => s.offerId)).toEqual(['o1'])
    expect(suggestions[0]?.reason).toContain("'labrador' ~ 'Hondenwandelservice'")
  })

  it('finds a paperwork helper for a letter from the Belastingdienst', () => {
    const request = item('r1', 'Sinds mijn man overleden is moet ik zelf de belastingaangifte doen en er ligt een brief van de Belastingdienst. Wie helpt?', [
      'taal-administratie',
    ])
    const offer = item('o1', 'Elke dinsdag helpen vrijwilligers gratis met formulieren, toeslagen en brieven van instanties.', ['taal-administratie'], {
      title: 'Formulierenhulp in de bibliotheek',
    })
    const [suggestion] = suggestionsFor(request, [offer])
    expect(suggestion?.offerId).toBe('o1')
    expect(suggestion?.reason).toContain("'belastingaangifte' ~ 'Formulierenhulp'")
  })
})

describe('matchRequests: ranking', () => {
  const request = item('r1', 'Wie kan onze slaapkamer schilderen? Wordt lichtgrijs, de potten staan al klaar.', ['klussen'])
  const handyman = item('o-general', 'Klusjesman met tijd over: ik help met allerlei klussen in en om het huis.', ['klussen'])
  const painter = item('o-painter', 'Ik verf kozijnen, muren en plafonds, netjes en voor een eerlijke prijs.', ['klussen'])

  it('ranks an offer that names the need above one that only shares the category', () => {
    const suggestions = suggestionsFor(request, [handyman, painter])
    expect(suggestions.map((s) => s.offerId)).toEqual(['o-painter', 'o-general'])
    expect(suggestions[0]!.score).toBeGreaterThan(suggestions[1]!.score)
    expect(suggestions[0]!.reason).toContain("'schilderen' ~ 'verf'")
    expect(suggestions[1]!.reason).toBe('zelfde categorie: Klussen & reparatie')
  })

  it('puts the newer of two equally fitting offers first, whatever the input order', () => {
    const older = item('o-older', 'Ik verf muren en plafonds voor een kleine vergoeding.', ['klussen'], { publishedAt: '2026-01-05T09:00:00+01:00' })
    const newer = item('o-newer', 'Ik verf muren en plafonds voor een kleine vergoeding.', ['klussen'], { publishedAt: '2026-02-20T09:00:00+01:00' })
    expect(suggestionsFor(request, [older, newer]).map((s) => s.offerId)).toEqual(['o-newer', 'o-older'])
    expect(suggestionsFor(request, [newer, older]).map((s) => s.offerId)).toEqual(['o-newer', 'o-older'])
  })

  it('gives each request its own list', () => {
    const dogRequest = item('r2', 'Wie wil met Max (beagle) wandelen op dinsdag tussen 12 en 13 uur?', ['dieren'])
    const walker = item('o-walker', 'Ik laat honden uit in het Julianapark, ook tussen de middag.', ['dieren'])
    const matches = matchRequests([request, dogRequest], [painter, walker])
    expect(matches.get('r1')?.map((s) => s.offerId)).toEqual(['o-painter'])
    expect(matches.get('r2')?.map((s) => s.offerId)).toEqual(['o-walker'])
  })
})

describe('matchRequests: no forced match', () => {
  it('suggests nothing for a lost cat when only a dog walker and a grocery helper offer help', () => {
    const request = item('r1', 'Onze poes Minoes is sinds dinsdag weg 😿 grijs cyperse kat met wit befje. Wie heeft haar gezien?', ['dieren'])
    const offers = [
      item('o1', 'Ik laat uw hond uit in het Oosterpark, solo of in kleine groepjes.', ['dieren'], { title: 'Hondenuitlaatservice' }),
      item('o2', 'Ik doe wekelijks boodschappen voor buren die slecht ter been zijn.', ['boodschappen']),
    ]
    expect(suggestionsFor(request, offers)).toEqual([])
  })

  it('does not offer a ladder to someone who needs a drill', () => {
    const request = item('r1', 'Heeft iemand een boormachine die ik zaterdag mag lenen? Ik moet vier gaatjes boren.', ['spullen'])
    const ladder = item('o1', 'Onze aluminium ladder van 3 meter is te leen, even aanbellen.', ['spullen'])
    const drill = item('o2', 'Te leen: accuboor en klopboor, ook een waterpas.', ['spullen'])
    expect(suggestionsFor(request, [ladder]).map((s) => s.offerId)).toEqual([])
    expect(suggestionsFor(request, [ladder, drill]).map((s) => s.offerId)).toEqual(['o2'])
  })

  it('does not send a taalcafé to someone who needs an interpreter', () => {
    const request = item(
      'r1',
      'Ik zoek iemand die Turks spreekt en met mijn buurvrouw mee wil naar een gesprek op school. Zij spreekt nog weinig Nederlands.',
      ['taal-administratie'],
    )
    const taalcafe = item('o1', 'Elke woensdag oefenen nieuwkomers en buurtbewoners samen Nederlands bij een kopje koffie.', ['gezelschap', 'taal-administratie'], {
      title: 'Taalcafé',
    })
    expect(suggestionsFor(request, [taalcafe])).toEqual([])
  })

  it('is not fooled by masked contact data that both posts carry', () => {
    const request = item('r1', 'Wie kan onze hond uitlaten als wij op vakantie zijn? Bel [telefoonnummer verborgen]', ['dieren'])
    const catSitter = item('o1', 'Kattenoppas aangeboden, bel [telefoonnummer verborgen] of mail [e-mail verborgen]', ['dieren'])
    expect(suggestionsFor(request, [catSitter])).toEqual([])
  })
})

describe('matchRequests: requests in disguise', () => {
  it('does not suggest an "offer" that asks for volunteers, but does suggest the real offer', () => {
    const request = item('r1', 'Wie kan er woensdag boodschappen voor me doen bij de Jumbo? Lijstje ligt klaar.', ['boodschappen'])
    const vacancy = item(
      'o-vacancy',
      'Stichting Welzijn zoekt chauffeurs en begeleiders voor de boodschappenbus op donderdag. Je rijdt ouderen naar de supermarkt. Vrijwilligers gezocht!',
      ['boodschappen', 'vervoer'],
      { title: 'Help jij mee met de boodschappenbus?', platform: 'nlvoorelkaar' },
    )
    const neighbour = item('o-neighbour', 'Ik ga elke week naar de Albert Heijn en neem graag iets mee voor buren.', ['boodschappen'])
    expect(suggestionsFor(request, [vacancy, neighbour]).map((s) => s.offerId)).toEqual(['o-neighbour'])
  })

  it('does not suggest someone who asks to borrow the very tool', () => {
    const request = item('r1', 'Wie kan bij mij een lamp ophangen? Er hangt alleen een snoer uit het plafond.', ['klussen'])
    const borrower = item('o1', 'Wie heeft er een boormachine voor mij? 🙏 Ik moet een lamp ophangen, breng hem zaterdag terug.', ['klussen', 'spullen'])
    expect(suggestionsFor(request, [borrower])).toEqual([])
  })
})

describe('matchRequests: edge cases', () => {
  it('returns an empty map without requests', () => {
    expect(matchRequests([], [item('o1', 'Ik verf uw muren.', ['klussen'])]).size).toBe(0)
  })

  it('gives every request an empty list without offers', () => {
    const matches = matchRequests([item('r1', 'Wie kan mijn heg knippen?', ['tuin']), item('r2', 'Wie helpt met DigiD?', ['digitaal'])], [])
    expect([...matches]).toEqual([['r1', []], ['r2', []]])
  })

  it('never suggests an item to itself', () => {
    const post = item('same', 'Wie kan mijn heg knippen? Ik help graag terug met uw tuin.', ['tuin'])
    expect(suggestionsFor(post, [post])).toEqual([])
  })
})

describe('SYNONYM_GROUPS', () => {
  const groupOf = (term: string) => SYNONYM_GROUPS.filter((group) => group.includes(term))

  it('is plain lower-case data without repeats inside a group', () => {
    for (const group of SYNONYM_GROUPS) {
      expect(group.length).toBeGreaterThan(1)
      expect(new Set(group).size).toBe(group.length)
      for (const term of group) expect(term).toBe(term.toLowerCase().trim())
    }
  })

  it.each([
    ['ipad', ['tablet', 'computer hulp']],
    ['boodschappen', ['supermarkt', 'jumbo', 'albert heijn']],
    ['ziekenhuis', ['afspraak', 'rijden', 'vervoer']],
    ['hond uitlaten', ['wandelen met hond']],
    ['formulieren', ['administratie', 'belastingaangifte', 'brieven']],
    ['schilderen', ['verven']],
    ['boormachine', ['boor']],
  ])('puts %s with %j', (term, others) => {
    expect(groupOf(term).some((group) => others.every((other) => group.includes(other)))).toBe(true)
  })

  it('keeps a dog walker and a cat sitter apart', () => {
    expect(groupOf('hond').some((group) => group.includes('kat'))).toBe(false)
  })
})
