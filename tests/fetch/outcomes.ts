import type { FetchedDocument } from '../../src/domain/adapter.ts'
import type { FetchFailure, FetchOutcome } from '../../src/fetch/index.ts'

export const USER_AGENT = 'Buurtfeed/0.1 (+https://buurtfeed.test/about)'

/** The outcome's document; throws (failing the test) when there is none. */
export function documentOf(outcome: FetchOutcome): FetchedDocument {
  if (!outcome.ok || outcome.notModified) throw new Error(`expected a document, got ${JSON.stringify(outcome)}`)
  return outcome.document
}

/** The outcome's failure; throws (failing the test) when it succeeded. */
export function failureOf(outcome: FetchOutcome): FetchFailure {
  if (outcome.ok) throw new Error(`expected a failure, got a success for ${outcome.notModified ? outcome.url : outcome.document.url}`)
  return outcome.error
}
