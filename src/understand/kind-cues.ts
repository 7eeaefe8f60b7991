import type { Kind } from '../domain/taxonomy.ts'
import type { CueTable } from './cue-scorer.ts'

const WEEKDAY_STEM = '(?:maan|dins|woens|donder|vrij|zater|zon)'
const WEEKDAY = `${WEEKDAY_STEM}dag`
// Activities, also as the end of a compound ("schilderworkshop", "mantelzorgcafe", "hondenspeeldag").
const ACTIVITY = [
  'workshop', 'lezing', 'voorstelling', 'concert', 'festival', 'borrel', 'bingo', 'quiz', 'excursie', 'rondleiding', 'wandeling', 'toernooi', 'wedstrijd', 'bijeenkomst',
  'vergadering', 'overleg', 'spreekuur', 'cafe', 'picknick', 'optocht', 'receptie', 'viering', 'maaltijd', 'diner', 'lunch', 'ontbijt', 'disco', 'tocht', 'show',
  'podium', 'training', 'cursus', 'opruimactie', 'schoonmaakactie', 'beurs', 'schouw', 'speeldag', 'sportdag', 'burendag', 'opschoondag', 'themadag', 'familiedag',
  'klusdag', 'werkdag', 'tuinendag', 'monumentendag',
].join('|')
const MONTH = '(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|jan|feb|mrt|apr|jun|jul|aug|sept?|okt|nov|dec)\\b'
// A time range: "van 10 tot 12 uur", "tussen 9 en 12 uur", "13.00-16.00", "14-16u".
const TIME_RANGE = '(?:tussen \\d{1,2}(?:[:.]\\d{2})? (?:uur )?en \\d{1,2}(?:[:.]\\d{2})? ?(?:uur|u)\\b|\\d{1,2}(?:[:.]\\d{2})? ?(?:uur |u )?(?:tot|-|–) ?\\d{1,2}(?:[:.]\\d{2})? ?(?:uur|u)\\b|\\d{1,2}[:.]\\d{2} ?(?:tot|-|–) ?\\d{1,2}[:.]\\d{2})'
const CLOCK = '(?:\\d{1,2}[:.]\\d{2}|\\d{1,2} ?(?:uur|u)\\b|half (?:een|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf)\\b)'
const SOMEONE = '(?:er )?(?:iemand|iemant|iemd|mensen|een buur\\S*|buren|jullie|een handige \\S+)'
const I_CAN = '(?:(?:ik|wij|we) (?:kan|kunnen|wil|willen|zou|zouden)|(?:kan|wil) ik)'
// A personal letter or invitation that comes by post is news, not an activity: "u ontvangt in september een uitnodiging".
const RECEIVE = '(?:krijgt|krijg|krijgen|ontvangt|ontvang|ontvangen)'
// Up to six words within one clause: "gaat tot de zomervakantie niet door".
const SAME_CLAUSE_WORDS = '(?:[^\\s.,;:!?]+ ){0,6}'
// Up to four words that do not negate ("ik kan het niet meer zelf doen" asks, it does not offer).
const FEW_WORDS = '(?:(?!niet\\b|geen\\b)\\S+ ){0,4}'
// Whom a group recruits: "we zoeken nog 3-4 mensen", "zoeken twee nieuwe leden".
const PEOPLE = 'mensen|personen|vrijwilligers|leden|bewoners|buren|deelnemers|helpers|spelers|zangers|ouders|jongeren|kandidaten'
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
// What a question offers rather than asks: "heeft iemand iets nodig?", "wil iemand mee?", "kun je hulp gebruiken?".
const OFFERED = '(?:nodig|iets|wat|mee|interesse|gebruiken|hebben)\\b'
// "Over" that ends a clause ("heb soep over!", "heb 2 kaartjes over voor ...", "tijd over en ..."), not "over (de) toeslag".
const LEFT_OVER = 'over(?=\\s*(?:$|[^\\p{L}\\p{N}\\s]|(?:voor|van|en|dus|als|om|hoor|nog|in|op)\\b))'

/**
 * Dutch cues per kind, matched in the title (counting double) and the body. A negation next to a cue cancels it
 * ("geen hulp nodig", "zoekt geen leden"). Weights: 6 decides, 5 is strong, 4 clear, 3 a usual sign, 2 a hint.
 * Info needs no cues to win (it is what is left), but warnings, thanks, reports and notices have their own.
 */
export const KIND_CUES: Record<Kind, CueTable> = {
  request: [
    [6, [
      'hulpvraag', 'vacature', '(?:iemand|wie) [^.?!]{0,60}(?:leuk|fijn) (?:vinden|vindt|lijken|lijkt) om', '(?<!(?:thuis|baasje|huisje|eigenaar) )gezocht', '(?<!(?:heeft|hebt|heb) (?:u|je|jij) (?:\\S+ ){0,3})hulp nodig', 'hulp (?:gezocht|gevraagd)',
      '(?:vrijwilligers?|mensen|hulp|handen) (?:gezocht|gevraagd)', 'wie mist', 'van wie is', 'wie is (?:de )?eigenaar', 'eigenaar gezocht', 'te leen gevraagd', 'op zoek naar',
      'ben op zoek', `zoek(?:en|t)? (?:we |wij |ik )?(?:nog )?(?:\\d+(?: ?(?:-|tot|a) ?\\d+)?|twee|drie|vier|vijf|zes|een paar|enkele) (?:\\S+ )?(?:${PEOPLE})\\b`,
    ]],
    [5, [
      `(?:ik|wij|we) zoek(?:en)?\\b(?! (?:een |naar een )?oplossing| ${WORK_SOUGHT})`,
      `zoek(?:en|t)? (?!${WORK_SOUGHT})(?:ik|wij|we|nog|een|iemand|mensen|vrijwilligers|versterking|hulp|naar)\\b(?! (?:een |naar een )?oplossing)`, 'vermist', 'kwijtgeraakt', 'verloren',
      'weggelopen', 'ontsnapt', 'aangelopen', 'gevonden', 'niet (?:meer )?thuis ?gekomen', 'wie (?:kan|kent|helpt|zou)\\b', `(?:kan|kun|kunt|wil|zou|heeft|weet) ${SOMEONE}`,
      `(?:is|zijn) ${SOMEONE}`, `${SOMEONE} die (?!ook|mee)(?:\\S+ ){0,3}(?:mij|me|ons|hem|haar|kan|kunnen|wil|willen|zou|zouden)\\b`,
      '(?:is|zijn) er (?:\\S+ ){1,3}die (?:\\S+ ){0,3}(?:mij|me|ons|kan|wil|zou)\\b', 'versterking', 'wie denkt (?:er )?(?:\\S+ )?mee',
      'wie gaat (?:er )?(?:\\S+ ){0,3}naar', 'helpende handen', 'extra handen', 'handjes', 'we kunnen (?:nog )?(?:wel )?(?:wat|extra) hulp', 'kan ik (?:\\S+ ){0,3}lenen',
      `wie wil(?:t)? (?:\\S+ ){0,6}${HELPING}`, 'mag ik (?:\\S+ ){0,3}lenen', 'die ik (?:\\S+ )?mag lenen', 'te leen\\?', '(?:wie|iemand) (?:heeft|heb) (?:\\S+ ){0,5}te leen\\b', 'beloning',
    ]],
    [4, [
      'wie (?:heeft|weet|doet (?:er )?mee)\\b(?! (?:er )?zin)', 'uitleggen', 'legt (?:\\S+ ){0,3}uit\\?', '(?:mij|me|ons) (?:\\S+ )?helpen', 'blij met (?:\\S+ )?hulp',
      'wie herkent', 'herkent iemand', 'wie wil(?:t)? (?:\\S+ ){0,4}(?:met )?(?:mij|me|ons)\\b', 'weet (?:iemand|jij|u) (?:een|of|waar|hoe|wie|wat)',
      '(?:weet|kent) (?:iemand )?(?:een )?(?:goede|betrouwbare) ', 'een (?:goede|betrouwbare) \\S+ (?:weet|kent)', 'help(?:t)? (?:mij|me|ons)\\b', 'helpen\\?', 'graag hulp',
      'kunnen jullie', 'iemand (?:een|die)\\b', '(?:nog )?vrijwilligers? (?:nodig|die|voor(?! (?:u|uw)\\b))', 'kom (?:je )?(?:ons )?(?:team )?(?:helpen|versterken)', 'meld je aan als',
      'aanmelden als vrijwilliger', 'kan (?:het |dit )?niet (?:meer )?(?:zelf|alleen)', 'niet meer zelf', 'lukt (?:het )?(?:mij|me|haar|hem)? ?niet',
      'wil(?:t)? graag (?:hulp|geholpen)', 'zou (?:het )?(?:heel )?(?:fijn|top|super|geweldig|blij)', 'tips? (?:welkom|gezocht|gevraagd)', 'tips?\\?', 'aanraden', 'graag delen',
      'delen (?:aub|svp|graag|a\\.u\\.b)', 'deel dit', 'als je (?:hem|haar|het|ze) (?:\\S+ )?ziet', 'gezien\\?', 'gemist\\?',
      'wil iedereen (?:\\S+ ){0,3}(?:kijken|opletten|uitkijken|delen)', 'alvast (?:heel )?(?:erg )?(?:bedankt|dank)', 'kwijt', '(?:is|zijn) (?:\\S+ ){0,3}weg\\b(?! (?:met|van|naar))', 'dringend', 'spoed', 'urgent', 'zsm',
      'z\\.s\\.m',
    ]],
    [3, [
      `(?<=^|[.!?,] |(?:maar|dus|en|of) )wie (?!wil)(?![^.?!]{0,100}${OFFERED})[^.?!]{0,100}\\?`, '(?<=^|[.!?] )(?:hoe|waar|wat|welke) [^.?!]{0,80}\\b(?:ik|we|wij)\\b[^.?!]{0,60}\\?',
      `iemand (?![^.?!]{0,100}${OFFERED})[^.?!]{0,100}\\?`, `zoek(?! ${WORK_SOUGHT})`, 'wie weet', 'help (?:je )?(?:ons )?mee', 'hulp bij', 'advies', 'lenen\\?',
      '(?<!(?:heeft|hebt|heb) (?:u|je|jij)\\b[^.?!]{0,40})nodig', 'heb(?:t)? (?:jij|u|je) ',
    ]],
    [2, ['help\\b', 'hulp\\b', 'iemand', 'iemant', 'svp', 'plz', 'pls', 'sos\\b', 'tips?\\b(?!:)', '🙏']],
    [1, ['\\?']],
  ],
  offer: [
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
  ],
  event: [
    [6, ['save the date', 'nodig(?:en|t)? (?:je|u|jullie|iedereen|alle \\S+) (?:\\S+ )?(?:van harte )?uit', 'vindt plaats', 'zal plaatsvinden', 'aanvang']],
    [5, [
      '(?:iedereen|allen|jong en oud|buurtbewoners|kinderen|ouders|ook nieuwe buren) (?:is |zijn )?(?:van harte )?welkom', '(?:je|u|jullie) (?:bent|zijn) (?:van harte )?welkom',
      'van harte welkom', 'kom (?:gewoon |gerust |vooral |dan )?(?:ook|gezellig|allemaal|langs|naar|meedoen|kijken|luisteren|proeven|dansen|meezingen|genieten)', 'kom je (?:ook|gezellig)', 'kom jij ook',
      'komt u ook', 'komen eten', 'loop (?:gerust )?binnen', 'binnen ?lopen', 'vrije inloop', 'doe (?:je )?mee\\b', '(?:loop|wandel|fiets|denk|praat|zing|dans) (?:je )?mee\\b',
      'toegang (?:is )?gratis', 'gratis toegang', 'entree', 'tickets', 'open (?:dag|huis|podium|atelier)', 'programma:', 'wanneer:', 'waar:', 'tijd:', 'datum:', 'locatie:',
      'zonder afspraak', 'geen afspraak nodig', 'hoe meer hoe beter', '(?:eten|wandelen|koken|spelen|zingen|dansen|sporten|vieren|drinken|lopen) we samen', 'start \\d',
      'eieren zoeken', 'paaseieren',
    ]],
    [4, [
      'aanmelden (?:kan|via|bij|voor|is|graag)', 'meld (?:je|u) aan(?! als)', 'opgeven (?:kan|bij|via|voor)', 'inschrijven (?:kan|via|bij|voor)', 'reserveren', `(?<!${RECEIVE} ${SAME_CLAUSE_WORDS}(?:een |de )?)(?<!(?:uw|je|jouw) )uitnodiging`,
      'verzamelen', 'we verzamelen', 'voor (?:jong en oud|het hele gezin|alle leeftijden|iedereen|alle (?:bewoners|buren|buurtbewoners))', 'geschikt voor', 'per persoon',
      'p\\.?p\\.?\\b', 'vrijwillige bijdrage', 'start(?:en|t)? (?:om|bij|op)', 'begint (?:om|op|rond)',
      'samen (?:\\S+ )?(?:maken|koken|eten|wandelen|zingen|dansen|sporten|opruimen|schoonmaken|vieren|kijken|spelen)',
    ]],
    [3, [
      'is er weer (?:een )?', 'iedereen neemt', 'aanmelden', 'aanmelding', 'opgeven', 'inschrijven', 'deelname', 'deelnemers', 'deelnemen', 'kosten:?', 'na afloop', 'we gaan',
      'gaan we', 'mag je je', 'kennismakingsles', 'proefles', 'repair ?cafe',
    ]],
    [2, [
      `(?<!open (?:\\S+ ){0,3}(?:\\d{1,2}[:.])?)${TIME_RANGE}`, `\\p{L}*(?:${ACTIVITY})\\b`, '\\p{L}*feest(?!dag)', '(?!super)\\p{L}+markt|(?<!(?:naar|op|bij|van|over) de )markt',
      `(?!(?:van|gister|morgen|goede|${WEEKDAY_STEM})(?:dag)?(?:middag|avond|ochtend)\\b)\\p{L}+(?:middag|avond|ochtend)\\b`, 'optreden', 'film', 'barbecue', 'bbq', 'wandel mee',
      'opening', 'knutsel', 'sinterklaas', 'sint maarten', 'halloween', 'carnaval', 'open (?:tuin|atelier)\\S*', 'neem (?!ik\\b|we\\b|wij\\b)[^.?!]{0,50}?\\bmee\\b',
    ]],
  ],
  info: [
    [6, [
      'terugblik', 'verslag', 'in memoriam', 'waarschuwing', `(?:gaat|gaan|kan|kunnen) ${SAME_CLAUSE_WORDS}niet (?:meer )?door(?:gaan)?\\b`, 'afgelast', 'geannuleerd', 'vervalt', 'vervallen', 'gewijzigde openingstijden', 'mededeling', 'bedankt (?:voor|aan)',
      'bedanken', 'ook (?:zon )?last van', 'voor wie er niet was', '(?:thnx|thanks|dank(?: je| jullie)?(?: wel)?) voor',
    ]],
    [4, [
      'let op', 'pas op', 'opgelet', 'waarschuw', 'wees alert', 'alert', '(?:veel )?dank (?:aan|voor)', 'thnx voor', 'thanks voor', 'dankbaar', 'dankzij',
      'was een (?:groot |enorm )?succes', 'was (?:weer )?(?:erg |heel |super )?(?:gezellig|geslaagd|mooi)', 'hebben (?:we|wij|jullie|ze) ', 'kwamen', 'vierden', 'waren er',
      '(?:hebben|is|zijn|werd|werden) (?:\\S+ ){0,4}opgehaald', 'subsidie', 'opkomst', 'opbrengst', 'op naar (?:de )?volgende',
      '(?:is|zijn) (?:\\S+ )?(?:weer )?(?:thuis|terecht|gevonden)\\b', 'verschenen', 'nieuwe regels', 'handhaving', 'pluim', 'geen (?:water|stroom|warm water|internet)',
      'is bezig met', 'gaat (?:\\S+ )?dicht', 'weer (?:ok|open|normaal)', 'goed om te weten', 'reminder', 'werkzaamheden', 'afgesloten', 'omleiding', 'omgeleid', 'storing',
      'dicht voor', 'gesloten', `(?:is|zijn) ${SAME_CLAUSE_WORDS}dicht\\b`, 'uitgesteld', 'verplaatst', '(?:is|zijn|wordt|worden) (?:\\S+ )?verhuisd naar', 'verhuist (?:naar|per|tijdelijk)', 'openingstijden', 'nieuws', 'ingebroken',
      'inbraak', 'ingeslagen', 'beschadigd', 'aangifte (?:is )?gedaan', 'gemeente (?:meldt|laat weten|heeft|gaat|vervangt|plaatst|start)', 'meldt de gemeente', 'wist (?:u|je) dat',
      'ter info', 'ter informatie', 'fyi', '(?:ff |even )?(?:een )?tip(?:je)?(?: voor [^.?!:]{0,40})?:', 'goed nieuws', 'gefeliciteerd', 'proficiat', 'prettige feestdagen', 'fijne feestdagen', 'gelukkig nieuwjaar', 'fijne kerst',
      'nieuwe? (?:wijkagent|huisarts\\S*|bestuur|voorzitter|website|regels|praktijk|eigenaar|openingstijden|dak|tijden|locatie|adres)', 'gekozen', 'benoemd', 'krijgt (?:een )?nieuwe?', 'op aanvraag',
      `${RECEIVE} ${SAME_CLAUSE_WORDS}(?:een|de) (?:brief|uitnodiging|bericht)`,
      'volgeboekt', `in plaats van (?:op )?(?:${WEEKDAY}|\\d)`, '(?:wint|won)\\b', 'vol ?zit', 'uitverkocht', '(?:is|zijn|plek(?:ken|jes)?) (?:\\S+ ){0,2}vol\\b', 'neem (?:dan )?(?:direct )?contact op met (?:de|het|uw)\\b', '(?:kunt|kan) (?:u|je) (?:\\S+ )?terecht (?:bij|in|op)',
      '(?:heeft|hebben) (?!u\\b|je\\b|jij\\b|jullie\\b)(?:\\S+ ){0,5}(?:gewonnen|behaald|uitgereikt|ingezameld|uitgedeeld|gevierd|georganiseerd)\\b', 'gewonnen',
    ]],
    [3, [
      'helaas', 'niet (?:binnen)?laten', 'politie', 'oplichters?', 'nep', 'opent', 'geopend', 'mogen (?:\\S+ ){0,5}niet', 'vanaf nu', 'tijdelijk', 'excuses voor', 'tot eind',
      'naar verwachting', 'opgelost', 'zijn (?:er )?(?:weer|nu)', 'afspraken? (?:maken )?via', 'was (?:het|er)\\b', 'last van', 'meer (?:informatie|info)', 'zie (?:de )?website',
      'kijk op', 'namens', 'volgens', 'werd(?:en)?\\b', `vanaf (?:${WEEKDAY}|(?:\\d{1,2} )?${MONTH})`,
    ]],
    [2, [
      'afgelopen (?:zaterdag|zondag|maandag|dinsdag|woensdag|donderdag|vrijdag|week|weekend|maand|jaar)', 'vorige week', 'vorig jaar', 'gisteren', 'gisteravond', 'vannacht',
      'overleden', 'gehad', 'vanaf (?:deze|volgende) (?:week|maand)',
      // "Alvast bedankt" thanks for help still to come: that asks.
      '(?<!alvast (?:\\S+ ){0,2})(?:bedankt|dank(?:je|jewel| je wel| jullie wel| u wel))',
    ]],
    [1, ['sinds', 'wordt', 'worden']],
  ],
}

/**
 * When an event happens and where: they make an activity an event, but alone they are no event (a notice has
 * dates too), so they count only for a post that has event cues of its own.
 */
export const EVENT_CONTEXT_CUES: CueTable = [
  [2, [
    `vanaf ${CLOCK}`, `om ${CLOCK}`, 'vanavond', 'morgen', 'overmorgen', 'aanstaande', 'volgende week', 'komende', '(?:elke|iedere) (?:week|maand)', `(?:elke|iedere) ${WEEKDAY}`,
    'wekelijks', 'maandelijks',
  ]],
  [1, [
    WEEKDAY, `(?:za|zo|ma|di|wo|do|vr)\\b \\d`, CLOCK, `\\d{1,2} ${MONTH}`, '\\d{1,2}[-/]\\d{1,2}\\b', '\\p{L}*(?:ochtend|middag|avond)\\b', 'activiteit', 'gezellig', 'samen',
    'locatie', 'buurthuis', 'wijkcentrum', 'buurtcentrum', 'gratis',
  ]],
]

/** A formal title opens with what the post is: "Hulpvraag: ...", "Vacature: ...", "Aanbod: ...". */
export const TITLE_PREFIX_KINDS: [prefix: RegExp, kind: Kind][] = [
  [/^(?:hulpvraag|hulp gevraagd|gezocht|gevraagd|vacature|oproep|vermist|gevonden|zoekertje|te leen gevraagd)\b/, 'request'],
  [/^(?:aanbod|hulpaanbod|aangeboden|te koop|te geef|te leen(?! gevraagd)|gratis|weggeefactie|bied aan)\b/, 'offer'],
  [/^(?:activiteit|agenda|uitnodiging|save the date)\b/, 'event'],
  [/^(?:nieuws|mededeling|waarschuwing|terugblik|verslag|update|let op|bedankt)\b/, 'info'],
]

/** Platforms whose posts are all one kind: a calendar holds events, Deedmob lists volunteer vacancies. */
export const PLATFORM_KINDS: Record<string, Kind> = { ical: 'event', deedmob: 'request' }

/** Words that make a post about a past date still an invitation (a series, or an open sign-up). */
export const INVITATION_CUES: CueTable = [
  [1, ['welkom', 'kom (?:ook|gezellig|allemaal|langs|naar)', 'doe (?:je )?mee', 'aanmelden', 'opgeven', 'volgende keer', 'elke (?:week|maand)', 'wekelijks', 'save the date']],
]

/** A call for volunteers: an activity announced to recruit helpers is a request, however much it describes the day. */
export const VOLUNTEER_CALL_CUES: CueTable = [
  [1, [
    '(?:vrijwilligers?|helpers|hulp|handen) (?:gezocht|gevraagd|nodig)', 'zoek(?:en|t)? (?:\\S+ ){0,3}(?:vrijwilligers|helpers|handen|versterking)\\b',
    'wie (?:helpt|wil helpen|komt helpen) (?:er )?(?:mee|ons)\\b', '(?:helpende|extra) handen',
  ]],
]
