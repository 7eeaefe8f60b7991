import { createServer } from 'node:http'
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

export type Route = (request: IncomingMessage, response: ServerResponse) => void

export interface LoggedRequest {
  path: string
  headers: IncomingHttpHeaders
  /** performance.now() when the request arrived. */
  at: number
}

export interface TestServer {
  /** http://127.0.0.1:PORT plus the path. */
  url(path: string): string
  port: number
  log: LoggedRequest[]
  /** The logged requests for one path. */
  requests(path: string): LoggedRequest[]
  close(): Promise<void>
}

/** A real HTTP server on 127.0.0.1 with a request log; paths without a route answer 404 (so robots.txt allows all). */
export async function startServer(routes: Record<string, Route>): Promise<TestServer> {
  const log: LoggedRequest[] = []
  const server = createServer((request, response) => {
    const path = request.url ?? '/'
    log.push({ path, headers: request.headers, at: performance.now() })
    const route = routes[path]
    if (route) return route(request, response)
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: (path) => `http://127.0.0.1:${port}${path}`,
    port,
    log,
    requests: (path) => log.filter((entry) => entry.path === path),
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
