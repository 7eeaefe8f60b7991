import { PassThrough } from 'node:stream'
import { afterAll, beforeAll, expect, vi } from 'vitest'
import { main } from '../../src/cli/main.ts'
import { createTestDatabaseEnv } from '../helpers/database.ts'

export interface CliRun {
  code: number
  stdout: string
  stderr: string
}

/** Runs one CLI command in-process, as `buurtfeed ...` would, and collects its output. */
export async function runCli(args: string[], stdin = ''): Promise<CliRun> {
  const stdout = new PassThrough()
  const stderr = new PassThrough()
  const out: Buffer[] = []
  const err: Buffer[] = []
  stdout.on('data', (chunk: Buffer) => out.push(chunk))
  stderr.on('data', (chunk: Buffer) => err.push(chunk))
  const input = new PassThrough()
  input.end(stdin)
  const code = await main(args, { stdin: input, stdout, stderr })
  return { code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }
}

/** Bad input: exit 2 and exactly one line on stderr. */
export function expectUsageError(run: CliRun, pattern: RegExp): void {
  expect(run.code).toBe(2)
  expect(run.stderr.trimEnd().split('\n')).toHaveLength(1)
  expect(run.stderr).toMatch(pattern)
}

/** A fresh database for the CLI commands of one test file, handed to them through the environment. */
export function useCliDatabase(): { env: () => Record<string, string | undefined> } {
  let database: Awaited<ReturnType<typeof createTestDatabaseEnv>>
  beforeAll(async () => {
    database = await createTestDatabaseEnv()
    vi.stubEnv('DATABASE_URL', database.env.DATABASE_URL ?? '')
    vi.stubEnv('BUURTFEED_DATA_DIR', database.env.BUURTFEED_DATA_DIR ?? '')
  })
  afterAll(async () => {
    vi.unstubAllEnvs()
    await database.destroy()
  })
  return { env: () => database.env }
}
