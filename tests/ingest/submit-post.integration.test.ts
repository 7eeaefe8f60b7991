import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ingestNow } from '../../src/ingest/ingest-many.ts'
import { InvalidSubmissionError, submitPost } from '../../src/ingest/submit-post.ts'
import { hideItem } from '../../src/store/items.ts'
import { listSources } from '../../src/store/sources.ts'
import { saveWijk } from '../../src/store/wijken.ts'
import { createTestStore, testDatabaseKind, type TestStore } from '../helpers/database.ts'

let store: TestStore
const now = new Date('2026-11-21T10:00:00Z')
const group = { name: 'Prikbord Vogelbuurt', url: 'https://www.facebook.com/groups/prikbordvogelbuurt' }
const post = {
  wijk: 'vogelbuurt',
  platform: 'facebook',
  group,
  text: 'Wie kan mij helpen met mijn nieuwe iPad? Ik kom er niet uit met DigiD. Bel me op 06-12345678.',
  link: 'https://www.facebook.com/groups/prikbordvogelbuurt/posts/1234567890',
  postedAt: '2026-11-20T19:12:00+01:00',
}

beforeAll(async () => {
  store = await createTestStore()
  await saveWijk(store.db, { slug: 'vogelbuurt', name: 'Vogelbuurt' })
})
afterAll(() => store.destroy())

describe(`forwarded posts (${testDatabaseKind})`, () => {
  it('stores a post from a closed group under a source for that group, normalised and masked', async () => {
    const item = await submitPost(store.db, post, now)
    expect(item).toMatchObject({
      platform: 'facebook',
      url: post.link,
      publishedAt: '2026-11-20T19:12:00+01:00',
      source: { name: 'Prikbord Vogelbuurt', url: group.url },
      wijk: { slug: 'vogelbuurt', name: 'Vogelbuurt' },
    })
    expect(JSON.stringify(item)).not.toMatch(/06-?12345678/)
    expect(item.summary).toContain('[telefoonnummer verborgen]')
    const [source] = await listSources(store.db)
    expect(source).toMatchObject({ adapter: 'forwarded', siteUrl: group.url, config: { platform: 'facebook' }, health: { itemCount: 1 } })
  })

  it('updates a post forwarded twice instead of duplicating it, and links a post without its own link to the group', async () => {
    const again = await submitPost(store.db, { ...post, text: post.text + ' Alvast bedankt!' }, now)
    expect(again.summary).toContain('Alvast bedankt')
    const noLink = await submitPost(store.db, { ...post, link: undefined, platform: 'facebook', text: 'Gevonden: zwarte kat met wit befje bij de Merelstraat.' }, now)
    expect(noLink.url).toBe(group.url)
    const sources = await listSources(store.db)
    expect(sources).toHaveLength(1)
    expect(sources[0]!.health.itemCount).toBe(2)
  })

  it('refuses a bad post with the reason, and a hidden post stays hidden', async () => {
    await expect(submitPost(store.db, { ...post, wijk: 'nergens' }, now)).rejects.toThrow(/unknown wijk 'nergens'/)
    await expect(submitPost(store.db, { ...post, text: '  ' }, now)).rejects.toThrow(/text/)
    await expect(submitPost(store.db, { ...post, platform: 'myspace' }, now)).rejects.toThrow(/platform/)
    await expect(submitPost(store.db, { ...post, group: { name: 'x', url: 'javascript:alert(1)' } }, now)).rejects.toThrow(/group.url/)
    const item = await submitPost(store.db, { ...post, link: 'https://www.facebook.com/groups/prikbordvogelbuurt/posts/42', text: 'Te koop: fiets' }, now)
    await hideItem(store.db, item.id)
    const refused = await submitPost(store.db, { ...post, link: 'https://www.facebook.com/groups/prikbordvogelbuurt/posts/42', text: 'Te koop: fiets' }, now).catch((e: unknown) => e)
    expect(refused).toBeInstanceOf(InvalidSubmissionError)
    expect((refused as InvalidSubmissionError).refused).toBe(true)
  })

  it('is never fetched by the scheduler', async () => {
    const fetcher = { fetch: () => Promise.reject(new Error('a forwarded source must not be fetched')) }
    expect(await ingestNow({ db: store.db, fetcher, now: () => now }, { all: true })).toEqual([])
  })
})
