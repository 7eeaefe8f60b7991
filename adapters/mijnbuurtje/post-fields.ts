import type { ItemDraft, Location } from '../../src/domain/item.ts'
import type { Kind } from '../../src/domain/taxonomy.ts'
import { locationFromText } from '../../src/normalise/location.ts'
import { endOfDayAfter } from '../../src/understand/dutch-date.ts'
import { DAYS_LEFT, KIND_LABELS, PLACES, THEMES, VENUE } from './markup.ts'
import { categoriesOfThemes } from './themes.ts'

/** "Hulpvraag" or "Hulpaanbod", on a card or in the meta list. */
export function kindOfLabel(label: string | undefined): Kind | undefined {
  return label === undefined ? undefined : KIND_LABELS[label.toLowerCase()]
}

/** "Nog 5 dagen om te reageren": the days left, counted from the moment the page was read. */
export function expiresAtOfDaysLeft(text: string | undefined, now: Date): string | undefined {
  const days = text === undefined ? undefined : DAYS_LEFT.exec(text)?.[1]
  return days === undefined ? undefined : endOfDayAfter(Number(days), now)
}

/** What the meta list of a post page says: kind, days left, themes and places. */
export function readMetaItems(texts: string[], now: Date): Pick<ItemDraft, 'kind' | 'expiresAt' | 'sourceCategories' | 'categories' | 'location'> {
  const themes: string[] = []
  const places: string[] = []
  let kind: Kind | undefined
  let expiresAt: string | undefined
  let venue: string | undefined
  for (const text of texts) {
    kind ??= kindOfLabel(text)
    expiresAt ??= expiresAtOfDaysLeft(text, now)
    themes.push(...listAfter(THEMES, text))
    places.push(...listAfter(PLACES, text))
    venue ??= VENUE.exec(text)?.[1]
  }
  const categories = categoriesOfThemes(themes)
  return {
    kind,
    expiresAt,
    sourceCategories: themes,
    categories: categories.length > 0 ? categories : undefined,
    location: location(places, venue),
  }
}

/** The comma-separated list after a label ("Thema: Klussen, Natuur"); empty when the text is not that label. */
function listAfter(label: RegExp, text: string): string[] {
  const list = label.exec(text)?.[1] ?? ''
  return list.split(',').map((part) => part.trim()).filter(Boolean)
}

/** The places (dorp, wijk) name the location; a venue line adds its address. */
function location(places: string[], venue: string | undefined): Location | undefined {
  const place = venue === undefined ? null : locationFromText(venue)
  if (places.length > 0) return { ...place, name: places.join(', ') }
  return place ?? undefined
}
