import { CATEGORIES, categoryLabel, KINDS } from '../../domain/taxonomy.ts'
import type { SearchResult } from '../../search/search-index.ts'
import { platformName } from '../platform-names.ts'
import { PERIODS } from './event-days.ts'
import { filterParams, KIND_FILTERS, PERIOD_FILTERS, showsAgenda, wijkHref, type WijkFilters } from './wijk-filters.ts'

interface Chip {
  label: string
  /** How many items the chip leads to; left out where the search cannot tell. */
  count?: number
  filters: WijkFilters
  active: boolean
  /** An active chip that takes its filter off again (categories, platforms: one at a time). */
  removes?: boolean
}

interface ChipGroupProps {
  id: string
  label: string
  slug: string
  chips: Chip[]
  /** Folded away until opened, unless one of its chips is chosen: the long lists would push the items far down on a phone. */
  folded?: boolean
}

function ChipGroup({ id, label, slug, chips, folded = false }: ChipGroupProps) {
  if (chips.length === 0) return null
  const list = (
    <ul class="chips" aria-labelledby={`filter-${id}`}>
      {chips.map((chip) => (
        <li>
          <a class="chip" href={wijkHref(slug, chip.filters)} aria-current={chip.active ? 'true' : undefined}>
            {chip.active && <span aria-hidden="true">✓ </span>}
            {chip.count === undefined ? chip.label : `${chip.label} (${chip.count})`}
            {chip.removes && (
              <>
                <span aria-hidden="true"> ✕</span>
                <span class="visually-hidden">, filter uitzetten</span>
              </>
            )}
          </a>
        </li>
      ))}
    </ul>
  )
  if (!folded) {
    return (
      <div class="filter-group">
        <p class="filter-label" id={`filter-${id}`}>{label}</p>
        {list}
      </div>
    )
  }
  return (
    <details class="filter-group" open={chips.some((chip) => chip.active)}>
      <summary class="filter-label" id={`filter-${id}`}>{label}</summary>
      {list}
    </details>
  )
}

/**
 * One search gives the counts (its facets), so a chip shows one only where that is what the chip leads to: in a
 * group with nothing chosen; in a group with a choice, the other values were counted within that choice.
 */
function kindChips(filters: WijkFilters, result: SearchResult): Chip[] {
  const anyKind = { ...filters, kind: undefined, when: undefined }
  return [
    { label: 'Alles', filters: anyKind, active: !filters.kind, ...(filters.kind ? {} : { count: result.total }) },
    ...KINDS.map((kind) => {
      const active = filters.kind === kind
      // Counted over all events; the agenda it leads to shows only those still to come.
      const counted = active || (!filters.kind && kind !== 'event')
      return {
        label: KIND_FILTERS[kind],
        filters: { ...anyKind, kind },
        active,
        ...(counted ? { count: active ? result.total : (result.facets.kind[kind] ?? 0) } : {}),
      }
    }),
  ]
}

function periodChips(filters: WijkFilters, result: SearchResult): Chip[] {
  const options = [undefined, ...PERIODS]
  return options.map((when) => ({
    label: when ? PERIOD_FILTERS[when] : 'Alles komend',
    filters: { ...filters, when },
    active: filters.when === when,
    ...(filters.when === when ? { count: result.total } : {}),
  }))
}

interface OneAtATime<T extends string> {
  chosen: T | undefined
  values: T[]
  counts: Record<string, number>
  label: (value: T) => string
  choose: (value: T | undefined) => WijkFilters
  total: number
}

/** The chosen value alone (choosing it again takes it off), or every value with matches and its count. */
function oneAtATime<T extends string>({ chosen, values, counts, label, choose, total }: OneAtATime<T>): Chip[] {
  if (chosen) return [{ label: label(chosen), count: total, filters: choose(undefined), active: true, removes: true }]
  return values
    .filter((value) => (counts[value] ?? 0) > 0)
    .map((value) => ({ label: label(value), count: counts[value]!, filters: choose(value), active: false }))
}

export function FilterChips({ slug, filters, result }: { slug: string; filters: WijkFilters; result: SearchResult }) {
  const platforms = Object.keys(result.facets.platform).sort((a, b) => platformName(a).localeCompare(platformName(b), 'nl'))
  return (
    <nav class="filters" aria-label="Filters">
      <ChipGroup id="kind" label="Soort bericht" slug={slug} chips={kindChips(filters, result)} />
      {showsAgenda(filters) && <ChipGroup id="when" label="Wanneer" slug={slug} chips={periodChips(filters, result)} />}
      <ChipGroup
        id="category"
        label="Onderwerp"
        slug={slug}
        folded
        chips={oneAtATime({
          chosen: filters.category,
          values: [...CATEGORIES],
          counts: result.facets.category,
          label: categoryLabel,
          choose: (category) => ({ ...filters, category }),
          total: result.total,
        })}
      />
      <ChipGroup
        id="platform"
        label="Platform"
        slug={slug}
        folded
        chips={oneAtATime({
          chosen: filters.platform,
          values: platforms,
          counts: result.facets.platform,
          label: platformName,
          choose: (platform) => ({ ...filters, platform }),
          total: result.total,
        })}
      />
      {filterParams(filters).length > 0 && (
        <p class="clear-filters">
          <a href={wijkHref(slug, { q: filters.q })}>Alle filters wissen</a>
        </p>
      )}
    </nav>
  )
}
