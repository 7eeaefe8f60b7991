import { Agent, fetch, Headers } from 'undici'
import { guardedLookup, literalHostBlock } from './address-guard.ts'
import { decodeBody } from './charset.ts'
import { HostQueue } from './host-queue.ts'
import { readLocalFile } from './local-file.ts'
import { readCapped } from './read-capped.ts'
import { maxAgeSeconds, mediaType, retryAfterSeconds } from './response-headers.ts'
import { RobotsCache } from './robots.ts'
import { classifyTransportError } from './transport-error.ts'
import type { TransportError } from './transport-error.ts'
import { failure } from './types.ts'
import type { FetchFailureOutcome, FetchOutcome, FetchRequest } from './types.ts'

export interface FetcherOptions {
  /** Says who we are, on every request including robots.txt: "Buurtfeed/0.1 (+https://buurtfeed.example)". */
  userAgent: string
  /** Deadline for one request (each redirect and robots.txt on its own), headers and body together. */
  timeoutMs?: number
  maxBytes?: number
  maxRedirects?: number
  respectRobots?: boolean
  /** Pause after every request to a host, when its robots.txt asks for no longer crawl delay. */
  hostGapMs?: number
}

type RequestOptions = Omit<FetchRequest, 'url'>

/** One HTTP response; its body is read only for a 2xx. */
interface Answer {
  url: URL
  status: number
  headers: Headers
  bytes: Uint8Array
}

type HopResult = { ok: true; answer: Answer } | FetchFailureOutcome

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

/**
 * The polite HTTP client every adapter's documents go through: conditional GET, robots.txt and
 * crawl delays, one request at a time per host, size and time caps, no private-network addresses.
 * Expected failures come back as `{ ok: false, error }`.
 */
export class Fetcher {
  private readonly userAgent: string
  private readonly timeoutMs: number
  private readonly maxBytes: number
  private readonly maxRedirects: number
  private readonly respectRobots: boolean
  private readonly hosts: HostQueue
  private readonly robots = new RobotsCache((robotsUrl, local) => this.follow(robotsUrl, { local }, false))
  private readonly publicAgent = new Agent({ connect: { lookup: guardedLookup } })
  private readonly localAgent = new Agent()

  constructor(options: FetcherOptions) {
    this.userAgent = options.userAgent
    this.timeoutMs = options.timeoutMs ?? 20_000
    this.maxBytes = options.maxBytes ?? 5 * 1024 * 1024
    this.maxRedirects = options.maxRedirects ?? 5
    this.respectRobots = options.respectRobots ?? true
    this.hosts = new HostQueue(options.hostGapMs ?? 1000)
  }

  async fetch(request: FetchRequest): Promise<FetchOutcome> {
    let url: URL
    try {
      url = new URL(request.url)
    } catch {
      return failure('bad_url', `Not a valid URL: "${request.url}"`, request.url)
    }
    if (url.protocol === 'file:') {
      if (request.local) return readLocalFile(url, this.maxBytes)
      return failure('bad_url', `file: URLs are only allowed for local sources: ${url.href}`, url.href)
    }
    return this.follow(url, request, this.respectRobots)
  }

  /** Closes the connections kept alive for reuse. */
  async close(): Promise<void> {
    await Promise.all([this.publicAgent.close(), this.localAgent.close()])
  }

  private async follow(start: URL, request: RequestOptions, checkRobots: boolean): Promise<FetchOutcome> {
    let url = start
    for (let redirects = 0; ; redirects++) {
      const hop = await this.hop(url, request, checkRobots)
      if (!hop.ok) return hop
      const location = hop.answer.headers.get('location')
      if (!REDIRECT_STATUSES.has(hop.answer.status) || location === null) return this.outcome(hop.answer)
      if (redirects === this.maxRedirects) {
        return failure('too_many_redirects', `More than ${this.maxRedirects} redirects, starting at ${start.href}`, url.href)
      }
      try {
        url = new URL(location, url)
      } catch {
        return failure('bad_url', `Redirect to an invalid URL "${location}" from ${url.href}`, url.href)
      }
    }
  }

  /** One request of a redirect chain, with every check a new URL needs. */
  private async hop(url: URL, request: RequestOptions, checkRobots: boolean): Promise<HopResult> {
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      return failure('bad_url', `Unsupported URL scheme "${url.protocol}" in ${url.href}`, url.href)
    }
    const local = request.local ?? false
    const blocked = local ? null : literalHostBlock(url)
    if (blocked) return failure('blocked_address', `Refusing ${url.href}: ${blocked.message}`, url.href)
    if (checkRobots) {
      const verdict = await this.robots.isAllowed(url, local)
      if (!verdict.allowed) return { ok: false, error: verdict.failure }
    }
    return this.hosts.run(url.host, () => this.send(url, request), () => this.robots.crawlDelayMs(url, local))
  }

  private async send(url: URL, request: RequestOptions): Promise<HopResult> {
    const controller = new AbortController()
    const timer = setTimeout(() => controller.abort(), this.timeoutMs)
    try {
      const response = await fetch(url, {
        headers: this.requestHeaders(request),
        redirect: 'manual',
        signal: controller.signal,
        dispatcher: request.local ? this.localAgent : this.publicAgent,
      })
      const answer: Answer = { url, status: response.status, headers: response.headers, bytes: new Uint8Array(0) }
      if (response.status < 200 || response.status > 299) return { ok: true, answer }
      if (Number(response.headers.get('content-length')) > this.maxBytes) return this.tooLarge(url)
      const bytes = await readCapped(response.body, this.maxBytes)
      return bytes === null ? this.tooLarge(url) : { ok: true, answer: { ...answer, bytes } }
    } catch (error) {
      if (controller.signal.aborted) return failure('timeout', `No complete answer from ${url.href} within ${this.timeoutMs} ms`, url.href)
      return transportFailure(classifyTransportError(error), url)
    } finally {
      clearTimeout(timer)
      // Drops the connection when a body was left unread (an error page, a body over the cap).
      controller.abort()
    }
  }

  private requestHeaders(request: RequestOptions): Headers {
    const headers = new Headers(request.headers)
    headers.set('user-agent', this.userAgent)
    headers.set('accept-encoding', 'gzip, deflate, br')
    if (request.etag) headers.set('if-none-match', request.etag)
    if (request.lastModified) headers.set('if-modified-since', request.lastModified)
    return headers
  }

  private tooLarge(url: URL): FetchFailureOutcome {
    return failure('too_large', `Body of ${url.href} is larger than ${this.maxBytes} bytes`, url.href)
  }

  private outcome({ url, status, headers, bytes }: Answer): FetchOutcome {
    if (status === 304) return { ok: true, notModified: true, url: url.href }
    if (status < 200 || status > 299) {
      const retryAfter = retryAfterSeconds(headers.get('retry-after'), new Date())
      return failure('http_status', `HTTP ${status} from ${url.href}`, url.href, retryAfter === null ? { status } : { status, retryAfterSeconds: retryAfter })
    }
    const contentType = headers.get('content-type')
    return {
      ok: true,
      notModified: false,
      document: {
        url: url.href,
        status,
        contentType: mediaType(contentType),
        headers: Object.fromEntries(headers),
        text: decodeBody(bytes, contentType),
        bytes,
      },
      etag: headers.get('etag'),
      lastModified: headers.get('last-modified'),
      maxAgeSeconds: maxAgeSeconds(headers.get('cache-control')),
    }
  }
}

function transportFailure({ type, detail }: TransportError, url: URL): FetchFailureOutcome {
  const messages: Record<TransportError['type'], string> = {
    dns: `Cannot resolve host name ${url.hostname} (${detail})`,
    tls: `TLS connection to ${url.host} failed (${detail})`,
    timeout: `No answer from ${url.href} in time (${detail})`,
    blocked_address: `Refusing ${url.href}: ${detail}`,
    network: `Network error fetching ${url.href} (${detail})`,
  }
  return failure(type, messages[type], url.href)
}
