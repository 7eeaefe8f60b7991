import type { Category } from '../../src/domain/taxonomy.ts'

/**
 * NLvoorElkaar's category names (lower case) that clearly match a taxonomy category. Names that fit none or
 * several (Huishoudelijk, Coronahulp, Begeleiding) are left to the keyword fallback.
 */
const CATEGORY_MAP = new Map<string, Category>([
  ['boodschappen', 'boodschappen'],
  ['vervoer', 'vervoer'],
  ['vervoer en begeleiding', 'vervoer'],
  ['klussen', 'klussen'],
  ['klussen in en om het huis', 'klussen'],
  ['reparatie', 'klussen'],
  ['tuin', 'tuin'],
  ['tuinieren', 'tuin'],
  ['tuin en groen', 'tuin'],
  ['computer', 'digitaal'],
  ['computerhulp', 'digitaal'],
  ['computer en internet', 'digitaal'],
  ['digitaal', 'digitaal'],
  ['digitale hulp', 'digitaal'],
  ['gezelschap', 'gezelschap'],
  ['maatje', 'gezelschap'],
  ['maatjes', 'gezelschap'],
  ['ontmoeting', 'gezelschap'],
  ['spullen', 'spullen'],
  ['dieren', 'dieren'],
  ['huisdieren', 'dieren'],
  ['kinderen', 'kinderen'],
  ['kinderen en jongeren', 'kinderen'],
  ['kinderopvang', 'kinderen'],
  ['oppassen', 'kinderen'],
  ['huiswerkbegeleiding', 'kinderen'],
  ['administratie', 'taal-administratie'],
  ['administratie en financiën', 'taal-administratie'],
  ['thuisadministratie', 'taal-administratie'],
  ['taal', 'taal-administratie'],
  ['taalhulp', 'taal-administratie'],
  ['koken', 'eten'],
  ['maaltijden', 'eten'],
  ['eten en drinken', 'eten'],
  ['zorg', 'zorg'],
  ['mantelzorg', 'zorg'],
  ['respijtzorg', 'zorg'],
  ['sport', 'sport-cultuur'],
  ['sport en bewegen', 'sport-cultuur'],
  ['cultuur', 'sport-cultuur'],
  ['creatief', 'sport-cultuur'],
  ['muziek', 'sport-cultuur'],
  ['buurt', 'buurt'],
  ['buurtactiviteiten', 'buurt'],
  ['leefbaarheid', 'buurt'],
  ['veiligheid', 'veiligheid'],
])

/** The taxonomy categories of NLvoorElkaar's own ones, in their order, each once. */
export function taxonomyCategories(names: string[]): Category[] {
  const mapped = names.map((name) => CATEGORY_MAP.get(name.toLowerCase().replace(/\s*&\s*/g, ' en ')))
  return [...new Set(mapped.filter((category) => category !== undefined))]
}
