import { setTimeout as sleep } from 'node:timers/promises'
import PQueue from 'p-queue'

/**
 * One request at a time per host, with a pause after each before the next to that host.
 * Different hosts run in parallel; a host's queue is dropped once it is idle.
 */
export class HostQueue {
  private readonly queues = new Map<string, PQueue>()

  /** @param minGapMs the pause after every request to a host, also when it asks for no crawl delay */
  constructor(private readonly minGapMs: number) {}

  /**
   * Runs task when the host is free and resolves with its result right away. The host stays
   * busy for the gap after it: the larger of minGapMs and crawlDelayMs().
   */
  run<T>(host: string, task: () => Promise<T>, crawlDelayMs: () => number = () => 0): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      void this.queueFor(host).add(async () => {
        await task().then(resolve, reject)
        const finished = performance.now()
        await sleep(this.minGapMs)
        // Read after a timer turn, so a robots.txt this very task fetched has been parsed by now.
        const remainingMs = crawlDelayMs() - (performance.now() - finished)
        if (remainingMs > 0) await sleep(remainingMs)
      })
    })
  }

  /** The number of hosts with a request running, waiting or pausing. */
  get activeHosts(): number {
    return this.queues.size
  }

  private queueFor(host: string): PQueue {
    const existing = this.queues.get(host)
    if (existing) return existing
    const queue = new PQueue({ concurrency: 1 })
    queue.on('idle', () => this.queues.delete(host))
    this.queues.set(host, queue)
    return queue
  }
}
