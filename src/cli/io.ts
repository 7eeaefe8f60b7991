import type { Readable, Writable } from 'node:stream'

/** Where a command reads and writes: the process's streams, or buffers in tests. */
export interface CliIo {
  stdin: Readable
  stdout: Writable
  stderr: Writable
}

/** Bad input from the user: the CLI prints the message as one line on stderr and exits with 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError'
}

export type Command = (args: string[], io: CliIo) => Promise<number>

/** Reads all of a stream (stdin, a file) into one buffer. */
export async function readAll(stream: Readable): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  return Buffer.concat(chunks)
}
