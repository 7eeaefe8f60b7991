import { z } from 'zod'
import { defineAdapter } from '../../src/domain/adapter.ts'
import type { FetchedDocument, ParseContext, ParseResult } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'
import { feedAdapter } from '../feed/index.ts'
import { icalAdapter } from '../ical/index.ts'
import { groupFeedUrl } from './feed-url.ts'

const ICAL_CONFIG = icalAdapter.configSchema.parse({})
// Events sit at /events/<uuid>; the group's posts (/p/<slug>) share the Atom feed.
const EVENT_PATH = /^\/events\/[^/]+\/?$/

const mobilizonConfigSchema = z.strictObject({
  /** The iCalendar feed has dates and places; the Atom feed has neither, but carries the group's posts too. */
  format: z.enum(['ics', 'atom']).default('ics'),
})
export type MobilizonConfig = z.infer<typeof mobilizonConfigSchema>

export const mobilizonAdapter = defineAdapter<MobilizonConfig>({
  id: 'mobilizon',
  platform: 'mobilizon',
  label: { nl: 'Mobilizon-groep', en: 'Mobilizon group' },
  description: {
    nl: 'Leest de activiteiten van een Mobilizon-groep uit haar iCalendar- of Atom-feed (adres: de groepspagina, https://<instance>/@<groep>).',
    en: "Reads a Mobilizon group's events from its iCalendar or Atom feed (address: the group page, https://<instance>/@<group>).",
  },
  configSchema: mobilizonConfigSchema,
  listing: 'window',
  example: { url: 'https://mobilizon.example.nl/@groenoost', config: { format: 'ics' } },
  plan: ({ url, config }) => {
    const feedUrl = groupFeedUrl(url, config.format)
    return config.format === 'ics' ? icalAdapter.plan({ url: feedUrl, config: ICAL_CONFIG }) : feedAdapter.plan({ url: feedUrl, config: {} })
  },
  // Told apart by content, so a saved feed of either kind reads whatever the config says.
  parse: (document, context) =>
    isCalendar(document) ? icalAdapter.parse(document, { ...context, config: ICAL_CONFIG }) : readAtom(document, context),
})

async function readAtom(document: FetchedDocument, context: ParseContext<MobilizonConfig>): Promise<ParseResult> {
  const { items } = await feedAdapter.parse(document, { ...context, config: {} })
  return { items: items.map(markEvent) }
}

function isCalendar(document: FetchedDocument): boolean {
  return document.contentType === 'text/calendar' || /^\s*BEGIN:VCALENDAR/i.test(document.text.slice(0, 200))
}

/** An Atom entry that links to an event is one; its start is only in the text, for the classifier to find. */
function markEvent(draft: ItemDraft): ItemDraft {
  return isEventUrl(draft.url) ? { ...draft, kind: 'event' } : draft
}

function isEventUrl(url: string | undefined): boolean {
  try {
    return url !== undefined && EVENT_PATH.test(new URL(url).pathname)
  } catch {
    return false
  }
}
