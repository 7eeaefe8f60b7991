import { describe, expect, it } from 'vitest'
import { foldName, slugFromName } from '../../src/wijken/fold-name.ts'

describe('place names', () => {
  it.each([
    ["'s-Hertogenbosch", 's hertogenbosch', 's-hertogenbosch'],
    ['West (Roosendaal)', 'west roosendaal', 'west-roosendaal'],
    ['Ĳsselmonde', 'ijsselmonde', 'ijsselmonde'],
    ['Súdwest-Fryslân', 'sudwest fryslan', 'sudwest-fryslan'],
    ['Großstraße', 'grossstrasse', 'grossstrasse'],
  ])('folds %s for comparing and for a slug', (name, folded, slug) => {
    expect(foldName(name)).toBe(folded)
    expect(slugFromName(name)).toBe(slug)
  })
})
