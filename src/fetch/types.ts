import type { DocumentRequest, FetchedDocument } from '../domain/adapter.ts'
import type { SourceErrorType } from '../domain/source-health.ts'

export interface FetchRequest extends Pick<DocumentRequest, 'url' | 'headers'> {
  /** Validators stored from the previous successful fetch, for a conditional GET. */
  etag?: string | null
  lastModified?: string | null
  /** The source is local (an upload or a test): allows file: URLs and non-public addresses. */
  local?: boolean
}

export interface FetchFailure {
  type: SourceErrorType
  /** One line of plain English with the useful detail: "HTTP 503 from https://example.nl/feed". */
  message: string
  /** The URL whose request failed (a redirect target, when the failure came after a redirect). */
  url: string
  status?: number
  retryAfterSeconds?: number
}

export type FetchOutcome =
  | { ok: true; notModified: true; url: string }
  | {
      ok: true
      notModified: false
      document: FetchedDocument
      etag: string | null
      lastModified: string | null
      maxAgeSeconds: number | null
    }
  | { ok: false; error: FetchFailure }

export type FetchFailureOutcome = Extract<FetchOutcome, { ok: false }>

export function failure(type: SourceErrorType, message: string, url: string, extra: Pick<FetchFailure, 'status' | 'retryAfterSeconds'> = {}): FetchFailureOutcome {
  return { ok: false, error: { type, message: message.replace(/\s+/g, ' ').trim(), url, ...extra } }
}
