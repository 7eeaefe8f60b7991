import { describe, expect, it } from 'vitest'
import { formatVisits, nextVisits, parseVisits } from '../../../src/web/dashboard/visits.ts'

const at = (iso: string) => new Date(iso)

describe('the visits a dashboard cookie keeps', () => {
  it('starts without a previous visit', () => {
    expect(nextVisits(null, at('2026-11-10T09:00:00+01:00'))).toEqual({ previous: null, current: at('2026-11-10T09:00:00+01:00') })
  })

  it('keeps the previous visit while the buurtmaker goes on reading (page views less than 30 minutes apart)', () => {
    const visits = { previous: at('2026-11-03T14:00:00+01:00'), current: at('2026-11-10T09:00:00+01:00') }
    const after20 = nextVisits(visits, at('2026-11-10T09:20:00+01:00'))
    expect(after20).toEqual({ previous: at('2026-11-03T14:00:00+01:00'), current: at('2026-11-10T09:20:00+01:00') })
    // Each page view counts from the last one: an hour of reading in 20-minute steps is still one visit.
    expect(nextVisits(nextVisits(after20, at('2026-11-10T09:40:00+01:00')), at('2026-11-10T10:00:00+01:00')).previous).toEqual(
      at('2026-11-03T14:00:00+01:00'),
    )
  })

  it('makes the last page view the previous visit after more than 30 minutes', () => {
    const visits = { previous: at('2026-11-03T14:00:00+01:00'), current: at('2026-11-10T09:00:00+01:00') }
    expect(nextVisits(visits, at('2026-11-10T09:30:00+01:00')).previous).toEqual(at('2026-11-03T14:00:00+01:00'))
    expect(nextVisits(visits, at('2026-11-10T09:30:01+01:00'))).toEqual({
      previous: at('2026-11-10T09:00:00+01:00'),
      current: at('2026-11-10T09:30:01+01:00'),
    })
    expect(nextVisits({ previous: null, current: at('2026-11-09T09:00:00+01:00') }, at('2026-11-10T09:00:00+01:00')).previous).toEqual(
      at('2026-11-09T09:00:00+01:00'),
    )
  })

  it('reads back what it writes, and treats anything else as no cookie', () => {
    const visits = { previous: at('2026-11-03T14:00:00+01:00'), current: at('2026-11-10T09:00:00+01:00') }
    expect(parseVisits(formatVisits(visits))).toEqual(visits)
    expect(parseVisits(formatVisits({ previous: null, current: visits.current }))).toEqual({ previous: null, current: visits.current })
    for (const garbage of [undefined, '', 'abc', '12.', '1.2.3', '-5.10', '<script>.1']) expect(parseVisits(garbage)).toBeNull()
  })
})
