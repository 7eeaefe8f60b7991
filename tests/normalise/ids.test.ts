import { describe, expect, it } from 'vitest'
import type { Item } from '../../src/domain/item.ts'
import { contentHash, itemId } from '../../src/normalise/ids.ts'

const post = { title: 'Boormachine te leen', bodyText: 'Ophalen op nummer 12.' }

describe('itemId', () => {
  it('is short, URL-safe and stable', () => {
    const id = itemId('source-1', { ...post, externalId: '412 at https://buurtsite-voorbeeld.nl' })
    expect(id).toMatch(/^[0-9a-f]{20}$/)
    expect(itemId('source-1', { ...post, externalId: '412 at https://buurtsite-voorbeeld.nl' })).toBe(id)
  })

  it.each([
    ['another source', itemId('source-2', { ...post, externalId: 'a' }), itemId('source-1', { ...post, externalId: 'a' })],
    ['another external id', itemId('s', { ...post, externalId: 'b' }), itemId('s', { ...post, externalId: 'a' })],
    ['another url', itemId('s', { ...post, url: 'https://x.nl/2' }), itemId('s', { ...post, url: 'https://x.nl/1' })],
    ['another body without id or url', itemId('s', { ...post, bodyText: 'Anders.' }), itemId('s', post)],
  ])('differs for %s', (_, one, other) => {
    expect(one).not.toBe(other)
  })

  it.each([
    ['the external id wins over url and content', { externalId: 'a', url: 'https://x.nl/1', title: 'T1', bodyText: 'B1' }, { externalId: 'a', url: 'https://x.nl/2', title: 'T2', bodyText: 'B2' }],
    ['the url wins over content', { url: 'https://x.nl/1', title: 'T1', bodyText: 'B1' }, { url: 'https://x.nl/1', title: 'T2', bodyText: 'B2' }],
    ['a blank external id falls through to the url', { externalId: '  ', url: 'https://x.nl/1', ...post }, { url: 'https://x.nl/1', ...post }],
  ])('%s', (_, one, other) => {
    expect(itemId('s', one)).toBe(itemId('s', other))
  })
})

describe('contentHash', () => {
  const item: Item = {
    id: 'abc', kind: 'offer', categories: ['spullen'], title: 'Boormachine te leen', summary: 'Ophalen.', bodyHtml: '<p>Ophalen.</p>',
    url: 'https://x.nl/1', platform: 'feed', source: { id: 's', name: 'S', url: 'https://x.nl/' }, wijk: null, location: null,
    startsAt: null, endsAt: null, allDay: false, publishedAt: null, updatedAt: null, expiresAt: null, status: 'open',
    cluster: 'abc', alsoOn: [], reactions: null, followUp: null,
  }

  it('ignores the cluster links and key order', () => {
    const reordered = Object.fromEntries(Object.entries(item).reverse()) as Item
    const clustered: Item = {
      ...item,
      cluster: 'def',
      alsoOn: [{ platform: 'facebook', url: 'https://facebook.com/groups/1', sourceName: 'Prikbord' }],
      followUp: 'unanswered',
    }
    expect(contentHash(reordered)).toBe(contentHash(item))
    expect(contentHash(clustered)).toBe(contentHash(item))
  })

  it.each<[string, Partial<Item>]>([
    ['the title', { title: 'Boormachine uitgeleend' }],
    ['the status', { status: 'closed' }],
    ['the location', { location: { name: 'Buurthuis' } }],
    ['the wijk', { wijk: { slug: 'vogelbuurt', name: 'Vogelbuurt' } }],
  ])('changes with %s', (_, change) => {
    expect(contentHash({ ...item, ...change })).not.toBe(contentHash(item))
  })
})
