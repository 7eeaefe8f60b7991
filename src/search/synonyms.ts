/**
 * Words residents use for the same thing, for search: a query for one finds posts with the others. One table for
 * both backends (PostgreSQL expands the query words; Meilisearch gets them as its `synonyms` setting). Single
 * words only, lower case, no accents; plurals need no entry (both backends stem or match them).
 */
export const SEARCH_SYNONYMS: readonly (readonly string[])[] = [
  ['boodschappen', 'supermarkt', 'winkelen'],
  ['computer', 'laptop', 'pc'],
  ['tablet', 'ipad'],
  ['smartphone', 'mobiel', 'telefoon'],
  ['klussen', 'klusjes', 'klus', 'klushulp'],
  ['oppas', 'oppassen', 'babysit', 'babysitter'],
  ['vervoer', 'lift', 'meerijden'],
  ['tuinieren', 'tuinwerk', 'tuinonderhoud'],
  ['maaltijd', 'diner', 'eten'],
  ['administratie', 'formulieren', 'papierwerk'],
  ['fiets', 'rijwiel'],
  ['rolstoel', 'rollator'],
]

/** The other words of the groups a (folded) word is in. */
export function synonymsOf(word: string): string[] {
  return SEARCH_SYNONYMS.filter((group) => group.includes(word)).flat().filter((other) => other !== word)
}
