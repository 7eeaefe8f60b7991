import type { NewWijk, StoredWijk } from '../store/wijken.ts'
import { foldName, slugFromName } from './fold-name.ts'
import type { ImportedWijk } from './imported-wijk.ts'

export type ImportStep =
  | { action: 'added' | 'updated'; wijk: NewWijk; imported: ImportedWijk }
  | { action: 'skipped'; reason: string; imported: ImportedWijk }

/**
 * What importing these wijken does to the stored ones, in the order given. A wijk updates the stored wijk
 * with its CBS code, or else the one with its slug (from its name) when that is not another gemeente's or
 * another CBS code's. Otherwise it is added, with the plain slug when that is free and no other wijk in the
 * import has it, else with its gemeente ("centrum-roosendaal"), else also with its code. What the file does
 * not say (the area of a postcode table's wijk, the postcodes of a map's) stays as stored.
 */
export function planImport(imported: ImportedWijk[], stored: StoredWijk[]): ImportStep[] {
  const storedByCode = new Map(stored.flatMap((s) => (s.cbsCode ? [[s.cbsCode, s] as const] : [])))
  const storedBySlug = new Map(stored.map((s) => [s.slug, s]))
  const claimed = new Set<string>()
  const steps = new Map<ImportedWijk, ImportStep>()
  for (const wijk of imported) {
    const byCode = wijk.cbsCode ? storedByCode.get(wijk.cbsCode) : undefined
    if (byCode && !claimed.has(byCode.slug)) {
      claimed.add(byCode.slug)
      steps.set(wijk, { action: 'updated', wijk: toNewWijk(byCode.slug, wijk, byCode), imported: wijk })
    }
  }

  const rest = imported.filter((wijk) => !steps.has(wijk))
  const plainSlugCount = new Map<string, number>()
  for (const { name } of rest) if (name) plainSlugCount.set(slugFromName(name), (plainSlugCount.get(slugFromName(name)) ?? 0) + 1)
  for (const wijk of rest) {
    steps.set(wijk, wijk.name ? planBySlug(wijk, wijk.name) : { action: 'skipped', reason: 'the postcode table gives only its CBS code: import the GeoJSON with it for a name', imported: wijk })
  }
  return imported.map((wijk) => steps.get(wijk)!)

  function planBySlug(wijk: ImportedWijk, name: string): ImportStep {
    const plain = slugFromName(name)
    const withGemeente = wijk.gemeente ? slugFromName(`${name} ${wijk.gemeente}`) : null
    const withCode = wijk.cbsCode ? `${withGemeente ?? plain}-${wijk.cbsCode.toLowerCase()}` : null
    for (const slug of [plainSlugCount.get(plain)! > 1 ? null : plain, withGemeente, withCode]) {
      if (!slug || claimed.has(slug)) continue
      const existing = storedBySlug.get(slug)
      if (existing && !isSameWijk(existing, wijk)) continue
      claimed.add(slug)
      return { action: existing ? 'updated' : 'added', wijk: toNewWijk(slug, wijk, existing), imported: wijk }
    }
    const tried = [plain, withGemeente, withCode].filter(Boolean).join(', ')
    return { action: 'skipped', reason: tried ? `its slugs (${tried}) belong to other wijken` : 'its name has no letters or digits for a slug', imported: wijk }
  }
}

function isSameWijk(stored: StoredWijk, wijk: ImportedWijk): boolean {
  if (stored.cbsCode && wijk.cbsCode && stored.cbsCode !== wijk.cbsCode) return false
  return !stored.gemeente || !wijk.gemeente || foldName(stored.gemeente) === foldName(wijk.gemeente)
}

function toNewWijk(slug: string, wijk: ImportedWijk, stored?: StoredWijk): NewWijk & { slug: string } {
  const gemeente = wijk.gemeente ?? stored?.gemeente
  const cbsCode = wijk.cbsCode ?? stored?.cbsCode
  // A stored year belongs to the stored code.
  const cbsYear = wijk.cbsYear ?? (cbsCode === stored?.cbsCode ? stored?.cbsYear : null)
  const geojson = wijk.geometry ? { ...wijk.geometry } : stored?.geojson
  return {
    slug,
    name: wijk.name ?? stored!.name,
    ...(gemeente ? { gemeente } : {}),
    ...(cbsCode ? { cbsCode } : {}),
    ...(cbsYear ? { cbsYear } : {}),
    postcodes: wijk.postcodes ?? stored?.postcodes ?? [],
    ...(geojson ? { geojson } : {}),
    demo: stored?.demo ?? false,
  }
}
