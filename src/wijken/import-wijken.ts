import type { Kysely } from 'kysely'
import type { Database } from '../store/schema.ts'
import { listStoredWijken, saveWijk } from '../store/wijken.ts'
import type { ImportedWijk } from './imported-wijk.ts'
import { planImport, type ImportStep } from './plan-import.ts'

/** Adds or updates the wijken (see planImport), all or none. */
export async function importWijken(db: Kysely<Database>, wijken: ImportedWijk[]): Promise<ImportStep[]> {
  return db.transaction().execute(async (trx) => {
    const steps = planImport(wijken, await listStoredWijken(trx))
    for (const step of steps) if (step.action !== 'skipped') await saveWijk(trx, step.wijk)
    return steps
  })
}
