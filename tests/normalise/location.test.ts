import { describe, expect, it } from 'vitest'
import { locationFromText } from '../../src/normalise/location.ts'

describe('locationFromText', () => {
  it.each([
    ['Buurthuis De Linde, Kerkstraat 2, 3572 CD Voorbeeldstad', { name: 'Buurthuis De Linde', address: 'Kerkstraat 2, 3572 CD Voorbeeldstad', postcode: '3572 CD' }],
    ['Bibliotheek, Stationsplein 1, 3511ED Utrecht', { name: 'Bibliotheek', address: 'Stationsplein 1, 3511ED Utrecht', postcode: '3511 ED' }],
    ['Kerkstraat 2, 3572 CD Voorbeeldstad', { address: 'Kerkstraat 2, 3572 CD Voorbeeldstad', postcode: '3572 CD' }],
    ['Buurthuis De Linde', { name: 'Buurthuis De Linde' }],
    ['  Het   Lindeplein ', { name: 'Het Lindeplein' }],
    ['Zaal 1234 SS', { name: 'Zaal 1234 SS' }],
    ['Huis in 2026 en later', { name: 'Huis in 2026 en later' }],
  ])('%j', (text, location) => {
    expect(locationFromText(text)).toEqual(location)
  })

  it('is null without text', () => {
    expect(locationFromText('  ')).toBeNull()
  })
})
