import { execFile } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import type autocannon from 'autocannon'
import { createAdaptorServer } from '@hono/node-server'
import { z } from 'zod'
import { createApp } from '../../../src/api/app.ts'
import { PostgresSearch } from '../../../src/search/postgres.ts'
import type { Store } from '../../../src/store/database.ts'

export interface LoadSettings {
  connections: number
  durationSeconds: number
}

export interface ServerThroughput {
  requestsPerSecond: number
  latencyP50Ms: number
  latencyP99Ms: number
  requests: number
  errors: number
  non2xx: number
}

export interface ThroughputResult {
  path: string
  responseBytes: number
  /** The same search over and over: after the first, the app may answer it from its short-lived cache of search pages. */
  repeated: ServerThroughput
  /** Every request another URL (a parameter the API ignores, unique per request), so every request searches. */
  distinct: ServerThroughput
  /** A bare node:http server sending the app's response bytes: the ceiling. */
  bare: ServerThroughput
  /** repeated / bare requests per second. */
  repeatedRatio: number
  /** distinct / bare requests per second. */
  distinctRatio: number
}

// The few fields of autocannon's JSON result that are reported.
const autocannonResultSchema = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  errors: z.number(),
  non2xx: z.number(),
})

const loadGenerator = fileURLToPath(new URL('load-generator.ts', import.meta.url))
const run = promisify(execFile)

/** autocannon for `url`; with `uniquePerRequest`, every request's URL gets a new id, so no two requests are the same search. */
async function generateLoad(url: string, settings: LoadSettings, uniquePerRequest = false): Promise<ServerThroughput> {
  // autocannon takes `warmup` (its -W) programmatically too; @types/autocannon does not know it yet.
  const options: autocannon.Options & { warmup: { connections: number; duration: number } } = {
    url: uniquePerRequest ? `${url}&bench=[<id>]` : url,
    idReplacement: uniquePerRequest,
    connections: settings.connections,
    duration: settings.durationSeconds,
    warmup: { connections: settings.connections, duration: 2 },
  }
  const { stdout } = await run(process.execPath, ['--import', 'tsx', loadGenerator, JSON.stringify(options)], { maxBuffer: 16 * 1024 * 1024 })
  const result = autocannonResultSchema.parse(JSON.parse(stdout))
  if (result.non2xx > 0) throw new Error(`${result.non2xx} of ${result.requests.total} requests to ${url} did not answer 2xx`)
  return {
    requestsPerSecond: Math.round(result.requests.average),
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    requests: result.requests.total,
    errors: result.errors,
    non2xx: result.non2xx,
  }
}

async function listening(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

async function closing(server: Server): Promise<void> {
  server.closeAllConnections()
  await new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())))
}

/**
 * Requests per second of the real app (createApp with PostgreSQL full-text search, served by @hono/node-server)
 * for one search, repeated and made distinct per request, and of a bare node:http server that answers with the
 * same bytes, all on loopback.
 */
export async function measureThroughput(store: Store, path: string, settings: LoadSettings): Promise<ThroughputResult> {
  const app = createApp({ db: store.db, search: new PostgresSearch(store.db) })
  // The same adaptor `buurtfeed serve` listens with.
  const appServer = createAdaptorServer({ fetch: app.fetch }) as Server
  const appUrl = await listening(appServer)
  try {
    const response = await fetch(`${appUrl}${path}`)
    if (!response.ok) throw new Error(`GET ${path} answered ${response.status}: ${await response.text()}`)
    const body = Buffer.from(await response.arrayBuffer())
    const contentType = response.headers.get('content-type') ?? 'application/json'
    const repeated = await generateLoad(`${appUrl}${path}`, settings)
    const distinct = await generateLoad(`${appUrl}${path}`, settings, true)

    const bareServer = createServer((_request, reply) => {
      reply.writeHead(200, { 'content-type': contentType, 'content-length': body.length })
      reply.end(body)
    })
    const bareUrl = await listening(bareServer)
    try {
      const bare = await generateLoad(`${bareUrl}${path}`, settings)
      const ratio = (app: ServerThroughput) => Math.round((app.requestsPerSecond / bare.requestsPerSecond) * 1000) / 1000
      return { path, responseBytes: body.length, repeated, distinct, bare, repeatedRatio: ratio(repeated), distinctRatio: ratio(distinct) }
    } finally {
      await closing(bareServer)
    }
  } finally {
    await closing(appServer)
  }
}
