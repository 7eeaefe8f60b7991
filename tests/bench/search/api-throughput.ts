import { execFile } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { promisify } from 'node:util'
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
  app: ServerThroughput
  /** A bare node:http server sending the app's response bytes: the ceiling. */
  bare: ServerThroughput
  /** app / bare requests per second. */
  ratio: number
}

// The few fields of autocannon's JSON result that are reported.
const autocannonResultSchema = z.object({
  requests: z.object({ average: z.number(), total: z.number() }),
  latency: z.object({ p50: z.number(), p99: z.number() }),
  errors: z.number(),
  non2xx: z.number(),
})

const autocannonBin = createRequire(import.meta.url).resolve('autocannon')
const run = promisify(execFile)

/** autocannon in its own process, so the load generator never shares an event loop with the server it measures. */
async function generateLoad(url: string, settings: LoadSettings): Promise<ServerThroughput> {
  const args = ['-c', String(settings.connections), '-d', String(settings.durationSeconds), '--warmup', '[', '-c', String(settings.connections), '-d', '2', ']', '-j', url]
  const { stdout } = await run(process.execPath, [autocannonBin, ...args], { maxBuffer: 16 * 1024 * 1024 })
  const result = autocannonResultSchema.parse(JSON.parse(stdout.trim().split('\n').at(-1)!))
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
 * for one path, and of a bare node:http server that answers with the same bytes, both on loopback.
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
    const appThroughput = await generateLoad(`${appUrl}${path}`, settings)

    const bareServer = createServer((_request, reply) => {
      reply.writeHead(200, { 'content-type': contentType, 'content-length': body.length })
      reply.end(body)
    })
    const bareUrl = await listening(bareServer)
    try {
      const bare = await generateLoad(`${bareUrl}${path}`, settings)
      return {
        path,
        responseBytes: body.length,
        app: appThroughput,
        bare,
        ratio: Math.round((appThroughput.requestsPerSecond / bare.requestsPerSecond) * 1000) / 1000,
      }
    } finally {
      await closing(bareServer)
    }
  } finally {
    await closing(appServer)
  }
}
