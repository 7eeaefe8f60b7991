import robotsParserModule from 'robots-parser'
import type { FetchFailure, FetchOutcome } from './types.ts'

// The package's types declare an ES default export; at run time the import is its module.exports function.
const robotsParser = robotsParserModule as unknown as typeof robotsParserModule.default

/** The User-Agent token robots.txt groups are matched against. */
export const ROBOTS_AGENT = 'Buurtfeed'
const ONE_HOUR_MS = 60 * 60 * 1000

type RobotRules = ReturnType<typeof robotsParser>

/** What one origin's robots.txt amounts to: its rules (null: allow all), or a failure that stops all fetching there. */
type RobotsState = { rules: RobotRules | null } | { failure: FetchFailure }

interface CacheEntry {
  expiresAt: number
  state: Promise<RobotsState>
  settled?: RobotsState
}

export type RobotsVerdict = { allowed: true } | { allowed: false; failure: FetchFailure }

/** Fetches a robots.txt URL (following redirects, without a robots check of its own). */
export type RobotsLoader = (robotsUrl: URL, local: boolean) => Promise<FetchOutcome>

/** robots.txt per origin, loaded once and kept for ttlMs (RFC 9309). */
const MAX_CRAWL_DELAY_SECONDS = 60

export class RobotsCache {
  private readonly entries = new Map<string, CacheEntry>()

  constructor(
    private readonly load: RobotsLoader,
    private readonly ttlMs = ONE_HOUR_MS,
  ) {}

  async isAllowed(url: URL, local: boolean): Promise<RobotsVerdict> {
    const state = await this.stateFor(url, local)
    if ('failure' in state) return { allowed: false, failure: state.failure }
    if (state.rules?.isAllowed(url.href, ROBOTS_AGENT) === false) {
      return { allowed: false, failure: { type: 'robots', message: `robots.txt of ${url.origin} disallows ${url.href}`, url: url.href } }
    }
    return { allowed: true }
  }

  /**
   * The crawl delay the origin's robots.txt asks of us, 0 when none or not loaded yet. Capped at a
   * minute, already far gentler than any browser: a hostile "Crawl-delay: 999999" would otherwise
   * stall the run that waits for this host.
   */
  crawlDelayMs(url: URL, local: boolean): number {
    const state = this.entries.get(cacheKey(url, local))?.settled
    if (state === undefined || 'failure' in state) return 0
    return Math.min(state.rules?.getCrawlDelay(ROBOTS_AGENT) ?? 0, MAX_CRAWL_DELAY_SECONDS) * 1000
  }

  private stateFor(url: URL, local: boolean): Promise<RobotsState> {
    const now = Date.now()
    const key = cacheKey(url, local)
    const cached = this.entries.get(key)
    if (cached && cached.expiresAt > now) return cached.state
    const robotsUrl = new URL('/robots.txt', url.origin)
    const entry: CacheEntry = {
      expiresAt: now + this.ttlMs,
      state: this.load(robotsUrl, local).then((outcome) => {
        entry.settled = robotsState(outcome, robotsUrl)
        return entry.settled
      }),
    }
    this.entries.set(key, entry)
    return entry.state
  }
}

// A local source may reach addresses a public one may not, so each sees its own copy.
function cacheKey(url: URL, local: boolean): string {
  return `${local ? 'local' : 'public'} ${url.origin}`
}

function robotsState(outcome: FetchOutcome, robotsUrl: URL): RobotsState {
  // Rules from a redirected robots.txt apply to the origin asked for, so they are parsed under its URL.
  if (outcome.ok) return { rules: outcome.notModified ? null : robotsParser(robotsUrl.href, outcome.document.text) }
  const { error } = outcome
  const status = error.status ?? 0
  // RFC 9309: an unavailable robots.txt (4xx, endless redirects) allows all; an unreachable one (5xx, 429) disallows all.
  if (error.type === 'too_many_redirects' || (status >= 400 && status < 500 && status !== 429)) return { rules: null }
  if (error.type === 'http_status' || error.type === 'too_large') {
    return { failure: { ...error, type: 'robots', message: `robots.txt of ${robotsUrl.origin} is unavailable, so nothing there is fetched: ${error.message}` } }
  }
  return { failure: error }
}
