import PQueue from 'p-queue'
import { getAdapter } from '../../adapters/index.ts'
import { dueSources, listSources, type Source } from '../store/sources.ts'
import { refreshStatisticsIfStale } from '../store/statistics.ts'
import { ingestSource, type IngestDeps, type SourceRunResult } from './ingest-source.ts'

/**
 * Runs sources side by side (the fetcher still asks one host one thing at a time); a failing source
 * only fails itself.
 */
export async function ingestSources(deps: IngestDeps, sources: Source[], concurrency = 4): Promise<SourceRunResult[]> {
  const queue = new PQueue({ concurrency })
  const results = await Promise.all(sources.map((source) => queue.add(() => ingestSource(deps, source)) as Promise<SourceRunResult>))
  const changed = results.some(({ stored, removed }) => stored.inserted + stored.updated + removed > 0)
  if (changed) await refreshStatisticsIfStale(deps.db)
  return results
}

/** `ingest`: the due sources, or every source (`all`), or one. Returns null for an unknown source id. */
export async function ingestNow(deps: IngestDeps, selection: { all?: boolean; sourceId?: string }): Promise<SourceRunResult[] | null> {
  const now = (deps.now ?? (() => new Date()))()
  const selected = selection.sourceId || selection.all
  const sources = selected
    ? (await listSources(deps.db)).filter((s) => selection.all || s.id === selection.sourceId)
    : await dueSources(deps.db, now)
  if (sources.length === 0 && selection.sourceId) return null
  // Forwarded posts arrive by submission: there is nothing to fetch for their sources.
  return ingestSources(deps, sources.filter((source) => !getAdapter(source.adapter)?.pushed))
}
