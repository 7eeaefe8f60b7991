import { once } from 'node:events'
import { serve, type ServerType } from '@hono/node-server'
import { createApp } from '../api/app.ts'
import { loadConfig } from '../config.ts'
import { ensureDemo } from '../demo/demo.ts'
import { startScheduler } from '../ingest/scheduler.ts'
import { openStore } from '../store/database.ts'
import { parseCommandArgs } from './args.ts'
import { UsageError, type Command } from './io.ts'
import { createRuntime } from './runtime.ts'

export const serveCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs(args, { port: { type: 'string' } })
  const config = loadConfig()
  const port = values.port === undefined ? config.PORT : Number(values.port)
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new UsageError(`--port must be a number from 1 to 65535, not '${values.port}'`)
  const log = (line: string) => io.stderr.write(`${new Date().toISOString()} ${line}\n`)

  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.BUURTFEED_DATA_DIR })
  const { fetcher, index } = createRuntime(store, config)
  const demo = config.BUURTFEED_DEMO === 'auto' ? await ensureDemo(store.db) : null
  const app = createApp({
    db: store.db,
    search: index,
    ...(config.ADMIN_TOKEN ? { adminToken: config.ADMIN_TOKEN } : {}),
    ...(config.PUBLIC_URL ? { publicUrl: config.PUBLIC_URL } : {}),
  })

  let server: ServerType
  try {
    server = await listen(app.fetch, port)
  } catch (error) {
    await store.close()
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') throw new UsageError(`port ${port} is in use: stop the other server or pass --port N`)
    throw error
  }
  const scheduler = startScheduler({ db: store.db, fetcher, index, intervalSeconds: config.BUURTFEED_SCHEDULER_SECONDS, log })
  log(`Buurtfeed serves on http://localhost:${port} (${store.mode === 'embedded' ? `embedded database in ${config.BUURTFEED_DATA_DIR}` : 'PostgreSQL server'}, ${index.backend} search)`)
  if (demo) log(`demo wijk: http://localhost:${port}/wijk/${demo} (built from bundled sample documents; add a source to replace it)`)
  void scheduler.tick()

  await Promise.race([once(process, 'SIGINT'), once(process, 'SIGTERM')])
  log('stopping')
  await scheduler.stop()
  await new Promise<void>((resolve) => server.close(() => resolve()))
  await store.close()
  return 0
}

function listen(fetch: Parameters<typeof serve>[0]['fetch'], port: number): Promise<ServerType> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port }, () => resolve(server))
    server.once('error', reject)
  })
}
