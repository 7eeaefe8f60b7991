import type { SearchIndex } from '../search/search-index.ts'
import { drainOutbox } from '../store/outbox.ts'
import type { IngestDeps } from './ingest-source.ts'
import { ingestNow } from './ingest-many.ts'

export interface Scheduler {
  /** Runs one round now (due sources, then the index), unless one is running. */
  tick(): Promise<void>
  stop(): Promise<void>
}

/**
 * Checks for due sources every `intervalSeconds` (each source's next check is stored, Miniflux-style)
 * and brings the search index up to date after every round, also when it was unreachable before.
 */
export function startScheduler(
  deps: IngestDeps & { index: SearchIndex; intervalSeconds: number; log: (line: string) => void },
): Scheduler {
  let running: Promise<void> | null = null
  let stopped = false

  const round = async () => {
    const results = (await ingestNow(deps, {})) ?? []
    for (const r of results) {
      if (r.failure) deps.log(`source ${r.sourceId}: ${r.failure.type}: ${r.failure.message}`)
      else if (r.stored.inserted + r.stored.updated + r.removed > 0)
        deps.log(`source ${r.sourceId}: ${r.stored.inserted} new, ${r.stored.updated} updated, ${r.removed} removed`)
    }
    const drained = await drainOutbox(deps.db, deps.index)
    if (drained.error) deps.log(`search index unreachable, ${drained.pending} changes wait: ${drained.error}`)
  }

  const tick = () => {
    if (stopped) return Promise.resolve()
    running ??= round()
      .catch((error: unknown) => deps.log(`scheduler round failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        running = null
      })
    return running
  }

  const timer = deps.intervalSeconds > 0 ? setInterval(() => void tick(), deps.intervalSeconds * 1000) : null
  timer?.unref()

  return {
    tick,
    stop: async () => {
      stopped = true
      if (timer) clearInterval(timer)
      await running
    },
  }
}
