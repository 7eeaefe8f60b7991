import type { Adapter } from '../src/domain/adapter.ts'
import { facebookExportAdapter } from './facebook-export/index.ts'
import { deedmobAdapter } from './deedmob/index.ts'
import { feedAdapter } from './feed/index.ts'
import { forwardedAdapter } from './forwarded/index.ts'
import { htmlAdapter } from './html/index.ts'
import { icalAdapter } from './ical/index.ts'
import { jsonldAdapter } from './jsonld/index.ts'
import { mijnbuurtjeAdapter } from './mijnbuurtje/index.ts'
import { mobilizonAdapter } from './mobilizon/index.ts'
import { nlvoorelkaarAdapter } from './nlvoorelkaar/index.ts'
import { whatsappExportAdapter } from './whatsapp-export/index.ts'
import { wordpressAdapter } from './wordpress/index.ts'

/** Every adapter, by id: the CLI, the source config checks and the ingest runtime look them up here. */
export const adapters: Adapter[] = [
  feedAdapter,
  icalAdapter,
  mijnbuurtjeAdapter,
  nlvoorelkaarAdapter,
  deedmobAdapter,
  wordpressAdapter,
  jsonldAdapter,
  mobilizonAdapter,
  htmlAdapter,
  facebookExportAdapter,
  whatsappExportAdapter,
  forwardedAdapter,
]

export function getAdapter(id: string): Adapter | undefined {
  return adapters.find((adapter) => adapter.id === id)
}
