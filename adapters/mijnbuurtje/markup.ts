import type { Kind } from '../../src/domain/taxonomy.ts'

/**
 * Everything this adapter knows about mijnbuurtje's markup, in one place. The elkaar-helpen cards and detail
 * pages were seen (sources.md, 2020); the agenda and berichten sections are guessed to share that markup.
 */
export const SELECTORS = {
  /** The group or resident that posted, on a card and on a detail page. */
  author: 'a.entity .entity-content-title',
  card: 'div.postpreview',
  cardLink: 'a.postpreview-content[href]',
  cardTitle: '.heading3--semibold',
  cardSubtitle: '.postpreview-subtitle',
  cardTeaser: 'p.paragraph:not(.postpreview-meta)',
  cardDate: '.postpreview-meta-item',
  /** The bell icon; the days left to respond are in the element after it. */
  bell: '.mb-bell',
  pageTitle: 'h1.heading1',
  metaList: 'ul.meta',
  metaItem: 'ul.meta li.meta-item .meta-item-content',
  contentSection: 'div.content-section',
} as const

export const SECTIONS = ['elkaar-helpen', 'agenda', 'berichten'] as const
export type Section = (typeof SECTIONS)[number]

interface SectionMarkup {
  /** The section's own kind for every post in it, when the platform says so by the section. */
  kind?: Kind
  /** What the date on a card and under the title is: when it was posted, or when the activity is. */
  date: 'published' | 'starts'
  /** Whether the theme[] and type[] filters apply. */
  filtered: boolean
}

export const SECTION_MARKUP: Record<Section, SectionMarkup> = {
  'elkaar-helpen': { date: 'published', filtered: true },
  agenda: { kind: 'event', date: 'starts', filtered: false },
  berichten: { date: 'published', filtered: false },
}

/** The labels on cards and in the meta list that name the kind. */
export const KIND_LABELS: Record<string, Kind> = { hulpvraag: 'request', hulpaanbod: 'offer' }

export const DAYS_LEFT = /\bnog\s+(\d{1,4})\s+dag(?:en)?\s+om\s+te\s+reageren\b/i
export const THEMES = /^thema'?s?\s*:\s*(.+)$/i
/** "Dorp: Mook", "Wijk: Bloemenbuurt, Vogelbuurt": the places a post is for. */
export const PLACES = /^(?:dorp|dorpen|wijk|wijken|buurt|buurten|kern|kernen)\s*:\s*(.+)$/i
/** Guessed for agenda posts: "Locatie: Buurthuis De Linde, Lindelaan 4, 6541 AB Voorbeeldstad". */
export const VENUE = /^(?:locatie|adres|waar)\s*:\s*(.+)$/i
