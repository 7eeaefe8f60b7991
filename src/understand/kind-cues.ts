import type { Kind } from '../domain/taxonomy.ts'
import type { CueTable } from './cue-scorer.ts'

// Activities, also as the end of a compound ("schilderworkshop", "mantelzorgcafe", "hondenspeeldag").
const ACTIVITY = [
  'workshop', 'lezing', 'voorstelling', 'concert', 'festival', 'borrel', 'bingo', 'quiz', 'excursie', 'rondleiding', 'wandeling', 'toernooi', 'wedstrijd', 'bijeenkomst',
  'vergadering', 'overleg', 'spreekuur', 'cafe', 'picknick', 'optocht', 'receptie', 'viering', 'maaltijd', 'diner', 'lunch', 'ontbijt', 'disco', 'tocht', 'show',
  'podium', 'training', 'cursus', 'opruimactie', 'schoonmaakactie', 'beurs', 'schouw', 'speeldag', 'sportdag', 'burendag', 'opschoondag', 'themadag', 'familiedag',
  'klusdag', 'werkdag', 'tuinendag', 'monumentendag',
].join('|')
const I_CAN = '(?:(?:ik|wij|we) (?:kan|kunnen|wil|willen|zou|zouden)|(?:kan|wil) ik)'
// Up to four words that do not negate ("ik kan het niet meer zelf doen" asks, it does not offer).
const FEW_WORDS = '(?:(?!niet\\b|geen\\b)\\S+ ){0,4}'
// Work someone looks for to earn or to help: then "zoek" offers ("zoek oppaswerk", "zoeken nog klusjes").
const WORK_SOUGHT = '(?:nog |naar )?(?:een |wat |leuke? |extra )*(?:oppaswerk|oppasadres\\p{L}*|oppasgezin\\p{L}*|\\p{L}*bijbaan\\p{L}*|vakantiewerk|\\p{L}*klusjes|klussen|werk)\\b'
// What a service gives: "gratis begeleiding", "de ondersteuning is kosteloos".
const SUPPORT = '(?:hulp|begeleiding|ondersteuning|advies|hulpverlening|maatje|buddy)'
// What a helper does: "wie wil ... helpen" asks, "ik kan ... helpen" offers.
const HELPING = `(?:${[
  'helpen', 'uitlaten', 'oppassen', 'meegaan', 'meelopen', 'rijden', 'brengen', 'doen', 'maken', 'repareren', 'geven', 'verzorgen', 'voeren', 'halen', 'sjouwen',
  'tillen', 'ophangen', 'schoonmaken', 'wandelen', 'kijken', 'sparen', 'zorgen', 'praten', 'oefenen', 'leren', 'lezen', 'bellen', 'meedenken', 'meedoen', 'aansluiten',
].join('|')})\\b`
// Who an offering writer says they are: "ik ben gepensioneerd", "ik ben yogadocent".
const HELPER_ROLE = [
  'student', 'gepensioneerd', 'met pensioen', '\\p{L}*docent', '\\p{L}*leraar', '\\p{L}*lerares', '\\p{L}*trainer', '\\p{L}*coach', 'juf', 'verpleegkundige', 'kapper',
  'elektricien', 'timmerman', 'loodgieter', 'schilder', 'ict\\S*', 'kok', 'gediplomeerd', 'ervaren', 'handig', 'oma', 'opa',
].join('|')
// "Over" that ends a clause ("heb soep over!", "heb 2 kaartjes over voor ...", "tijd over en ..."), not "over (de) toeslag".
const LEFT_OVER = 'over(?=\\s*(?:$|[^\\p{L}\\p{N}\\s]|(?:voor|van|en|dus|als|om|hoor|nog|in|op)\\b))'

/**
 * Dutch cues that a post offers something: help, time, a skill, or goods to give away, lend, swap or sell. Matching
 * uses them to tell an offer that also asks from one that only asks. Weights: 6 decides, 5 is strong, 4 clear, 3 a
 * usual sign, 2 a hint.
 */
export const OFFER_CUES: CueTable = [
  [6, [
    'aangeboden', 'hulpaanbod', 'te koop', 'gratis af te halen', 'gratis op te halen', 'te geef', 'weg te geven', 'gratis weg', 'geef (?:ik )?weg',
    'bied(?:t|en)? (?:\\S+ ){0,4}aan\\b', 'bied(?:t|en)? (?:\\S+ ){0,2}(?:hulp|ondersteuning|gratis)', 'weggeef(?!kast|winkel|hoek)', '(?:heeft )?(?:er )?iemand interesse',
    'wie heeft interesse', '(?:iemand|mensen) die (?:\\S+ ){0,4}(?:zoekt|zoeken)\\b', 'is (?:hij|ze|het) van (?:jou|u|jullie)', 'er kan nog (?:\\S+ ){0,4}bij',
    'wie moet er (?:\\S+ ){0,3}naar', `heb(?:ben)? (?:\\S+ ){0,4}${LEFT_OVER}`, 'weggeven', 'iemand (?:iets|wat) nodig', 'iemand mee\\?', 'wie (?:wil(?:t)? )?(?:er )?mee\\?',
    'wie (?:\\S+ )?mee wil',
  ]],
  [5, [
    'aanbod', 'af te halen', 'op te halen', 'afhalen', 'te leen(?! gevraagd)\\b', 'uit te lenen', 'leen (?:\\S+ ){0,6}uit', 'uitlenen',
    'mag (?:je|u|jij|iedereen) (?:\\S+ ){0,2}lenen', 'te ruil', 'ruilen', 'mag (?:\\S+ )?(?:gratis )?weg', 'mogen (?:\\S+ ){0,2}(?:geleend|gebruikt|opgehaald)',
    'mag (?:\\S+ ){0,2}(?:geleend|gebruikt|opgehaald)', 'ter overname', 'over te nemen', '(?:nieuw|goed|warm|lief) (?:thuis|baasje|huisje|te huis)',
    `${I_CAN} (?!ook\\b)${FEW_WORDS}${HELPING}`, `${I_CAN} (?!ook\\b)${FEW_WORDS}(?:meenemen|ophalen|geven|knippen|koken|bakken|lenen)\\b`,
    'wil (?:best|graag|wel) [^.?!]{0,70}(?:helpen|doen|brengen|rijden|meenemen|oppassen|uitlaten|koken|maken)\\b',
    'wie wil(?:t)? (?:er )?(?:\\S+ ){0,5}(?:hebben|ophalen|overnemen|gebruiken|lenen)', 'wie komt (?:\\S+ ){0,3}(?:op)?halen', '\\p{L}+ over van (?:het|de|ons|mijn)',
    'iets (?:\\S+ )?betekenen voor', 'iets (?:terug )?doen voor (?:een ander|anderen|de buurt|iemand)', 'voor (?:je|jullie|uw) \\S+ zorgen',
    '(?:die|dat|wie) (?:het |er )?(?:een |hem |ze )?(?:goed )?nodig (?:heeft|hebben)', 'gratis voor', '(?:moet|wil|kan|heeft) (?:er )?iemand (?:nog )?(?:iets|wat)\\b',
    '(?:moet|wil) (?:er )?iemand (?:\\S+ ){0,3}(?:ook|mee)\\b', 'zal ik (?:iets|wat) ', `(?:iemand|je|jij|u) [^.?!]{0,40}(?:nodig|gebruiken)\\b[^.?!]{0,30}\\?`,
    '(?<=^|[.!?] )\\S+(?: \\S+)? nodig\\b[^.?!]{0,40}\\?', 'wie (?:een )?(?:lift|plekje|plaatsje|ritje) wil',
    '(?:als|wie) (?:je|jullie|u|iemand) (?:\\S+ ){0,4}(?:mee )?wil(?:t|len)?,? (?:kan|mag) dat', '(?:rij|ga|loop|fiets|eet) gerust mee', 'kost (?:niks|niets)',
    'kan (?:\\S+ ){0,5}meenemen', 'iets (?:mee)?nemen\\?', 'ruimte in de auto', '(?:\\d+|twee|drie|vier) (?:mensen|personen) meenemen',
    'heb(?:ben)? (?:nog )?(?:\\S+ )?plek(?:ken|je)?\\b', 'iemand die (?:\\S+ ){0,2}(?:ook|mee)\\b',
    '(?<!(?:wie|iemand|je|u|jij|jullie|die) )kan (?!(?:\\S+ )?zelf\\b)(?:nog )?(?:\\S+ ){0,3}(?:opvangen|oppassen|meenemen|rijden|ophalen)\\b', '(?:rij|rijd|breng|haal) (?:\\S+ ){0,6}graag',
    'geef (?:\\S+ ){0,4}(?:gratis|\\p{L}*les|cursus|workshop|yoga|training|advies)\\b', 'plek voor (?:\\d|een|twee|drie)\\b',
    'als iemand (?:\\S+ ){0,5}(?:wil gebruiken|nodig heeft|kan gebruiken|wil hebben|interesse heeft)', 'zet (?:hem|het|ze) (?:\\S+ ){0,3}klaar', 'restjes', 'restanten',
    'heeft (?:nog )?(?:\\S+ )?(?:avonden|middagen|ochtenden|dagen|tijd) (?:vrij|over)', 'heb(?:ben|t)? (?:\\S+ ){0,4}(?:tijd|\\p{L}*(?:avond|middag|ochtend|dag)(?:en)?) (?:vrij|over)',
    'tijd om te helpen', 'zin om (?:iemand |je |u )?te helpen', 'om (?:iemand|je|u|anderen|buren|mensen) te helpen', 'geen vergoeding nodig', 'vrijgekomen',
    'zijn (?:\\S+ ){0,3}vrij\\b', 'stel (?:me|mij|mijzelf|mezelf) (?:graag )?beschikbaar', 'ben beschikbaar',
    'voor wie (?:het|ze|hem|dit|er) (?:\\S+ )?(?:kan gebruiken|nodig heeft|wil)', 'kan (?:ik )?(?:je|u|jullie) (?:\\S+ )?(?:helpen|meenemen)',
    'help(?:en)? (?:je|u|jullie) (?:graag|met|bij)', '(?:ik )?(?:help|helpen|doe|doen|rij|kook|bak|pas|neem|breng|haal|kom|komen|lees|kijk|leg|schrijf|vul) (?:\\S+ ){0,2}graag',
    'heb(?:t)? (?:jij|je|u) (?:\\S+ )?moeite met', 'mocht (?:iemand|je|u) ', '(?<=^|[.!?] )kan (?!iemand|er\\b|je\\b|u\\b|jij\\b|jullie\\b)[^.?!]{0,80}[.!]',
    `(?<!(?:wie|iemand|je|u|jij|jullie|die|er) )kan (?:wel|best|prima|altijd) (?:\\S+ ){0,2}${HELPING}`,
    '(?:\\?|,|:) dan (?:kijk|kom|help|breng|haal|neem|doe|rij|rijd|kook|bak|pas|loop|lees|regel|zorg|geef) (?:ik|we|wij)\\b',
    'geef (?:je|jullie|uw) (?:\\S+ )?(?:lijstje|boodschappen\\p{L}*|wensen|klus\\p{L}*) (?:maar )?door',
    'ik (?:let|denk|luister|wandel|loop|fiets|knip|repareer|oefen|sjouw|til|verzorg|laat|ruim|maai|tuinier) (?:\\S+ ){0,2}graag',
    // A routine of the writer that others may join or use: "ik loop elke ochtend ...", "ik doe elke woensdag boodschappen".
    'ik (?!moet|heb|ben|kan|zit|wil|zou|word|lig|mis)\\p{L}+ (?:\\S+ ){0,2}(?:elke|iedere) ',
    '(?:u|je) (?:wordt|word) (?:\\S+ ){0,3}(?:opgehaald|gebracht|geholpen|thuisgebracht|thuisgezet|afgezet|bezocht)',
    'graag (?:een handje )?helpen', '(?:ik )?geef (?:\\S+ ){0,3}\\p{L}*(?:les|lessen|cursus|workshop)\\b', 'breng (?:ik )?(?:\\S+ ){0,4}(?:langs|rond)', 'ik kom graag',
    'kom (?:maar|gerust) (?:\\S+ ){0,2}(?:halen|plukken|ophalen|pakken|langs)', 'pak maar', 'neem (?:maar )?mee wat', 'vraagprijs', 'zgan', 'z\\.g\\.a\\.n',
    'in (?:\\S+ )?(?:goede|prima|nette) staat', 'zo goed als nieuw', 'op = op', 'wie het eerst komt', 'stuur me je (?:lijstje|boodschappen)',
    // A writer with time or tools who waits to be called: "roep maar", "laat maar weten", "ben zaterdag vrij".
    '(?:roep|laat|app|bel|stuur|zeg|mail|meld|gil|piep) (?:het |me |mij |even |gerust )?maar\\b',
    'vrij\\b(?<=(?:week|weekend|maand|vakantie|zomer|ochtend|middag|avond|dag)(?:en)? vrij)',
    'als (?:er )?iemand (?:\\S+ ){0,5}(?:moet|wil) hebben',
    `zoek(?:t|en)? ${WORK_SOUGHT}`,
    // An organisation's service described to the reader: "AutoMaatje brengt u", "komt bij u thuis", "de begeleiding is gratis".
    '(?<!wie )(?:brengt|haalt|bezoekt|begeleidt|ondersteunt|rijdt) (?:u|uw)\\b', 'kom(?:t|en)? (?:\\S+ ){0,8}bij (?:u|je) thuis',
    '(?:ga|gaat|gaan|kom|komt|komen|loop|loopt|lopen|rij|rijdt|rijden|fiets|fietst) (?:\\S+ ){0,3}met (?:u|je|jou) mee\\b',
    'vrijwillig\\p{L}* (?:\\S+ ){0,3}(?:voor|bij) (?:u|uw)\\b', `gratis ${SUPPORT}`, `${SUPPORT} is (?:\\S+ )?(?:gratis|kosteloos)`,
    `(?:kunt|kan) (?:u|je) (?:zich |je )?(?:\\S+ ){0,2}aanmelden (?:voor|bij) (?:\\S+ ){0,2}${SUPPORT}`,
  ]],
  [4, [
    'ik (?:help|kook|bak|rij|rijd|breng|haal|doe|maak) (?:\\S+ ){0,3}(?:graag|voor (?:u|je|jullie|iedereen|buren|ouderen|wie))', 'als ik iets (?:\\S+ )?(?:mee|voor)',
    `wie wil(?:t)? (?:er\\b|(?:nog )?(?:een|wat|mijn|mn|deze|dit|die|ze|hem|het|\\d+)\\b)(?![^.?!]{0,50}(?<!\\p{L})${HELPING})[^.?!]{0,60}\\?`, 'wie wil(?:t)?\\?',
    'werkt (?:nog )?(?:prima|goed|perfect)', 'weinig gebruikt', 'nauwelijks gebruikt', 'als nieuw', 'niet meer (?:nodig|gebruik)', 'kun(?:t|nen)? (?:\\S+ )?gebruiken',
    '(?:heb|heeft|hebt) (?:je|u|jij) (?:\\S+ ){0,4}(?:klus|klusje|klussen|vraag|vragen|probleem)', 'bijverdien', 'wie heeft (?:er )?zin(?! om)', 'interesse in',
    'kleine bijdrage', 'nog (?:een )?\\S+ (?:\\S+ ){0,3}staan\\b', 'interesse\\?', 'bij interesse', 'wie interesse heeft', 'tijd over', 'heb (?:nog )?tijd', 'beschikbaar',
    'ruilen\\?', 'bel (?:of app )?gerust', 'app (?:me )?gerust', 'vraag (?:het )?gerust', 'schroom niet', 'opgehaald (?:worden|door)',
    'ik (?:\\S+ ){0,2}(?:maak|bak|kook) (?:\\S+ ){0,3}(?:te veel|over|extra)', '(?:te veel|over) (?:\\S+ ){0,2}(?:gemaakt|gekookt|gebakken|gekocht)',
    'zelf (?:een )?(?:bakje|pan|tas|doos) meenemen', '(?:heeft|hebt|heb) (?:u|je|jij) (?:\\S+ ){0,5}nodig', 'graag voor (?:u|je|jullie)',
    'helpt (?:u|je|jullie)\\b', '(?<!wie )helpt (?:\\S+ )?(?:met|bij) ', 'kom(?:t|en)? (?:\\S+ )?gratis', 'bij (?:u|je) thuis',
    'vergoed(?:t|en)\\b', 'betaalt (?:de|het|uw|je)\\b', 'kan (?:uw|je) \\S+ niet', 'wie zin heeft', 'sluit (?:gerust |je )?aan',
    '(?:ik|wij|we) (?:loop|wandel|fiets|ga|rij|zwem) (?:\\S+ ){0,2}(?:elke|iedere)',
    '(?:loop|wandel|fiets|zwem) (?:\\S+ ){0,2}(?:elke|iedere) (?:dag|ochtend|middag|avond|week|\\S+dag)', 'koppel(?:t|en)? (?:u|je|jullie) aan',
    'kunt u (?:\\S+ ){0,3}(?:zelf )?(?:geen|niet)',
  ]],
  [3, [
    `gratis(?! \\p{L}*(?:${ACTIVITY})\\b)`, 'kosteloos', 'vrijblijvend', '(?:tegen )?(?:een )?(?:kleine )?vergoeding', '(?<!(?:wint|won|winnen|gewonnen|winnaar) (?:\\S+ ){0,4})prijs(?!uitreiking)', 'laat (?:\\S+ ){0,3}weten', 'ervaring (?:met|als)', 'ervaren', 'vog\\b',
    'kan (?:er )?niet (?:meer )?(?:heen|gaan)', `ik ben (?:\\S+ ){0,2}(?:${HELPER_ROLE})`, 'handig met',
    '(?:vind|vinden) (?:het|ik het) (?:\\S+ )?(?:leuk|heerlijk|fijn|mooi) om', 'zonde om weg te gooien', 'stuks', `${LEFT_OVER} ?!`, 'per (?:bezoek|uur|keer|dag|wandeling|rit)\\b',
    'werkende', 'voor iemand die', 'aan huis', 'euro\\b', '\\d+ ?eur\\b', '\\d,-',
    '(?:ik )?ga (?:\\S+ ){0,3}naar (?:de|het) (?:\\S+ )?(?:winkel|markt|supermarkt|ah|jumbo|lidl|aldi|makro|ikea|apotheek|stad)',
    '(?:ik |en )?(?:rij|rijd|fiets) (?:\\S+ ){0,4}naar', 'heb(?:ben)? een (?:\\S+ ){0,2}\\p{L}*(?:bus|busje|auto|aanhanger|bakfiets)\\b',
    'ik (?:laat|rij|rijd|geef|kook|help|haal|breng|pas|repareer|knip|bak) ', '\\p{L}*service\\b',
  ]],
  [2, ['stuur (?:me |mij )?(?:een )?(?:pb|pm|dm|berichtje|appje|bericht)']],
]


/** A formal title opens with what the post is: "Hulpvraag: ...", "Vacature: ...", "Aanbod: ...". */
export const TITLE_PREFIX_KINDS: [prefix: RegExp, kind: Kind][] = [
  [/^(?:hulpvraag|hulp gevraagd|gezocht|gevraagd|vacature|oproep|vermist|gevonden|zoekertje|te leen gevraagd)\b/, 'request'],
  // "Hondenoppas gezocht", "Vrijwilligers gezocht voor ...", but a home sought for kittens gives them away.
  [/^(?:\p{L}+ ){1,2}(?<!(?:thuis|huisje|baasje|plekje|baasjes) )gezocht\b/u, 'request'],
  [/^(?:aanbod|hulpaanbod|aangeboden|te koop|te geef|te leen(?! gevraagd)|weggeefactie|bied aan)\b/, 'offer'],
  [/^(?:activiteit|agenda|uitnodiging|save the date)\b/, 'event'],
  [/^(?:nieuws|mededeling|waarschuwing|terugblik|verslag|update|let op|bedankt)\b/, 'info'],
]

/** Platforms whose posts are all one kind: a calendar holds events, Deedmob lists volunteer vacancies. */
export const PLATFORM_KINDS: Record<string, Kind> = { ical: 'event', deedmob: 'request' }

/** Words that make a post about a past date still an invitation (a series, or an open sign-up). */
export const INVITATION_CUES: CueTable = [
  [1, ['welkom', 'kom (?:ook|gezellig|allemaal|langs|naar)', 'doe (?:je )?mee', 'aanmelden', 'opgeven', 'volgende keer', 'elke (?:week|maand)', 'wekelijks', 'save the date']],
]

/** An activity called off is news: "de kinderdisco vervalt", "gaat deze week niet door", "afgelast". */
export const CANCELLED_CUES: CueTable = [
  [1, ['vervalt', 'vervallen', 'gaat (?:\\S+ ){0,3}niet door', 'afgelast', 'geannuleerd']],
]

/** A call for volunteers: an activity announced to recruit helpers is a request, however much it describes the day. */
export const VOLUNTEER_CALL_CUES: CueTable = [
  [1, [
    '(?:vrijwilligers?|helpers|hulp|handen) (?:gezocht|gevraagd|nodig)', 'zoek(?:en|t)? (?:\\S+ ){0,3}(?:vrijwilligers|helpers|handen|versterking)\\b',
    'wie (?:helpt|wil helpen|komt helpen) (?:er )?(?:mee|ons)\\b', '(?:helpende|extra) handen',
  ]],
]
