import { describe, expect, it } from 'vitest'
import { brokerOrder } from '../../../src/web/dashboard/matches-section.tsx'
import { storedItem } from '../../helpers/item-factory.ts'

const post = (id: string, kind: 'request' | 'offer', platform: string) => storedItem({ id, kind, platform }).item
const suggestion = (offer: ReturnType<typeof post>, score: number) => ({ offer, score, reason: 'zelfde categorie: Boodschappen' })

describe('the order matches are shown to a buurtmaker in', () => {
  it('puts pairs across platforms first, and otherwise keeps the best fitting first', () => {
    const sameBest = { request: post('vraag-1', 'request', 'mijnbuurtje'), suggestions: [suggestion(post('aanbod-1', 'offer', 'mijnbuurtje'), 0.9)] }
    const mixed = {
      request: post('vraag-2', 'request', 'facebook'),
      suggestions: [suggestion(post('aanbod-2', 'offer', 'facebook'), 0.8), suggestion(post('aanbod-3', 'offer', 'nlvoorelkaar'), 0.5)],
    }
    const acrossOnly = { request: post('vraag-3', 'request', 'whatsapp'), suggestions: [suggestion(post('aanbod-4', 'offer', 'deedmob'), 0.4)] }
    const sameWorse = { request: post('vraag-4', 'request', 'feed'), suggestions: [suggestion(post('aanbod-5', 'offer', 'feed'), 0.3)] }

    const ordered = brokerOrder([sameBest, mixed, acrossOnly, sameWorse])
    expect(ordered.map((match) => match.request.id)).toEqual(['vraag-2', 'vraag-3', 'vraag-1', 'vraag-4'])
    expect(ordered[0]!.suggestions.map((s) => s.offer.id)).toEqual(['aanbod-3', 'aanbod-2'])
  })
})
