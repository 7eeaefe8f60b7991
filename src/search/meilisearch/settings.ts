import type { Settings } from 'meilisearch'
import { dutchStem } from '../dutch-stems.ts'
import { SEARCH_SYNONYMS } from '../synonyms.ts'

/** Values compared only for being equal (`=`, `IN`): no range structures needed. */
const EQUALITY = { facetSearch: false, filter: { equality: true, comparison: false } }
/** Timestamps and numbers: also `<`, `>=`. */
const COMPARISON = { facetSearch: false, filter: { equality: true, comparison: true } }

/** Searched in this order of importance: a word in the title counts most. The texts are Dutch stems (document.ts). */
export const SEARCHABLE_ATTRIBUTES = ['titleStems', 'summaryStems', 'bodyStems', 'placeName', 'postcode', 'sourceName']

/** Beyond this many hits a search does not page (and counts come from facets, which have no such cap). */
export const MAX_TOTAL_HITS = 1000

/**
 * The index settings, applied before any document. The documents are made in document.ts; the filters that
 * use these attributes in filters.ts.
 */
export const INDEX_SETTINGS = {
  searchableAttributes: SEARCHABLE_ATTRIBUTES,
  filterableAttributes: [
    { attributePatterns: ['kind', 'categories', 'platform', 'sourceId', 'wijk', 'cluster', 'showsCluster', 'sourceStatus'], features: EQUALITY },
    { attributePatterns: ['sortAt', 'dateAt', 'overAt', 'expiresAt', 'reactions'], features: COMPARISON },
    // Geo filtering is switched on by the plain name only, never by a pattern.
    '_geo',
  ],
  sortableAttributes: ['sortAt', 'startsAt', 'id'],
  // `sort` first: an asked order (newest, soonest) decides; without one, relevance, then freshness.
  rankingRules: ['sort', 'words', 'typo', 'proximity', 'attribute', 'exactness', 'sortAt:desc'],
  localizedAttributes: [{ attributePatterns: ['titleStems', 'summaryStems', 'bodyStems', 'placeName', 'sourceName'], locales: ['nld'] }],
  // Meilisearch wants every word with its others, as the stems it indexes; a word in two groups gets both.
  synonyms: stemmedSynonyms(),
  // "3572" is not a typo of "3573", nor one house number of another.
  typoTolerance: { enabled: true, disableOnAttributes: ['postcode'], disableOnNumbers: true },
  pagination: { maxTotalHits: MAX_TOTAL_HITS },
  // Every source of every wijk in one facet; the commonest first if there are ever more.
  faceting: { maxValuesPerFacet: 1000, sortFacetValuesBy: { '*': 'count' } },
  facetSearch: false,
} satisfies Settings

/** Each stem of the synonyms table with the stems of the other words in its groups. */
function stemmedSynonyms(): Record<string, string[]> {
  const groups = SEARCH_SYNONYMS.map((group) => [...new Set(group.map(dutchStem))])
  const stems = [...new Set(groups.flat())]
  return Object.fromEntries(stems.map((stem) => [stem, [...new Set(groups.filter((group) => group.includes(stem)).flat())].filter((other) => other !== stem)]))
}
