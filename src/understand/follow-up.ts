import type { FollowUp, Status } from '../domain/taxonomy.ts'

/** A request older than this with no visible reaction is flagged for buurtmakers. */
export const UNANSWERED_AFTER_DAYS = 7

export interface FollowUpFields {
  kind: string
  /** As the source says it (not the effective status): an item the source closed needs no follow-up. */
  sourceStatus: string
  effectiveStatus: Status
  expiresAt: Date | null
  reactions: number | null
  /** When it was posted (or first seen). */
  postedAt: Date
}

/**
 * Why a buurtmaker should look at an item again: `expired` when it passed its end date while its source
 * still lists it as open; `unanswered` for an open request older than UNANSWERED_AFTER_DAYS that shows no
 * reaction on its platform. `followUpSql` (search/postgres-filters.ts) says the same in SQL.
 */
export function followUpOf(fields: FollowUpFields, now: Date): FollowUp | null {
  if (fields.sourceStatus === 'open' && fields.expiresAt && fields.expiresAt < now) return 'expired'
  const unansweredBefore = now.getTime() - UNANSWERED_AFTER_DAYS * 86_400_000
  if (fields.kind === 'request' && fields.effectiveStatus === 'open' && !fields.reactions && fields.postedAt.getTime() < unansweredBefore) {
    return 'unanswered'
  }
  return null
}
