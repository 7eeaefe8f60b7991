import { ingestNow } from '../ingest/ingest-many.ts'
import type { ProgressEvent } from '../ingest/ingest-source.ts'
import { drainOutbox } from '../store/outbox.ts'
import { parseCommandArgs } from './args.ts'
import { withStore } from './context.ts'
import { UsageError, type Command } from './io.ts'
import { createRuntime } from './runtime.ts'

export const ingestCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs(args, { source: { type: 'string' }, all: { type: 'boolean' } })
  if (values.source && values.all) throw new UsageError('use either --source ID or --all')
  return withStore(async (store, config) => {
    const { fetcher, index } = createRuntime(store, config)
    const progress = (event: ProgressEvent) => {
      if (event.type === 'document') io.stderr.write(`${event.source.name} (${event.source.id}): fetching ${event.url}\n`)
      else {
        const { result } = event
        const stored = result.stored
        const outcome = result.failure
          ? `FAILED ${result.failure.type}: ${result.failure.message}`
          : result.outcome === 'not_modified'
            ? 'not modified'
            : `${result.items} items (${stored.inserted} new, ${stored.updated} updated, ${stored.unchanged} unchanged, ${result.removed} removed)`
        io.stderr.write(`${event.source.name} (${event.source.id}): ${outcome}\n`)
      }
    }
    const results = await ingestNow(
      { db: store.db, fetcher, onProgress: progress },
      { ...(values.all ? { all: true } : {}), ...(values.source ? { sourceId: values.source } : {}) },
    )
    if (results === null) throw new UsageError(`no source '${values.source}' (see 'buurtfeed sources list')`)
    const drained = await drainOutbox(store.db, index)
    const failedCount = results.filter((r) => r.failure).length
    const items = results.reduce((sum, r) => sum + r.items, 0)
    io.stdout.write(`${results.length} sources, ${items} items, ${failedCount} failed${drained.error ? `; search index not updated: ${drained.error}` : ''}\n`)
    return failedCount > 0 ? 1 : 0
  })
}
