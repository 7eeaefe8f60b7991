import { describe, expect, it } from 'vitest'
import { filterLabels, filterParams, wijkHref, wijkSearchQuery } from '../../../src/web/wijk/wijk-filters.ts'

const TUESDAY = new Date('2026-11-10T12:00:00+01:00')

describe('the address of a filter state', () => {
  it('has every filter in a fixed order, whatever order they were chosen in, and the cursor last', () => {
    const filters = { platform: 'nlvoorelkaar', category: 'dieren', when: 'week', kind: 'event', q: 'hond uitlaten' } as const
    expect(wijkHref('vogelbuurt', filters)).toBe('/wijk/vogelbuurt?q=hond+uitlaten&kind=event&when=week&category=dieren&platform=nlvoorelkaar')
    expect(wijkHref('vogelbuurt', filters, 'abc')).toMatch(/&platform=nlvoorelkaar&cursor=abc$/)
  })

  it('is the bare wijk page without filters, and encodes what needs it', () => {
    expect(wijkHref('vogelbuurt', { q: '' })).toBe('/wijk/vogelbuurt')
    expect(wijkHref('vogelbuurt', { q: 'café & co' })).toBe('/wijk/vogelbuurt?q=caf%C3%A9+%26+co')
  })

  it('leaves out a period unless the agenda is shown', () => {
    expect(wijkHref('vogelbuurt', { q: '', kind: 'request', when: 'today' })).toBe('/wijk/vogelbuurt?kind=request')
    expect(wijkHref('vogelbuurt', { q: '', when: 'today' })).toBe('/wijk/vogelbuurt')
    expect(filterParams({ q: 'x', kind: 'offer', when: 'week', category: 'spullen' })).toEqual([
      { name: 'kind', value: 'offer' },
      { name: 'category', value: 'spullen' },
    ])
  })
})

describe('the search of a filter state', () => {
  it('is the newest first of the wijk without filters', () => {
    expect(wijkSearchQuery('vogelbuurt', { q: '' }, TUESDAY, 25)).toEqual({ wijk: 'vogelbuurt', q: '', limit: 25 })
  })

  it('passes kind, category and platform as one-value filters', () => {
    expect(wijkSearchQuery('vogelbuurt', { q: 'fiets', kind: 'offer', category: 'spullen', platform: 'nlvoorelkaar' }, TUESDAY, 25)).toEqual({
      wijk: 'vogelbuurt', q: 'fiets', kind: ['offer'], category: ['spullen'], platform: ['nlvoorelkaar'], limit: 25,
    })
  })

  it('asks for upcoming events soonest first for the agenda, up to the end of the period', () => {
    expect(wijkSearchQuery('vogelbuurt', { q: '', kind: 'event' }, TUESDAY, 25)).toEqual({ wijk: 'vogelbuurt', q: '', kind: ['event'], sort: 'soonest', limit: 25 })
    expect(wijkSearchQuery('vogelbuurt', { q: '', kind: 'event', when: 'today' }, TUESDAY, 25).to).toEqual(new Date('2026-11-11T00:00:00+01:00'))
    expect(wijkSearchQuery('vogelbuurt', { q: '', kind: 'event', when: 'week' }, TUESDAY, 25).to).toEqual(new Date('2026-11-16T00:00:00+01:00'))
    expect(wijkSearchQuery('vogelbuurt', { q: '', kind: 'info', when: 'week' }, TUESDAY, 25)).not.toHaveProperty('to')
  })
})

describe('the chosen filters in words', () => {
  it('names them as the chips do', () => {
    expect(filterLabels({ q: 'x', kind: 'event', when: 'today', category: 'taal-administratie', platform: 'nlvoorelkaar' })).toEqual([
      'Activiteiten', 'Vandaag', 'Taal & administratie', 'NLvoorElkaar',
    ])
    expect(filterLabels({ q: 'x', kind: 'request', when: 'today' })).toEqual(['Hulpvragen'])
  })
})
