import type { Adapter } from '../src/domain/adapter.ts'
import { feedAdapter } from './feed/index.ts'
import { forwardedAdapter } from './forwarded/index.ts'
import { icalAdapter } from './ical/index.ts'
import { jsonldAdapter } from './jsonld/index.ts'
import { mobilizonAdapter } from './mobilizon/index.ts'
import { wordpressAdapter } from './wordpress/index.ts'

/** Every adapter, by id: the CLI, the source config checks and the ingest runtime look them up here. */
export const adapters: Adapter[] = [feedAdapter, icalAdapter, wordpressAdapter, jsonldAdapter, mobilizonAdapter, forwardedAdapter]

export function getAdapter(id: string): Adapter | undefined {
  return adapters.find((adapter) => adapter.id === id)
}
