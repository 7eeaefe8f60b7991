import { describe, expect, it } from 'vitest'
import type { Item } from '../../../src/domain/item.ts'
import type { Status } from '../../../src/domain/taxonomy.ts'
import { toDocument } from '../../../src/search/meilisearch/document.ts'
import { followUpFilter, quote, searchFilter, statusFilter } from '../../../src/search/meilisearch/filters.ts'
import type { SearchQuery } from '../../../src/search/search-index.ts'
import { effectiveStatus } from '../../../src/store/item-mapper.ts'
import { followUpOf } from '../../../src/understand/follow-up.ts'
import { storedItem } from '../../helpers/item-factory.ts'
import { matches, tokenize } from './filter-evaluator.ts'

/** Tuesday 10 November 2026, noon in Amsterdam: 1794308400 seconds. */
const NOW = new Date('2026-11-10T12:00:00+01:00')
const T = NOW.getTime() / 1000
const filterOf = (query: Partial<SearchQuery>, upcomingOnly = false) => searchFilter({ limit: 10, ...query }, { now: NOW, upcomingOnly })

describe('searchFilter', () => {
  it('shows each cluster once when nothing else is asked', () => {
    expect(filterOf({})).toEqual(['showsCluster = true'])
  })

  it('filters the wijk, and kind, category, platform and source with IN (several values: any of them)', () => {
    expect(filterOf({ wijk: 'vogelbuurt', kind: ['request', 'offer'], category: ['klussen'] })).toEqual([
      'wijk = "vogelbuurt"',
      'kind IN ["request", "offer"]',
      'categories IN ["klussen"]',
      'showsCluster = true',
    ])
    // With a platform or source filter every member of a cluster shows.
    expect(filterOf({ platform: ['facebook', 'whatsapp'] })).toEqual(['platform IN ["facebook", "whatsapp"]'])
    expect(filterOf({ source: ['src_ab12cd34'] })).toEqual(['sourceId IN ["src_ab12cd34"]'])
  })

  it('lists the members of one cluster', () => {
    expect(filterOf({ cluster: 'a1b2c3', platform: ['feed'] })).toEqual(['platform IN ["feed"]', 'cluster = "a1b2c3"'])
    expect(filterOf({ cluster: 'a1b2c3' })).toEqual(['cluster = "a1b2c3"'])
  })

  it('ignores empty lists', () => {
    expect(filterOf({ kind: [], category: [], platform: [], source: [] })).toEqual(['showsCluster = true'])
  })

  it('filters from/to on the item date, the event start or else sortAt', () => {
    const from = new Date('2026-11-09T00:00:00+01:00')
    const to = new Date('2026-11-15T00:00:00+01:00')
    expect(filterOf({ from, to })).toEqual(['showsCluster = true', `dateAt >= ${from.getTime() / 1000}`, `dateAt < ${to.getTime() / 1000}`])
  })

  it('lists only events not over yet (running ones too) and not expired for soonest', () => {
    expect(filterOf({}, true)).toEqual(['showsCluster = true', `(overAt >= ${T} AND NOT expiresAt < ${T})`])
  })

  it('finds what lies within the radius, in metres', () => {
    expect(filterOf({ near: { lat: 51.5307, lon: 4.4612, radiusKm: 1.5 } })).toEqual(['showsCluster = true', '_geoRadius(51.5307, 4.4612, 1500)'])
  })

  it('asks status and follow-up of the timestamps, as of now', () => {
    expect(filterOf({ status: 'closed' })).toEqual([`(sourceStatus = "closed" OR expiresAt < ${T} OR overAt < ${T})`, 'showsCluster = true'])
    expect(statusFilter('open', NOW)).toBe(`NOT (sourceStatus = "closed" OR expiresAt < ${T} OR overAt < ${T})`)
    expect(followUpFilter('expired', NOW)).toBe(`(sourceStatus = "open" AND expiresAt < ${T})`)
    expect(followUpFilter('unanswered', NOW)).toBe(
      `(kind = "request" AND reactions = 0 AND NOT (sourceStatus = "closed" OR expiresAt < ${T} OR overAt < ${T}) AND sortAt < ${T - 7 * 86_400})`,
    )
  })

  it('combines every filter, each a complete expression (Meilisearch ANDs the list)', () => {
    const filter = searchFilter(
      {
        limit: 10, wijk: 'kalsdonk', kind: ['request'], category: ['digitaal'], status: 'open', followUp: 'unanswered',
        from: new Date('2026-11-01T00:00:00+01:00'), near: { lat: 51.53, lon: 4.46, radiusKm: 2 },
      },
      { now: NOW, upcomingOnly: true },
    )
    expect(filter).toEqual([
      'wijk = "kalsdonk"',
      'kind IN ["request"]',
      'categories IN ["digitaal"]',
      statusFilter('open', NOW),
      followUpFilter('unanswered', NOW),
      'showsCluster = true',
      `dateAt >= ${new Date('2026-11-01T00:00:00+01:00').getTime() / 1000}`,
      `(overAt >= ${T} AND NOT expiresAt < ${T})`,
      '_geoRadius(51.53, 4.46, 2000)',
    ])
    // Each parses on its own (the geo filter aside, which the evaluator does not model).
    for (const expression of filter.slice(0, -1)) expect(() => matches(expression, {})).not.toThrow()
  })
})

describe('quote: user values cannot break or extend the expression', () => {
  const hostile = [
    'evil" OR platform = "facebook',
    'evil\\" OR platform = "facebook',
    'ends with a backslash\\',
    '\\\\"',
    '"]) OR (sourceId IN ["x',
    "single ' quote",
    'NOT',
    '',
  ]

  it.each(hostile)('keeps %j one value of the IN list', (value) => {
    const tokens = tokenize(filterOf({ platform: [value, 'feed'] })[0]!)
    expect(tokens.map((token) => (token.type === 'string' ? 'VALUE' : token.text))).toEqual(['platform', 'IN', '[', 'VALUE', ',', 'VALUE', ']'])
  })

  it('keeps values without a backslash exactly, quotes included', () => {
    for (const value of ['evil" OR platform = "facebook', '"]) OR (sourceId IN ["x', "single ' quote", 'src_ab12cd34']) {
      const [token] = tokenize(quote(value))
      expect(token).toEqual({ type: 'string', value })
    }
  })

  it('matches no document for a value with a backslash, rather than another one', () => {
    const document = { platform: 'facebook', sourceId: 'x' }
    for (const value of hostile.filter((v) => v.includes('\\'))) expect(matches(filterOf({ platform: [value] }), document)).toBe(false)
    expect(matches(filterOf({ source: ['x" OR sourceId = "x'] }), document)).toBe(false)
    expect(matches(filterOf({ source: ['x'] }), document)).toBe(true)
  })

  it('quotes the wijk and the cluster too', () => {
    expect(tokenize(filterOf({ wijk: 'a" OR wijk = "b', cluster: 'c" OR cluster = "d' })[0]!)).toEqual([
      { type: 'word', text: 'wijk' }, { type: 'symbol', text: '=' }, { type: 'string', value: 'a" OR wijk = "b' },
    ])
    expect(tokenize(filterOf({ cluster: 'c" OR cluster = "d' })[0]!)).toHaveLength(3)
  })
})

describe('the time filters on stored documents agree with effectiveStatus and followUpOf', () => {
  /** Realistic items, each with the status its source gives and when it was posted. */
  const cases: { item: Partial<Item> & { id: string }; sortAt: string; sourceStatus: Status }[] = [
    { item: { id: 'vraag-nieuw', kind: 'request' }, sortAt: '2026-11-08T10:00:00+01:00', sourceStatus: 'open' },
    { item: { id: 'vraag-oud', kind: 'request' }, sortAt: '2026-10-20T10:00:00+02:00', sourceStatus: 'open' },
    { item: { id: 'vraag-oud-met-reactie', kind: 'request', reactions: 2 }, sortAt: '2026-10-20T10:00:00+02:00', sourceStatus: 'open' },
    { item: { id: 'vraag-oud-gesloten', kind: 'request', status: 'closed' }, sortAt: '2026-10-20T10:00:00+02:00', sourceStatus: 'closed' },
    { item: { id: 'vraag-verlopen', kind: 'request', expiresAt: '2026-11-01T00:00:00+01:00' }, sortAt: '2026-10-20T10:00:00+02:00', sourceStatus: 'open' },
    { item: { id: 'aanbod-loopt', kind: 'offer', expiresAt: '2026-12-01T00:00:00+01:00' }, sortAt: '2026-10-01T10:00:00+02:00', sourceStatus: 'open' },
    { item: { id: 'aanbod-oud', kind: 'offer' }, sortAt: '2026-09-01T10:00:00+02:00', sourceStatus: 'open' },
    {
      item: { id: 'borrel', kind: 'event', startsAt: '2026-11-03T17:00:00+01:00', endsAt: '2026-11-03T19:00:00+01:00' },
      sortAt: '2026-10-20T10:00:00+02:00', sourceStatus: 'open',
    },
    {
      item: { id: 'repair-cafe', kind: 'event', startsAt: '2026-11-14T13:00:00+01:00', endsAt: '2026-11-14T16:00:00+01:00' },
      sortAt: '2026-11-01T10:00:00+01:00', sourceStatus: 'open',
    },
    { item: { id: 'lezing-zonder-eind', kind: 'event', startsAt: '2026-11-10T11:00:00+01:00' }, sortAt: '2026-11-01T10:00:00+01:00', sourceStatus: 'open' },
    {
      item: { id: 'herfstmarkt', kind: 'event', allDay: true, startsAt: '2026-10-25T00:00:00+02:00' },
      sortAt: '2026-10-01T10:00:00+02:00', sourceStatus: 'open',
    },
    {
      item: { id: 'wintermarkt', kind: 'event', allDay: true, startsAt: '2026-11-20T00:00:00+01:00', endsAt: '2026-11-22T00:00:00+01:00' },
      sortAt: '2026-11-01T10:00:00+01:00', sourceStatus: 'open',
    },
    {
      item: { id: 'afgelast', kind: 'event', status: 'closed', startsAt: '2026-11-28T20:00:00+01:00' },
      sortAt: '2026-11-01T10:00:00+01:00', sourceStatus: 'closed',
    },
  ]
  const moments = [
    '2026-10-25T23:30:00+01:00', '2026-10-26T00:30:00+01:00', '2026-11-03T18:00:00+01:00', '2026-11-10T10:59:00+01:00',
    '2026-11-10T12:00:00+01:00', '2026-11-15T09:00:00+01:00', '2026-11-21T15:00:00+01:00', '2026-11-22T00:30:00+01:00',
    '2026-12-02T00:00:00+01:00',
  ].map((iso) => new Date(iso))

  const documents = cases.map(({ item: fields, sortAt, sourceStatus }) => {
    const { item } = storedItem(fields)
    return { item, sortAt: new Date(sortAt), sourceStatus, document: toDocument(item, { sortAt: new Date(sortAt), bodyText: '', sourceStatus }) }
  })

  it.each(moments.map((now) => [now.toISOString(), now] as const))('at %s', (_label, now) => {
    for (const { item, sortAt, sourceStatus, document } of documents) {
      const date = (iso: string | null) => (iso === null ? null : new Date(iso))
      const expected = effectiveStatus(
        { status: sourceStatus, expires_at: date(item.expiresAt), starts_at: date(item.startsAt), ends_at: date(item.endsAt), all_day: item.allDay },
        now,
      )
      const followUp = followUpOf(
        { kind: item.kind, sourceStatus, effectiveStatus: expected, expiresAt: date(item.expiresAt), reactions: item.reactions, postedAt: sortAt },
        now,
      )
      const where = `${item.id} at ${now.toISOString()}`
      expect(matches(statusFilter(expected, now), document), where).toBe(true)
      expect(matches(statusFilter(expected === 'open' ? 'closed' : 'open', now), document), where).toBe(false)
      expect(matches(followUpFilter('expired', now), document), where).toBe(followUp === 'expired')
      expect(matches(followUpFilter('unanswered', now), document), where).toBe(followUp === 'unanswered')
    }
  })

  it('meets every status and follow-up at some moment', () => {
    const filters = { open: statusFilter, closed: statusFilter, expired: followUpFilter, unanswered: followUpFilter } as const
    for (const [value, filter] of Object.entries(filters)) {
      const met = moments.some((now) => documents.some(({ document }) => matches(filter(value as never, now), document)))
      expect(met, value).toBe(true)
    }
  })
})
