import { describe, expect, it } from 'vitest'
import { followUpOf, type FollowUpFields } from '../../src/understand/follow-up.ts'

const now = new Date('2026-11-10T12:00:00+01:00')
const request: FollowUpFields = {
  kind: 'request',
  sourceStatus: 'open',
  effectiveStatus: 'open',
  expiresAt: null,
  reactions: null,
  postedAt: new Date('2026-11-01T09:00:00+01:00'),
}

describe('followUpOf', () => {
  it('flags an open request older than a week that shows no reaction', () => {
    expect(followUpOf(request, now)).toBe('unanswered')
    expect(followUpOf({ ...request, reactions: 0 }, now)).toBe('unanswered')
  })

  it('leaves alone a request that is recent, answered, closed, or not a request', () => {
    expect(followUpOf({ ...request, postedAt: new Date('2026-11-05T09:00:00+01:00') }, now)).toBeNull()
    expect(followUpOf({ ...request, reactions: 2 }, now)).toBeNull()
    expect(followUpOf({ ...request, sourceStatus: 'closed', effectiveStatus: 'closed' }, now)).toBeNull()
    expect(followUpOf({ ...request, kind: 'offer' }, now)).toBeNull()
  })

  it('flags an item past its end date that its source still lists as open, whatever its age or kind', () => {
    const expired = { ...request, kind: 'offer', effectiveStatus: 'closed' as const, expiresAt: new Date('2026-11-09T00:00:00+01:00') }
    expect(followUpOf(expired, now)).toBe('expired')
    expect(followUpOf({ ...expired, sourceStatus: 'closed' }, now)).toBeNull()
    expect(followUpOf({ ...expired, expiresAt: new Date('2026-11-11T00:00:00+01:00'), effectiveStatus: 'open' }, now)).toBeNull()
  })
})
