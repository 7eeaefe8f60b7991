import type { Context } from 'hono'
import { getCookie, setCookie } from 'hono/cookie'
import { overHttps } from './dashboard-access.ts'

/** A visit this long after the last page view starts a new visit: the one before becomes the previous visit. */
const NEW_VISIT_AFTER_MINUTES = 30
const KEPT_DAYS = 365

export interface Visits {
  /** When the previous visit was; null on the first visit. */
  previous: Date | null
  /** The last page view of this visit. */
  current: Date
}

/** `<previous ms>.<current ms>`, the previous part empty before a second visit. */
export function parseVisits(value: string | undefined): Visits | null {
  const match = /^(\d*)\.(\d+)$/.exec(value ?? '')
  if (!match) return null
  return { previous: match[1] ? new Date(Number(match[1])) : null, current: new Date(Number(match[2])) }
}

export function formatVisits(visits: Visits): string {
  return `${visits.previous?.getTime() ?? ''}.${visits.current.getTime()}`
}

/**
 * The visits after a page view at `now`: more than NEW_VISIT_AFTER_MINUTES after the last page view, the last
 * one becomes the previous visit; otherwise the visit goes on and its previous visit stays, so "new since your
 * previous visit" does not empty itself while the buurtmaker is still reading.
 */
export function nextVisits(visits: Visits | null, now: Date): Visits {
  if (!visits) return { previous: null, current: now }
  const newVisit = now.getTime() - visits.current.getTime() > NEW_VISIT_AFTER_MINUTES * 60_000
  return { previous: newVisit ? visits.current : visits.previous, current: now }
}

const cookieName = (slug: string) => `buurtfeed_bezoek_${slug}`

/** Reads this wijk's visits cookie, moves it on to `now` in the response, and returns the visits as of now. */
export function recordVisit(c: Context, slug: string, now: Date): Visits {
  const visits = nextVisits(parseVisits(getCookie(c, cookieName(slug))), now)
  setCookie(c, cookieName(slug), formatVisits(visits), {
    path: `/dashboard/${slug}`,
    httpOnly: true,
    sameSite: 'Lax',
    secure: overHttps(c),
    maxAge: KEPT_DAYS * 86_400,
  })
  return visits
}
