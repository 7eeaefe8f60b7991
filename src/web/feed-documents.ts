import { Feed, type Item as FeedItem } from 'feed'
import { categoryLabel, kindLabel } from '../domain/taxonomy.ts'
import { escapeHtml } from '../normalise/index.ts'
import type { FeedEntry, FeedInput } from './feed-entry.ts'

const plain = (text: string) => text
const dateOf = (iso: string | null) => (iso ? new Date(iso) : undefined)

/**
 * An entry's dates as `feed` takes them: `date` is Atom's <updated>, RSS's pubDate unless `published` is set,
 * and JSON Feed's date_modified; `published` is Atom's <published>, RSS's pubDate and JSON Feed's
 * date_published. `feed` types `date` as required, but only Atom writes it unconditionally.
 */
type EntryDates = (entry: FeedEntry) => { date?: Date; published?: Date }

// Dates are never invented (design.md): RSS and JSON Feed leave out what the item does not say.
const rssDates: EntryDates = ({ item }) => ({ published: dateOf(item.publishedAt) })
const jsonDates: EntryDates = ({ item }) => ({ date: dateOf(item.updatedAt), published: dateOf(item.publishedAt) })
/** Atom requires <updated>, the last change: without the item's own dates, when Buurtfeed first saw it. */
const atomUpdated = ({ item, date }: FeedEntry) => dateOf(item.updatedAt) ?? dateOf(item.publishedAt) ?? date
const atomDates: EntryDates = (entry) => ({ date: atomUpdated(entry), published: dateOf(entry.item.publishedAt) })

interface FeedFormat {
  title: (text: string) => string
  summary: (text: string) => string
  dates: EntryDates
}

/**
 * One `feed` document for a format. Titles and summaries are plain text: Atom marks both as HTML and
 * RSS its description, so they are escaped there; JSON Feed keeps them plain.
 */
function buildFeed({ wijk, entries, links, now }: FeedInput, format: FeedFormat): Feed {
  const feed = new Feed({
    id: links.page,
    link: links.page,
    title: `Buurtfeed ${wijk.name}`,
    description: `Hulpvragen, aanbod, activiteiten en nieuws uit ${wijk.name}, van alle buurtplatforms samen. Elk bericht linkt naar de plek waar het staat.`,
    language: 'nl',
    generator: 'Buurtfeed',
    updated: entries.map(atomUpdated).reduce<Date | null>((newest, date) => (newest && newest > date ? newest : date), null) ?? now,
    feedLinks: { rss: links.rss, atom: links.atom, json: links.json },
  })
  for (const entry of entries) {
    const { item } = entry
    feed.addItem({
      id: links.item(item.id),
      link: item.url,
      title: format.title(item.title),
      description: format.summary(item.summary),
      ...(item.bodyHtml ? { content: item.bodyHtml } : {}),
      ...(format.dates(entry) as Pick<FeedItem, 'date' | 'published'>),
      author: [{ name: item.source.name, link: item.source.url }],
      category: [
        { name: kindLabel(item.kind), term: item.kind },
        ...item.categories.map((category) => ({ name: categoryLabel(category), term: category })),
      ],
    })
  }
  return feed
}

export function rssDocument(input: FeedInput): string {
  return buildFeed(input, { title: plain, summary: escapeHtml, dates: rssDates }).rss2()
}

export function atomDocument(input: FeedInput): string {
  return buildFeed(input, { title: escapeHtml, summary: escapeHtml, dates: atomDates }).atom1()
}

/** The `feed` package writes JSON Feed 1.0; 1.1 adds `language` and turns `author` into `authors`. */
export function jsonFeedDocument(input: FeedInput): string {
  const feed = JSON.parse(buildFeed(input, { title: plain, summary: plain, dates: jsonDates }).json1()) as { items: { author?: unknown }[] }
  return JSON.stringify({
    ...feed,
    version: 'https://jsonfeed.org/version/1.1',
    language: 'nl',
    items: feed.items.map(({ author, ...item }) => ({ ...item, ...(author ? { authors: [author] } : {}) })),
  })
}
