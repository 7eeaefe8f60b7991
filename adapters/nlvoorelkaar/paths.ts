/** The two sides of NLvoorElkaar and the path segment each lives under. */
export const KIND_SEGMENTS = { request: 'hulpvragen', offer: 'hulpaanbod' } as const
export type HelpKind = keyof typeof KIND_SEGMENTS

const DETAIL_PATH = /^\/(hulpvragen|hulpaanbod)\/(\d+)(?:\/|$)/
const LIST_PATH = /^\/(hulpvragen|hulpaanbod)(?:\/|$)/

export interface DetailRef {
  kind: HelpKind
  /** "hulpvragen/500123": request and offer ids are counted apart, so the segment is part of the id. */
  externalId: string
}

/** The map markers of one kind, filtered by NLvoorElkaar's category ids. */
export function markersUrl(siteUrl: string, kind: HelpKind, categories: number[] = []): string {
  const query = categories.map((id) => `categories[]=${id}`).join('&')
  const url = new URL(`/${KIND_SEGMENTS[kind]}/update/resultmarkers.json`, siteUrl).href
  return query ? `${url}?${query}` : url
}

export function detailUrl(siteUrl: string, kind: HelpKind, id: number): string {
  return new URL(`/${KIND_SEGMENTS[kind]}/${id}`, siteUrl).href
}

/** The kind and id of the first URL that is a detail page (`/hulpvragen/500123`). */
export function detailRef(urls: (string | undefined)[]): DetailRef | undefined {
  for (const url of urls) {
    const match = DETAIL_PATH.exec(pathOf(url))
    if (match?.[1] && match[2]) return { kind: kindOfSegment(match[1]), externalId: `${match[1]}/${match[2]}` }
  }
  return undefined
}

/** The kind a URL under `/hulpvragen/...` or `/hulpaanbod/...` belongs to. */
export function kindOfUrl(url: string): HelpKind | undefined {
  const segment = LIST_PATH.exec(pathOf(url))?.[1]
  return segment ? kindOfSegment(segment) : undefined
}

function kindOfSegment(segment: string): HelpKind {
  return segment === KIND_SEGMENTS.offer ? 'offer' : 'request'
}

function pathOf(url: string | undefined): string {
  if (!url) return ''
  try {
    return new URL(url).pathname
  } catch {
    return ''
  }
}
