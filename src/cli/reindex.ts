import { drainOutbox, enqueueAll } from '../store/outbox.ts'
import { parseCommandArgs } from './args.ts'
import { withStore } from './context.ts'
import type { Command } from './io.ts'
import { createRuntime } from './runtime.ts'

export const reindexCommand: Command = async (args, io) => {
  parseCommandArgs(args, {})
  return withStore(async (store, config) => {
    const { index } = createRuntime(store, config)
    // Starting empty drops what the index holds of items that are gone (a delete lost while it was unreachable).
    const reset = await index.reset().then(() => null, (error: unknown) => (error instanceof Error ? error.message : String(error)))
    if (reset !== null) {
      io.stderr.write(`search index unreachable: ${reset}\n`)
      return 1
    }
    const queued = await enqueueAll(store.db)
    const drained = await drainOutbox(store.db, index)
    if (drained.error) {
      io.stderr.write(`search index unreachable, ${drained.pending} changes wait for the next run: ${drained.error}\n`)
      return 1
    }
    io.stdout.write(`reindexed ${queued} items (${index.backend})\n`)
    return 0
  })
}
