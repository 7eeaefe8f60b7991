import taxonomy from '../../src/domain/taxonomy.json' with { type: 'json' }
import { isCategory } from '../../src/domain/taxonomy.ts'
import type { Category } from '../../src/domain/taxonomy.ts'

// Theme names that say exactly what a category is, besides the categories' own ids and labels.
const SYNONYMS: Record<string, Category> = {
  tuinieren: 'tuin',
  computer: 'digitaal',
  'computer en internet': 'digitaal',
  koken: 'eten',
  mantelzorg: 'zorg',
  sport: 'sport-cultuur',
  cultuur: 'sport-cultuur',
  taal: 'taal-administratie',
  administratie: 'taal-administratie',
}

const THEME_CATEGORIES = new Map<string, Category>([
  ...taxonomy.categories.flatMap(({ id, label }) => (isCategory(id) ? [[id, id], [themeKey(label), id]] as const : [])),
  ...Object.entries(SYNONYMS),
])

/** The taxonomy categories of a post's themes, only where a theme's name is clearly the category. */
export function categoriesOfThemes(themes: string[]): Category[] {
  const categories = themes.map((theme) => THEME_CATEGORIES.get(themeKey(theme))).filter((category) => category !== undefined)
  return [...new Set(categories)]
}

function themeKey(name: string): string {
  return name.toLowerCase().replace(/\s*&\s*/g, ' en ').replace(/\s+/g, ' ').trim()
}
