import { categoryLabel, type Category, type Kind } from '../../domain/taxonomy.ts'
import type { SearchQuery } from '../../search/search-index.ts'
import { platformName } from '../platform-names.ts'
import { endOfPeriod, type Period } from './event-days.ts'

/** What a resident chose on the wijk page; every state has its own address (`wijkHref`). */
export interface WijkFilters {
  q: string
  kind?: Kind
  category?: Category
  platform?: string
  /** Today's or this week's events; it goes only with kind `event` (`periodOf`). Without it every upcoming event. */
  when?: Period
}

/** The filter names residents see, in the plural of the taxonomy's kinds. */
export const KIND_FILTERS: Record<Kind, string> = { request: 'Hulpvragen', offer: 'Aanbod', event: 'Activiteiten', info: 'Nieuws' }

export const PERIOD_FILTERS: Record<Period, string> = { today: 'Vandaag', week: 'Deze week' }

/** A platform id as adapters write them: lower-case letters, digits and dashes. */
export const isPlatformId = (value: string) => /^[a-z0-9][a-z0-9-]{0,39}$/.test(value)

/** The agenda (kind `event`) shows the events still to come, soonest first; everything else is newest first. */
export const showsAgenda = (filters: WijkFilters) => filters.kind === 'event'

/** The period asked for, when it applies: only the agenda has one. */
const periodOf = (filters: WijkFilters) => (showsAgenda(filters) ? filters.when : undefined)

/** The filters as query parameters, in a fixed order (so one state has one address), unset ones left out. */
export function filterParams(filters: WijkFilters): { name: string; value: string }[] {
  const params = [
    { name: 'kind', value: filters.kind },
    { name: 'when', value: periodOf(filters) },
    { name: 'category', value: filters.category },
    { name: 'platform', value: filters.platform },
  ]
  return params.filter((param): param is { name: string; value: string } => Boolean(param.value))
}

/** The page of a filter state: `/wijk/slug?q=...&kind=...`, and a cursor for a later page. */
export function wijkHref(slug: string, filters: WijkFilters, cursor?: string): string {
  const query = new URLSearchParams()
  if (filters.q) query.set('q', filters.q)
  for (const { name, value } of filterParams(filters)) query.set(name, value)
  if (cursor) query.set('cursor', cursor)
  const search = query.toString()
  return `/wijk/${encodeURIComponent(slug)}${search ? `?${search}` : ''}`
}

/** The search of a filter state: one query, whose facets also give the counts on the filter chips. */
export function wijkSearchQuery(slug: string, filters: WijkFilters, now: Date, limit: number): SearchQuery {
  const period = periodOf(filters)
  return {
    wijk: slug,
    q: filters.q,
    ...(filters.kind ? { kind: [filters.kind] } : {}),
    ...(filters.category ? { category: [filters.category] } : {}),
    ...(filters.platform ? { platform: [filters.platform] } : {}),
    ...(showsAgenda(filters) ? { sort: 'soonest' as const } : {}),
    ...(period ? { to: endOfPeriod(period, now) } : {}),
    limit,
  }
}

/** The chosen filters in words, for the page title: "Activiteiten, Vandaag, Boodschappen". */
export function filterLabels(filters: WijkFilters): string[] {
  const period = periodOf(filters)
  return [
    filters.kind && KIND_FILTERS[filters.kind],
    period && PERIOD_FILTERS[period],
    filters.category && categoryLabel(filters.category),
    filters.platform && platformName(filters.platform),
  ].filter((label): label is string => Boolean(label))
}
