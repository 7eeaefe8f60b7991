import type { EnqueuedTaskPromise, Task } from 'meilisearch'

/** How long a write may take before we give up waiting: a batch of 1000 documents on a busy server. */
const TASK_TIMEOUT_MS = 120_000

/** A Meilisearch task that failed or was cancelled, with Meilisearch's own message. */
export class MeilisearchTaskError extends Error {
  override readonly name = 'MeilisearchTaskError'
  /** Meilisearch's error code (`index_not_found`, `invalid_document_id`, ...); null for a cancelled task. */
  readonly code: string | null

  constructor(task: Task) {
    super(`Meilisearch ${task.type} task ${task.uid} ${task.status}: ${task.error?.message ?? 'cancelled'}`)
    this.code = task.error?.code ?? null
  }
}

/** Waits until Meilisearch has processed the task; throws when it did not succeed. */
export async function completed(enqueued: EnqueuedTaskPromise): Promise<Task> {
  const task = await enqueued.waitTask({ timeout: TASK_TIMEOUT_MS })
  if (task.status !== 'succeeded') throw new MeilisearchTaskError(task)
  return task
}
