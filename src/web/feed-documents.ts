import { Feed } from 'feed'
import { categoryLabel, kindLabel } from '../domain/taxonomy.ts'
import type { FeedInput } from './feed-entry.ts'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[char]!)
const plain = (text: string) => text

/**
 * One `feed` document for a format. Titles and summaries are plain text: Atom marks both as HTML and
 * RSS its description, so they are escaped there; JSON Feed keeps them plain.
 */
function buildFeed({ wijk, entries, links, now }: FeedInput, html: { title: (text: string) => string; summary: (text: string) => string }): Feed {
  const feed = new Feed({
    id: links.page,
    link: links.page,
    title: `Buurtfeed ${wijk.name}`,
    description: `Hulpvragen, aanbod, activiteiten en nieuws uit ${wijk.name}, van alle buurtplatforms samen. Elk bericht linkt naar de plek waar het staat.`,
    language: 'nl',
    generator: 'Buurtfeed',
    updated: entries.reduce<Date | null>((newest, { date }) => (newest && newest > date ? newest : date), null) ?? now,
    feedLinks: { rss: links.rss, atom: links.atom, json: links.json },
  })
  for (const { item, date } of entries) {
    feed.addItem({
      id: links.item(item.id),
      link: item.url,
      title: html.title(item.title),
      description: html.summary(item.summary),
      ...(item.bodyHtml ? { content: item.bodyHtml } : {}),
      date: item.updatedAt ? new Date(item.updatedAt) : date,
      published: date,
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
  return buildFeed(input, { title: plain, summary: escapeHtml }).rss2()
}

export function atomDocument(input: FeedInput): string {
  return buildFeed(input, { title: escapeHtml, summary: escapeHtml }).atom1()
}

/** The `feed` package writes JSON Feed 1.0; 1.1 adds `language` and turns `author` into `authors`. */
export function jsonFeedDocument(input: FeedInput): string {
  const feed = JSON.parse(buildFeed(input, { title: plain, summary: plain }).json1()) as { items: { author?: unknown }[] }
  return JSON.stringify({
    ...feed,
    version: 'https://jsonfeed.org/version/1.1',
    language: 'nl',
    items: feed.items.map(({ author, ...item }) => ({ ...item, ...(author ? { authors: [author] } : {}) })),
  })
}
