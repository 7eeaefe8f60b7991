import { PassThrough } from 'node:stream'
import { main } from '../../src/cli/main.ts'

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
