import { createHash } from 'node:crypto'
import type { Item } from '../../src/domain/item.ts'
import type { StoredItemInput } from '../../src/store/items.ts'

/** A stored-item input as ingestion would make it, with realistic Dutch defaults. */
export function storedItem(overrides: Partial<Item> & { id: string }, source = { id: 'src_test', name: 'Buurtsite', url: 'https://buurtsite-voorbeeld.nl/' }): StoredItemInput {
  const item: Item = {
    kind: 'request',
    categories: ['boodschappen'],
    title: 'Wie kan er boodschappen doen voor mevrouw De Vries?',
    summary: 'Mevrouw De Vries (82) zoekt iemand die op dinsdag boodschappen haalt bij de Albert Heijn.',
    bodyHtml: '<p>Mevrouw De Vries (82) zoekt iemand die op dinsdag boodschappen haalt bij de Albert Heijn.</p>',
    url: `https://buurtsite-voorbeeld.nl/posts/${overrides.id}`,
    platform: 'feed',
    source,
    wijk: { slug: 'vogelbuurt', name: 'Vogelbuurt' },
    location: null,
    startsAt: null,
    endsAt: null,
    allDay: false,
    publishedAt: '2026-11-02T09:30:00+01:00',
    updatedAt: null,
    expiresAt: null,
    status: 'open',
    cluster: overrides.id,
    alsoOn: [],
    reactions: null,
    followUp: null,
    ...overrides,
  }
  return asStored(item, item.summary)
}

/** An item as ingestion hands it to the store: with its plain body text and a content hash. */
export function asStored(item: Item, bodyText: string): StoredItemInput {
  return {
    item,
    classifiedBy: 'source',
    placedBy: 'source',
    bodyText,
    sourceCategories: [],
    contentHash: createHash('sha256').update(JSON.stringify(item)).digest('hex'),
  }
}
