import { createServer, type IncomingMessage } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { MeilisearchErrorResponse, MultiSearchQuery, TaskType } from 'meilisearch'

export interface RecordedRequest {
  method: string
  /** Without the query string. */
  path: string
  query: URLSearchParams
  authorization: string | undefined
  body: unknown
}

/** A write Meilisearch queues as a task, and the error it fails with (null: it succeeds). */
export type TaskOutcome = (request: RecordedRequest) => Omit<MeilisearchErrorResponse, 'link'> | null

export type SearchAnswer = (query: MultiSearchQuery, position: number) => Record<string, unknown>

export interface FakeMeilisearch {
  host: string
  requests: RecordedRequest[]
  /** The requests, as "METHOD path" lines; task polls included. */
  lines(): string[]
  /** Index uids that exist. */
  indexes: Set<string>
  failTask: TaskOutcome
  answerSearch: SearchAnswer
  close(): Promise<void>
}

const WRITES: { method: string; pattern: RegExp; type: TaskType }[] = [
  { method: 'POST', pattern: /^\/indexes$/, type: 'indexCreation' },
  { method: 'DELETE', pattern: /^\/indexes\/[^/]+$/, type: 'indexDeletion' },
  { method: 'PATCH', pattern: /^\/indexes\/[^/]+\/settings$/, type: 'settingsUpdate' },
  { method: 'POST', pattern: /^\/indexes\/[^/]+\/documents$/, type: 'documentAdditionOrUpdate' },
  { method: 'POST', pattern: /^\/indexes\/[^/]+\/documents\/delete-batch$/, type: 'documentDeletion' },
]

interface FakeTask {
  uid: number
  indexUid: string
  type: TaskType
  error: Omit<MeilisearchErrorResponse, 'link'> | null
  polls: number
  onSuccess: () => void
}

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = []
  for await (const chunk of request) chunks.push(chunk as Buffer)
  const text = Buffer.concat(chunks).toString('utf8')
  return text === '' ? undefined : JSON.parse(text)
}

const indexNotFound = (uid: string) => ({ message: `Index \`${uid}\` not found.`, code: 'index_not_found', type: 'invalid_request' })

const emptyAnswer: SearchAnswer = (query) => ({
  indexUid: query.indexUid, hits: [], query: query.q ?? '', processingTimeMs: 0,
  limit: query.limit ?? 20, offset: query.offset ?? 0, estimatedTotalHits: 0, facetDistribution: {},
})

/**
 * Answers like Meilisearch 1.x on 127.0.0.1, for the routes the backend uses, and records every request. Writes
 * are queued as tasks that are `processing` at the first poll and done at the next: succeeded, or failed when
 * `failTask` says so.
 */
export async function startFakeMeilisearch(): Promise<FakeMeilisearch> {
  const tasks = new Map<number, FakeTask>()
  const fake: FakeMeilisearch = {
    host: '',
    requests: [],
    lines: () => fake.requests.map((request) => `${request.method} ${request.path}`),
    indexes: new Set(),
    failTask: () => null,
    answerSearch: emptyAnswer,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }

  const server = createServer((request, response) => {
    void (async () => {
      const url = new URL(request.url ?? '/', 'http://meilisearch')
      const recorded: RecordedRequest = {
        method: request.method ?? 'GET',
        path: url.pathname,
        query: url.searchParams,
        authorization: request.headers.authorization,
        body: await readBody(request),
      }
      fake.requests.push(recorded)
      const answer = (status: number, body: unknown) =>
        response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body))

      const write = WRITES.find((w) => w.method === recorded.method && w.pattern.test(recorded.path))
      if (write) {
        const indexUid = write.type === 'indexCreation' ? (recorded.body as { uid: string }).uid : recorded.path.split('/')[2]!
        const error = fake.failTask(recorded) ?? (write.type === 'indexDeletion' && !fake.indexes.has(indexUid) ? indexNotFound(indexUid) : null)
        const uid = tasks.size
        const onSuccess = () => {
          if (write.type === 'indexCreation') fake.indexes.add(indexUid)
          if (write.type === 'indexDeletion') fake.indexes.delete(indexUid)
        }
        tasks.set(uid, { uid, indexUid, type: write.type, error, polls: 0, onSuccess })
        return answer(202, { taskUid: uid, indexUid, status: 'enqueued', type: write.type, enqueuedAt: new Date().toISOString() })
      }

      const taskUid = /^\/tasks\/(\d+)$/.exec(recorded.path)?.[1]
      if (recorded.method === 'GET' && taskUid !== undefined) {
        const task = tasks.get(Number(taskUid))
        if (!task) return answer(404, { message: `Task \`${taskUid}\` not found.`, code: 'task_not_found', type: 'invalid_request' })
        task.polls++
        const done = task.polls > 1
        if (done && task.polls === 2 && task.error === null) task.onSuccess()
        const status = !done ? 'processing' : task.error ? 'failed' : 'succeeded'
        return answer(200, {
          uid: task.uid, batchUid: task.uid, indexUid: task.indexUid, status, type: task.type, canceledBy: null, details: {},
          error: done && task.error ? { ...task.error, link: 'https://docs.meilisearch.com/errors' } : null,
          duration: done ? 'PT0.001S' : null, enqueuedAt: new Date().toISOString(), startedAt: new Date().toISOString(),
          finishedAt: done ? new Date().toISOString() : null,
        })
      }

      const indexUid = /^\/indexes\/([^/]+)$/.exec(recorded.path)?.[1]
      if (recorded.method === 'GET' && indexUid !== undefined) {
        if (!fake.indexes.has(indexUid)) return answer(404, indexNotFound(indexUid))
        return answer(200, { uid: indexUid, primaryKey: 'id', createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() })
      }

      if (recorded.method === 'POST' && recorded.path === '/multi-search') {
        const { queries } = recorded.body as { queries: MultiSearchQuery[] }
        return answer(200, { results: queries.map((query, i) => ({ ...emptyAnswer(query, i), ...fake.answerSearch(query, i) })) })
      }
      answer(404, { message: `no route ${recorded.method} ${recorded.path}`, code: 'not_found', type: 'invalid_request' })
    })()
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  fake.host = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return fake
}
