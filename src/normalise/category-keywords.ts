import type { Category, Kind } from '../domain/taxonomy.ts'

/**
 * Dutch cues per category for the keyword fallback. Each entry is a regular expression matched at the start
 * of a word in lower-case text without accents, so a stem also finds its inflections ("boodschap" finds
 * "boodschappen"). Lookaheads keep stems out of unrelated words ("hond" is not "honderd").
 */
export const CATEGORY_KEYWORDS: Record<Exclude<Category, 'overig'>, string[]> = {
  boodschappen: ['boodschap', 'supermarkt', 'apotheek', 'medicijn', 'winkel(?!s?centrum)'],
  vervoer: ['vervoer', 'meerij', 'rijden', 'lift\\b', 'ziekenhuis', 'huisarts', 'tandarts', 'begeleid', 'rolstoel', 'taxi', 'chauffeur'],
  klussen: ['klus', 'repar', 'repair', 'monteren', 'ophangen', 'verhuiz', 'behang', 'lamp', 'in elkaar zetten', 'lekkage'],
  tuin: ['tuin', 'groen(?!te)', 'plant(?!aardig)', 'bomen', 'boom\\b', 'gras', 'snoei', 'geveltuin', 'bloem', 'onkruid', 'moestuin'],
  digitaal: ['computer', 'laptop', 'telefoon(?!nummer)', 'smartphone', 'mobiel', 'tablet', 'ipad', 'internet', 'wifi', 'digid', 'digitaal', 'app\\b', 'apps\\b', 'printer', 'online'],
  gezelschap: ['gezelschap', 'gezellig', 'koffie', 'thee\\b', 'wandel', 'maatje', 'buddy', 'ontmoet', 'eenzaam', 'praatje', 'kennismak', 'buurtcafe', 'cafe\\b', 'spelletje', 'bingo', 'huiskamer'],
  spullen: ['spullen', 'te leen', 'lenen', 'uitlenen', 'af te halen', 'weggeven', 'ruil', 'te koop', 'verkoop', 'kast', 'bank\\b', 'fiets', 'meubel', 'kleding', 'gereedschap', 'boormachine', 'ladder', 'tweedehands'],
  dieren: ['hond(?!erd)', 'kat\\b', 'katten', 'kater\\b', 'poes', 'huisdier', 'dieren', 'uitlaten', 'konijn', 'cavia', 'dierenarts'],
  kinderen: ['kind', 'jeugd', 'jongeren', 'tiener', 'baby', 'oppas', 'huiswerk', 'school', 'peuter', 'speeltuin', 'sinterklaas'],
  'taal-administratie': ['taal', 'nederlands', 'formulier', 'belasting', 'brief', 'brieven', 'administratie', 'papierwerk', 'toeslag', 'aangifte', 'inburger', 'voorlezen'],
  eten: ['eten\\b', 'etentje', 'maaltijd', 'koken', 'kook', 'diner', 'lunch', 'ontbijt', 'soep', 'voedsel', 'taart', 'bakken', 'recept', 'groente', 'fruit'],
  zorg: ['zorg\\b', 'zorgtaak', 'mantelzorg', 'ziek(?!enhuis)', 'gezondheid', 'dementie', 'verpleeg', 'thuiszorg', 'beperking', 'welzijn', 'hulpbehoevend'],
  'sport-cultuur': ['sport', 'voetbal', 'yoga', 'gym', 'fitness', 'zwem', 'muziek', 'zing', 'koor\\b', 'concert', 'theater', 'film', 'kunst', 'teken', 'workshop', 'cursus', 'knutsel', 'haak', 'brei', 'dans', 'museum', 'excursie', 'expositie', 'lezing'],
  buurt: ['buurtinitiatief', 'buurtbijeenkomst', 'buurtfeest', 'bewoner', 'opruim', 'zwerfafval', 'afval', 'straatfeest', 'burendag', 'wijkbudget', 'participatie', 'inspraak', 'leefomgeving', 'kerstmarkt', 'wijkraad', 'buurtbarbecue'],
  veiligheid: ['veilig', 'inbra', 'diefstal', 'gestolen', 'politie', 'buurtpreventie', 'oplicht', 'verdacht', 'babbeltruc', 'phishing', 'brand\\b', 'waarschuw'],
}

/** Cues for what a post is; checked in this order, the title before the body. */
export const KIND_CUES: [Exclude<Kind, 'event' | 'info'>, string[]][] = [
  ['request', ['gezocht', 'wie kan', 'wie wil', 'wie heeft', 'heeft iemand', 'vermist', 'hulp nodig', 'hulp gevraagd', 'hulpvraag', 'zoek', 'gevraagd']],
  ['offer', ['aangeboden', 'gratis af te halen', 'af te halen', 'te leen', 'bied', 'aanbod', 'te geef', 'weg te geven', 'hulpaanbod']],
]
