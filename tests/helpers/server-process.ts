import { spawn, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { fileURLToPath } from 'node:url'

export const buurtfeedBin = fileURLToPath(new URL('../../bin/buurtfeed.js', import.meta.url))

export async function freePort(): Promise<number> {
  const probe = createServer().listen(0, '127.0.0.1')
  await once(probe, 'listening')
  const { port } = probe.address() as { port: number }
  probe.close()
  return port
}

/** Polls `probe` until it gives a value (errors count as not yet); the message names what was awaited. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 60_000, log = () => ''): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe().catch(() => undefined)
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; server log:\n${log()}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

export interface ServerProcess {
  process: ChildProcess
  base: string
  env: NodeJS.ProcessEnv
  /** What the server printed so far. */
  log(): string
  /** SIGKILL when still running. */
  kill(): Promise<void>
}

/** `buurtfeed serve` as a real process on a free loopback port, with the given environment on top of ours. */
export async function startServer(env: Record<string, string>): Promise<ServerProcess> {
  const port = await freePort()
  const fullEnv = { ...process.env, DATABASE_URL: '', BUURTFEED_DATA_DIR: '', ...env }
  const child = spawn(process.execPath, [buurtfeedBin, 'serve', '--port', String(port)], { env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'] })
  let output = ''
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return {
    process: child,
    base: `http://127.0.0.1:${port}`,
    env: fullEnv,
    log: () => output,
    kill: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return
      child.kill('SIGKILL')
      await once(child, 'exit')
    },
  }
}
