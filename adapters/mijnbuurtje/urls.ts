import { SECTION_MARKUP, SECTIONS } from './markup.ts'
import type { Section } from './markup.ts'

export interface ListFilters {
  themes?: number[]
  types?: ('OFFERED' | 'REQUESTED')[]
}

const SECTION_PATH = new RegExp(String.raw`/(${SECTIONS.join('|')})(?:/|$)`)
const POST_PATH = new RegExp(String.raw`/(${SECTIONS.join('|')})/(\d+)(?:/|$)`)

/** The list fragment of one section: `/elkaar-helpen?format=fragment&page=1&theme[]=3&type[]=OFFERED`. */
export function listUrl(root: string, section: Section, filters: ListFilters, page: number): string {
  const query = ['format=fragment', `page=${page}`]
  if (SECTION_MARKUP[section].filtered) {
    query.push(...(filters.themes ?? []).map((id) => `theme[]=${id}`), ...(filters.types ?? []).map((type) => `type[]=${type}`))
  }
  return new URL(`${section}?${query.join('&')}`, root).href
}

/** The site root (ending in a slash) of a source URL or of any page on the site. */
export function siteRoot(url: string): string {
  const root = new URL(url)
  const section = SECTION_PATH.exec(root.pathname)
  const path = section ? root.pathname.slice(0, section.index) : root.pathname
  root.pathname = path.endsWith('/') ? path : `${path}/`
  root.search = ''
  root.hash = ''
  return root.href
}

/** The section a list or post URL is in; elkaar-helpen for an address that names none (a saved file). */
export function sectionOf(url: string): Section {
  const name = SECTION_PATH.exec(pathOf(url))?.[1]
  return SECTIONS.find((section) => section === name) ?? 'elkaar-helpen'
}

/**
 * The post's id from `/<section>/<id>/<slug>`: the bare number for elkaar-helpen (the platform's own id),
 * prefixed with the section elsewhere, as agenda and berichten number their posts apart.
 */
export function postIdOf(url: string): string | undefined {
  const [, section, id] = POST_PATH.exec(pathOf(url)) ?? []
  if (!id) return undefined
  return section === 'elkaar-helpen' ? id : `${section}/${id}`
}

/** The page number of a list URL (1 when it has none). */
export function pageOf(url: string): number {
  const page = Number(new URL(url).searchParams.get('page'))
  return Number.isSafeInteger(page) && page >= 1 ? page : 1
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname
  } catch {
    return ''
  }
}
