import { describe, expect, it } from 'vitest'
import type { GranularFilterableAttribute } from 'meilisearch'
import { toDocument } from '../../../src/search/meilisearch/document.ts'
import { followUpFilter, searchFilter, statusFilter } from '../../../src/search/meilisearch/filters.ts'
import { INDEX_SETTINGS } from '../../../src/search/meilisearch/settings.ts'
import { dutchStem } from '../../../src/search/dutch-stems.ts'
import { SEARCH_SYNONYMS } from '../../../src/search/synonyms.ts'
import { storedItem } from '../../helpers/item-factory.ts'
import { tokenize } from './filter-evaluator.ts'

const granular = INDEX_SETTINGS.filterableAttributes.filter((rule): rule is GranularFilterableAttribute => typeof rule !== 'string')
const rulesFor = (attribute: string) => granular.filter((rule) => rule.attributePatterns.includes(attribute))
const NOW = new Date('2026-11-10T12:00:00+01:00')

/** Every attribute a filter compares, with the operator: read from the filters the backend writes. */
function comparedAttributes(filters: string[]): { attribute: string; operator: string }[] {
  return filters.flatMap((filter) => {
    const tokens = tokenize(filter.replace(/_geoRadius\([^)]*\)/, ''))
    return tokens.flatMap((token, i) => {
      const next = tokens[i + 1]
      if (token.type !== 'word' || !next) return []
      if (next.type === 'symbol' && ['=', '<', '<=', '>', '>='].includes(next.text)) return [{ attribute: token.text, operator: next.text }]
      if (next.type === 'word' && next.text === 'IN') return [{ attribute: token.text, operator: 'IN' }]
      return []
    })
  })
}

describe('INDEX_SETTINGS', () => {
  it('searches title, summary, body, place and source name, in that order of importance', () => {
    expect(INDEX_SETTINGS.searchableAttributes).toEqual(['titleStems', 'summaryStems', 'bodyStems', 'placeName', 'postcode', 'sourceName'])
  })

  it('searches only fields the documents have', () => {
    const document = toDocument(storedItem({ id: 'x' }).item, { sortAt: NOW, bodyText: '', sourceStatus: 'open' })
    for (const attribute of INDEX_SETTINGS.searchableAttributes) expect(document).toHaveProperty(attribute)
  })

  it('lets the identity fields be compared for equality only, and timestamps and numbers for order too', () => {
    for (const attribute of ['kind', 'categories', 'platform', 'sourceId', 'wijk', 'cluster', 'showsCluster', 'sourceStatus']) {
      expect(rulesFor(attribute).map((rule) => rule.features), attribute).toEqual([{ facetSearch: false, filter: { equality: true, comparison: false } }])
    }
    for (const attribute of ['sortAt', 'dateAt', 'overAt', 'expiresAt', 'reactions']) {
      expect(rulesFor(attribute).map((rule) => rule.features), attribute).toEqual([{ facetSearch: false, filter: { equality: true, comparison: true } }])
    }
  })

  it('switches geo filtering on by the plain name `_geo`, which a pattern would not', () => {
    expect(INDEX_SETTINGS.filterableAttributes).toContain('_geo')
    expect(rulesFor('_geo')).toEqual([])
  })

  it('can filter on everything the filters use, with the operators they use', () => {
    const filters = [
      ...searchFilter(
        {
          limit: 1, wijk: 'w', kind: ['request'], category: ['eten'], platform: ['feed'], source: ['s'], cluster: 'c',
          from: NOW, to: NOW, near: { lat: 52, lon: 5, radiusKm: 1 },
        },
        { now: NOW, upcomingOnly: true },
      ),
      ...searchFilter({ limit: 1 }, { now: NOW, upcomingOnly: false }),
      statusFilter('open', NOW),
      followUpFilter('expired', NOW),
      followUpFilter('unanswered', NOW),
    ]
    const compared = comparedAttributes(filters)
    expect(new Set(compared.map((c) => c.attribute))).toEqual(
      new Set(['wijk', 'kind', 'categories', 'platform', 'sourceId', 'cluster', 'showsCluster', 'sourceStatus', 'sortAt', 'dateAt', 'overAt', 'expiresAt', 'reactions']),
    )
    for (const { attribute, operator } of compared) {
      const [rule] = rulesFor(attribute)
      expect(rule, attribute).toBeDefined()
      const needs = operator === '=' || operator === 'IN' ? 'equality' : 'comparison'
      expect(rule!.features.filter[needs], `${attribute} ${operator}`).toBe(true)
    }
  })

  it('sorts by sortAt, startsAt and id, and ranks by relevance with freshness last', () => {
    expect(INDEX_SETTINGS.sortableAttributes).toEqual(['sortAt', 'startsAt', 'id'])
    expect(INDEX_SETTINGS.rankingRules[0]).toBe('sort')
    expect(INDEX_SETTINGS.rankingRules.at(-1)).toBe('sortAt:desc')
    expect(INDEX_SETTINGS.rankingRules).toEqual(expect.arrayContaining(['words', 'typo', 'proximity', 'attribute', 'exactness']))
  })

  it('reads the texts as Dutch', () => {
    expect(INDEX_SETTINGS.localizedAttributes).toEqual([{ attributePatterns: expect.arrayContaining(['titleStems', 'summaryStems', 'bodyStems']), locales: ['nld'] }])
  })

  it('has the synonyms of src/search/synonyms.ts, both ways, as the stems the index holds', () => {
    const { synonyms } = INDEX_SETTINGS
    for (const group of SEARCH_SYNONYMS) {
      const stems = group.map(dutchStem)
      for (const stem of stems) expect(synonyms[stem], stem).toEqual(expect.arrayContaining(stems.filter((other) => other !== stem)))
    }
    for (const [word, others] of Object.entries(synonyms)) {
      expect(others).not.toContain(word)
      for (const other of others) expect(synonyms[other], `${other} -> ${word}`).toContain(word)
    }
    expect(synonyms.laptop).toEqual(['computer', 'pc'])
    expect(synonyms.boodschap).toEqual(['supermark', 'winkel'])
  })

  it('tolerates no typos in postcodes and numbers', () => {
    expect(INDEX_SETTINGS.typoTolerance).toEqual({ enabled: true, disableOnAttributes: ['postcode'], disableOnNumbers: true })
  })

  it('keeps pages and facets bounded', () => {
    expect(INDEX_SETTINGS.pagination).toEqual({ maxTotalHits: 1000 })
    expect(INDEX_SETTINGS.faceting.maxValuesPerFacet).toBeGreaterThanOrEqual(100)
    expect(INDEX_SETTINGS.facetSearch).toBe(false)
  })

  it('is plain JSON, as the settings request sends it', () => {
    expect(JSON.parse(JSON.stringify(INDEX_SETTINGS))).toEqual(INDEX_SETTINGS)
  })
})
