import { collapseWhitespace } from '../../src/normalise/index.ts'

// "Ans posted in G.", "Ans shared a link to the group: G.", "Ans heeft iets geplaatst in G.",
// "Ans heeft een link gedeeld in G.": the first connector after the verb starts the group name, which may hold " in ".
const POST_TITLE = /^(?<poster>.+?) (?:posted|wrote|shared|added|created|heeft|plaatste|deelde)\b.*? (?:in|to|aan|naar)(?: (?:the group|de groep):)? (?<group>.+?)\.?$/

export interface PostTitle {
  poster: string
  group: string
}

/** The poster and the group from the title Facebook gives a group post; null when the title says neither. */
export function readPostTitle(title: string): PostTitle | null {
  const match = POST_TITLE.exec(collapseWhitespace(title))
  const poster = match?.groups?.poster
  const group = match?.groups?.group
  return poster && group ? { poster, group } : null
}

/** Group names compared as people type them: case, spacing and Unicode composition aside. */
export function sameGroup(a: string, b: string): boolean {
  const key = (name: string) => collapseWhitespace(name.normalize('NFC')).toLocaleLowerCase('nl').replace(/\.$/, '')
  return key(a) === key(b)
}
