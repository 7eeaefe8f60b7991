import { CompiledQuery, type Kysely, type QueryId } from 'kysely'
import { PostgresSearch } from '../../../src/search/postgres.ts'
import type { SearchIndex, SearchQuery } from '../../../src/search/search-index.ts'
import type { Database } from '../../../src/store/schema.ts'
import { summariseLatencies, type LatencySummary } from './percentiles.ts'

export interface BenchQuery {
  name: string
  /** With a filter (wijk, kind, category, status): what the latency target is about. */
  filtered: boolean
  query(wijk: string): SearchQuery
}

/** What residents typically ask: words alone over the gemeente, words with filters, and a wijk's lists without words. */
export const BENCH_QUERIES: BenchQuery[] = [
  { name: 'text "hulp boodschappen"', filtered: false, query: () => ({ q: 'hulp boodschappen', limit: 20 }) },
  { name: 'text "fiets"', filtered: false, query: () => ({ q: 'fiets', limit: 20 }) },
  { name: 'text misspelled "boodschapen"', filtered: false, query: () => ({ q: 'boodschapen', limit: 20 }) },
  { name: 'text prefix "klu"', filtered: false, query: () => ({ q: 'klu', limit: 20 }) },
  { name: '"hulp" + wijk + kind request', filtered: true, query: (wijk) => ({ q: 'hulp', wijk, kind: ['request'], limit: 20 }) },
  {
    name: '"boodschappen" + wijk + category + open',
    filtered: true,
    query: (wijk) => ({ q: 'boodschappen', wijk, category: ['boodschappen'], status: 'open', limit: 20 }),
  },
  { name: 'wijk, newest', filtered: true, query: (wijk) => ({ wijk, limit: 20 }) },
  { name: 'wijk, upcoming events soonest', filtered: true, query: (wijk) => ({ wijk, kind: ['event'], sort: 'soonest', limit: 20 }) },
]

export interface QueryLatency extends LatencySummary {
  /** Matching items (the result's total), median over the runs. */
  matches: number
}

export interface LatencyBudget {
  runs: number
  warmupRuns: number
  /** A slow query stops earlier: after this many seconds of timed runs (and at least `minRuns`). */
  maxSeconds: number
  minRuns: number
}

/**
 * Warm latency of one query through the search index: warm-up runs first (at most a tenth of the time budget),
 * then timed ones, one after the other, turning through the given wijken.
 */
export async function measureLatency(search: SearchIndex, query: BenchQuery, wijken: string[], budget: LatencyBudget): Promise<QueryLatency> {
  const run = async (index: number) => {
    const started = performance.now()
    const result = await search.search(query.query(wijken[index % wijken.length]!))
    return { ms: performance.now() - started, total: result.total }
  }
  const warmupEnd = performance.now() + (budget.maxSeconds * 1000) / 10
  for (let index = 0; index < budget.warmupRuns && performance.now() < warmupEnd; index++) await run(index)
  const durations: number[] = []
  const totals: number[] = []
  const end = performance.now() + budget.maxSeconds * 1000
  while (durations.length < budget.runs && (durations.length < budget.minRuns || performance.now() < end)) {
    const { ms, total } = await run(durations.length)
    durations.push(ms)
    totals.push(total)
  }
  return { ...summariseLatencies(durations), matches: totals.sort((a, b) => a - b)[Math.floor(totals.length / 2)]! }
}

/** Runs the query once with its SQL captured, then shows how PostgreSQL ran each statement (EXPLAIN ANALYZE, BUFFERS). */
export async function explainQuery(db: Kysely<Database>, query: SearchQuery): Promise<string[]> {
  // Builders inside a statement (the facets' CTE) are compiled on their own too; only executed statements get a result.
  const compiled = new Map<QueryId, CompiledQuery>()
  const executed: CompiledQuery[] = []
  const capturing = db.withPlugin({
    transformQuery: ({ node, queryId }) => {
      compiled.set(queryId, db.getExecutor().compileQuery(node, queryId))
      return node
    },
    transformResult: async ({ result, queryId }) => {
      const statement = compiled.get(queryId)
      if (statement) executed.push(statement)
      return result
    },
  })
  await new PostgresSearch(capturing).search(query)
  const plans: string[] = []
  for (const statement of executed) {
    const { rows } = await db.executeQuery<{ 'QUERY PLAN': string }>(
      CompiledQuery.raw(`EXPLAIN (ANALYZE, BUFFERS) ${statement.sql}`, [...statement.parameters]),
    )
    plans.push(rows.map((row) => row['QUERY PLAN']).join('\n'))
  }
  return plans
}
