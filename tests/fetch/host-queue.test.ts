import { setTimeout as sleep } from 'node:timers/promises'
import { describe, expect, it } from 'vitest'
import { HostQueue } from '../../src/fetch/host-queue.ts'

/** A task that records when it ran and takes durationMs. */
function recorder() {
  const runs: Array<{ name: string; start: number; end: number }> = []
  const task = (name: string, durationMs = 20) => async () => {
    const start = performance.now()
    await sleep(durationMs)
    runs.push({ name, start, end: performance.now() })
    return name
  }
  return { runs, task }
}

describe('HostQueue', () => {
  it('runs one task at a time per host, with the gap between them', async () => {
    const queue = new HostQueue(100)
    const { runs, task } = recorder()
    const results = await Promise.all([queue.run('a.nl', task('first')), queue.run('a.nl', task('second'))])
    expect(results).toEqual(['first', 'second'])
    const [first, second] = runs
    expect(second!.start - first!.end).toBeGreaterThanOrEqual(95)
  })

  it('resolves a task before its gap has passed', async () => {
    const queue = new HostQueue(500)
    const started = performance.now()
    await queue.run('a.nl', async () => 'done')
    // Well under the 500 ms gap: the caller does not wait for the pause after its own request.
    expect(performance.now() - started).toBeLessThan(400)
  })

  it('uses the crawl delay when it is longer than the minimum gap', async () => {
    const queue = new HostQueue(0)
    const { runs, task } = recorder()
    await Promise.all([queue.run('a.nl', task('first'), () => 150), queue.run('a.nl', task('second'))])
    expect(runs[1]!.start - runs[0]!.end).toBeGreaterThanOrEqual(145)
  })

  it('runs different hosts in parallel', async () => {
    const queue = new HostQueue(200)
    const { runs, task } = recorder()
    await Promise.all([queue.run('a.nl', task('a', 50)), queue.run('b.nl', task('b', 50))])
    // One after the other, the second would start at least 250 ms (task + gap) after the first.
    expect(Math.abs(runs[0]!.start - runs[1]!.start)).toBeLessThan(200)
  })

  it('passes a failing task on and carries on with the next', async () => {
    const queue = new HostQueue(0)
    const failing = queue.run('a.nl', async () => {
      throw new Error('kapot')
    })
    await expect(failing).rejects.toThrow('kapot')
    await expect(queue.run('a.nl', async () => 'next')).resolves.toBe('next')
  })

  it('drops the queue of a host once it is idle and its gap has passed', async () => {
    const queue = new HostQueue(50)
    await Promise.all([queue.run('a.nl', async () => 1), queue.run('b.nl', async () => 2)])
    expect(queue.activeHosts).toBe(2)
    await sleep(80)
    expect(queue.activeHosts).toBe(0)
  })
})
