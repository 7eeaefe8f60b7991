import { describe, expect, it } from 'vitest'
import { classifyPost } from '../../src/understand/classify.ts'
import { clusterItems } from '../../src/understand/dedupe.ts'
import { findEventDate } from '../../src/understand/event-date.ts'
import { matchRequests } from '../../src/understand/match.ts'

// Patterns whose cost grows faster than the text: a hostile or broken source must not stall ingestion.
// Before only the start of a text was read, each of these took from seconds to minutes.
const published = new Date('2026-03-10T09:00:00+01:00')
const hostile = {
  clocks: 'Zaterdag 14 maart koffieochtend. ' + 'om 8 uur '.repeat(100_000),
  dates: '12-5 '.repeat(200_000),
  spaces: 'Wie kan helpen?' + ' '.repeat(80_000) + 'Jan',
}

describe('understanding reads the start of a very long post', () => {
  it('still finds the date, kind and category at the start of a megabyte of repeated times', () => {
    expect(findEventDate(hostile.clocks, published)).toMatchObject({ startsAt: expect.stringMatching(/^2026-03-14/) })
    // A bare "12-5" is no date (it could be a score or a house number); it is read quickly all the same.
    expect(findEventDate(hostile.dates, published)).toBeUndefined()
    const classified = classifyPost({ title: '', body: hostile.clocks, publishedAt: published })
    expect(classified.categories[0]).toBe('gezelschap')
  })

  it('clusters and matches posts with huge bodies and addresses', () => {
    const item = (id: string, body: string, address: string) => ({
      id, platform: 'feed', kind: 'request' as const, title: 'Wie kan helpen?', body, publishedAt: '2026-03-10T09:00:00+01:00',
      startsAt: null, location: { address },
    })
    const clusters = clusterItems([item('a', hostile.spaces, 'Kerkstraat '.repeat(4_000) + '12'), item('b', hostile.dates, 'a'.repeat(40_000) + ' 12')])
    expect(clusters.size).toBe(2)
    const offers = [{ id: 'o', title: 'Ik help graag', body: hostile.clocks, categories: ['klussen' as const] }]
    expect(matchRequests([{ id: 'r', title: 'Wie helpt?', body: hostile.spaces, categories: ['klussen' as const] }], offers).has('r')).toBe(true)
  })
})
