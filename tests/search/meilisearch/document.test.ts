import { describe, expect, it } from 'vitest'
import { epochSeconds, toDocument } from '../../../src/search/meilisearch/document.ts'
import { storedItem } from '../../helpers/item-factory.ts'

const seconds = (iso: string) => new Date(iso).getTime() / 1000
const SORT_AT = new Date('2026-11-01T10:00:00.123+01:00')
const stored = { sortAt: SORT_AT, bodyText: 'Neem je kapotte spullen mee.', sourceStatus: 'open' as const }
const agenda = { id: 'src_kolibrie', name: 'Agenda Buurthuis De Kolibrie', url: 'https://dekolibrie.nl/agenda' }

describe('toDocument', () => {
  it('maps an event with an end: texts, facets, place, coordinates and timestamps in epoch seconds', () => {
    const { item } = storedItem(
      {
        id: 'repair-cafe',
        kind: 'event',
        categories: ['klussen', 'sport-cultuur'],
        title: 'Repair Café in De Kolibrie',
        summary: 'Neem je kapotte spullen mee: vrijwilligers repareren ze samen met jou.',
        platform: 'ical',
        startsAt: '2026-11-14T13:00:00+01:00',
        endsAt: '2026-11-14T16:00:00+01:00',
        location: { name: 'Buurthuis De Kolibrie', address: 'Mezenstraat 12', postcode: '3572AB', lat: 52.0977, lon: 5.1305 },
        reactions: 3,
      },
      agenda,
    )
    expect(toDocument(item, stored)).toEqual({
      id: 'repair-cafe',
      titleStems: 'repair caf in de kolibrie',
      summaryStems: 'nem je kapot spul mee vrijwilliger reparer ze sam met jou',
      bodyStems: 'nem je kapot spul mee',
      placeName: 'Buurthuis De Kolibrie, Mezenstraat 12',
      postcode: '3572AB',
      sourceName: 'Agenda Buurthuis De Kolibrie',
      kind: 'event',
      categories: ['klussen', 'sport-cultuur'],
      platform: 'ical',
      sourceId: 'src_kolibrie',
      wijk: 'vogelbuurt',
      cluster: 'repair-cafe',
      showsCluster: true,
      sourceStatus: 'open',
      sortAt: 1793523600.123,
      dateAt: seconds('2026-11-14T13:00:00+01:00'),
      startsAt: seconds('2026-11-14T13:00:00+01:00'),
      overAt: seconds('2026-11-14T16:00:00+01:00'),
      expiresAt: null,
      reactions: 3,
      _geo: { lat: 52.0977, lng: 5.1305 },
    })
  })

  it('ends an all-day event without an end at the next local midnight, also on the 25-hour day', () => {
    const { item } = storedItem({ id: 'herfstmarkt', kind: 'event', allDay: true, startsAt: '2026-10-25T00:00:00+02:00' })
    const document = toDocument(item, stored)
    expect(document.startsAt).toBe(seconds('2026-10-25T00:00:00+02:00'))
    expect(document.overAt).toBe(seconds('2026-10-26T00:00:00+01:00'))
    expect(document.overAt! - document.startsAt!).toBe(25 * 3600)
  })

  it('ends an all-day event with an end at that (exclusive) end', () => {
    const { item } = storedItem({
      id: 'wintermarkt', kind: 'event', allDay: true, startsAt: '2026-11-20T00:00:00+01:00', endsAt: '2026-11-22T00:00:00+01:00',
    })
    expect(toDocument(item, stored).overAt).toBe(seconds('2026-11-22T00:00:00+01:00'))
  })

  it('ends an event without an end when it starts', () => {
    const { item } = storedItem({ id: 'lezing', kind: 'event', startsAt: '2026-11-12T20:00:00+01:00' })
    expect(toDocument(item, stored)).toMatchObject({ startsAt: seconds('2026-11-12T20:00:00+01:00'), overAt: seconds('2026-11-12T20:00:00+01:00') })
  })

  it('maps a request without coordinates, dates or reactions', () => {
    const { item } = storedItem({ id: 'boodschap', location: { name: 'Merelplein' }, wijk: null })
    const document = toDocument(item, stored)
    expect(document).not.toHaveProperty('_geo')
    expect(document).toMatchObject({
      placeName: 'Merelplein', postcode: null, wijk: null, startsAt: null, overAt: null, expiresAt: null, reactions: 0, dateAt: epochSeconds(SORT_AT),
    })
    expect(toDocument(storedItem({ id: 'zonder-plaats' }).item, stored)).toMatchObject({ placeName: '', postcode: null })
  })

  it('leaves out coordinates off the globe, which Meilisearch would refuse the whole batch for', () => {
    for (const location of [{ lat: 95, lon: 5 }, { lat: 52, lon: -181 }, { lat: Number.NaN, lon: 5 }, { lat: 52 }]) {
      expect(toDocument(storedItem({ id: 'ver-weg', location }).item, stored), JSON.stringify(location)).not.toHaveProperty('_geo')
    }
    expect(toDocument(storedItem({ id: 'pool', location: { lat: -90, lon: 180 } }).item, stored)._geo).toEqual({ lat: -90, lng: 180 })
  })

  it('stores the status the source gives, not the effective one it was read with', () => {
    const { item } = storedItem({ id: 'verlopen', status: 'closed', expiresAt: '2026-11-01T00:00:00+01:00' })
    expect(toDocument(item, stored)).toMatchObject({ sourceStatus: 'open', expiresAt: seconds('2026-11-01T00:00:00+01:00') })
    expect(toDocument(item, { ...stored, sourceStatus: 'closed' }).sourceStatus).toBe('closed')
  })

  it('marks the cluster member that stands for its cluster', () => {
    expect(toDocument(storedItem({ id: 'lid', cluster: 'ander' }).item, stored)).toMatchObject({ cluster: 'ander', showsCluster: false })
  })

  it('keeps as much of the body as PostgreSQL indexes', () => {
    const { item } = storedItem({ id: 'lang' })
    // 20 000 characters are 3334 words ("woord " x 3333 and a last "wo"), as stems.
    expect(toDocument(item, { ...stored, bodyText: 'woord '.repeat(5000) }).bodyStems.split(' ')).toHaveLength(3334)
  })

  it('holds Dutch stems, so both numbers of a word meet', () => {
    const { item } = storedItem({ id: 'boodschap', title: 'Wie doet boodschappen? Fietsen & Café' })
    expect(toDocument(item, stored).titleStems).toBe('wie doet boodschap fiet caf')
    expect(toDocument(storedItem({ id: 'een', title: 'boodschap fiets café' }).item, stored).titleStems).toBe('boodschap fiet caf')
  })
})
