import type { Category } from '../domain/taxonomy.ts'
import type { CueTable } from './cue-scorer.ts'

// A cue that starts with this may also end a compound: "\p{L}*spullen" finds "babyspullen", "plakspullen".
const TAIL = '\\p{L}*'

/**
 * Dutch cues per category, matched at word starts in the title (counting double) and the body. Weights: 5 names
 * the main subject outright (DigiD more so: it is digital whatever the errand), 4 is a clear sign, 3 a usual one,
 * 2 a companion, 1 a hint that only counts with others. Lookaheads keep stems out of unrelated words ("hond" is
 * not "honderd", "groen" is not "groente"); emoji count like words.
 */
export const CATEGORY_CUES: Record<Exclude<Category, 'overig'>, CueTable> = {
  boodschappen: [
    [5, [`${TAIL}boodschap`, 'boodschapen', 'buurtsuper', `${TAIL}supermarkt`, 'apotheek']],
    [4, [
      'medicijnen (?:ophalen|halen)', 'bezorgservice', 'drogist', 'groothandel', 'boodschappenlijst', 'lijstje', 'albert heijn', 'ah\\b', 'jumbo', 'lidl', 'aldi', 'makro',
      'dirk\\b', 'coop\\b', 'spar\\b', 'kruidvat', 'etos', 'hema', 'action\\b', 'slager', 'groenteboer', 'weekmarkt', 'markt\\b',
    ]],
    [3, ['bakker\\b', '🛒']],
    [2, ['medicijn', 'winkel(?!centrum)', 'boodschappentas', 'zware tassen', 'tassen (?:dragen|sjouwen)', 'inkopen', 'iets (?:voor je )?meenemen', 'wat meenemen', 'meenemen\\?']],
    [1, ['brood\\b', 'melk', 'ophalen', 'plus\\b']],
  ],
  vervoer: [
    [5, [
      `${TAIL}vervoer(?!en)`, '(?:bus|tram)?halte', 'meerij', 'chauffeur', 'lift(?:je)? naar', 'autorit', 'regiotaxi', 'taxi', 'valys', 'buurtbus', 'plusbus', 'automaatje',
      'rijd(?:t|en)? (?:mee|iemand)',
    ]],
    [4, [
      'rijden naar', 'ziekenhuis', 'polikliniek', 'poli\\b', 'begeleid(?:en|ing)? (?:naar|bij (?:een |het )?(?:bezoek|afspraak))', '(?:gaat|ga|gaan) mee naar', 'meegaan',
      'durft niet (?:meer )?alleen', 'brengen en (?:weer )?(?:op)?halen', 'heen en terug', 'halen en brengen', 'wegbrengen', 'rit(?:je|ten)?\\b', 'liftje', 'ruimte in de auto',
      'mensen meenemen', 'er kan nog (?:\\S+ ){0,4}bij', 'transporter', 'bestelbus', 'plek voor (?:\\d|een|twee|drie)\\b',
    ]],
    [3, [
      'rijbewijs', 'trein(?:en)?\\b', 'spoor\\b', 'ns\\b', 'bussen', 'reistijd', 'rolstoel', 'scootmobiel', 'bus\\b', 'busje', '(?:bus|tram|trein)lijn', 'buslijn', '(?:bus|tram)?lijn \\d', 'ov\\b',
      'openbaar vervoer', 'station\\b', 'schiphol', 'vliegveld', 'met de auto', 'auto\\b', 'rij\\b', 'rijd', 'oogarts', 'dialyse', 'fysio', 'specialist', 'pendelbus', '🚗', '🚕',
    ]],
    [2, [
      'brug\\b', 'huisarts\\b', 'tandarts', 'afspraak bij', 'controle\\b', 'bakfiets', 'duofiets', 'fietsers', 'verkeer', 'omgeleid', 'omleiding', 'brengen', 'ophalen',
      'vervoeren', 'aanhanger', 'milieustraat', 'in de auto', 'benzine',
    ]],
  ],
  klussen: [
    [5, [`${TAIL}klus`, 'verhuiz', `${TAIL}reparatie`, 'repar', `${TAIL}repair`, 'klusjesman', 'handyman', 'in elkaar (?:zetten|gezet)', 'loodgieter', 'elektricien', 'timmerman']],
    [4, [
      'monter', 'verf\\b', 'verven', 'schuren', 'ophangen', 'op te hangen', 'energiecoach', 'energie besparen', 'energiebesparing', 'bespaar', 'kozijn', 'pluggen', 'bevestigen',
      'schroeven', 'behang', 'schilder(?:en|werk|s)?\\b', 'witten', 'kraan', 'kraanleertje', 'gordijn', 'rails', 'boren\\b', 'stopcontact', 'elektra', 'lekkage', 'lekt\\b',
      'lekkende', 'lekke band', `${TAIL}band (?:is )?lek`, `${TAIL}band plakken`, 'fietsband', 'plakspullen', 'fietsenmaker', 'dakgoot', 'cv\\b', `${TAIL}ketel`, 'verwarming',
      'sjouwen', 'tillen', 'naar (?:de )?(?:\\S+ )?verdieping', 'radiator', 'thermostaat', 'wasmachine aansluiten', 'aansluiten', 'aangesloten', 'naaimachine', 'verstellen', 'herstellen', 'meubels? (?:in elkaar|monteren)',
    ]],
    [3, [
      'gaatje', 'gaten', 'plank', 'kapot', 'scheef', 'klemt', 'sneeuw', 'sneeuwvrij', 'strooizout', 'strooien', 'ketting', 'remmen', 'timmer', 'zolder', 'schuur\\b', 'goot\\b',
      'tegels leggen', 'vloer', 'laminaat', 'kitten\\b', 'deur\\b', 'deurtje', 'dak\\b', 'trap\\b', 'monteur', 'gereedschap', 'zaag',
      'lamp(?:en|je)? (?:ophangen|vervangen)', '🔨', '🔧', '🪛',
    ]],
    [2, [
      'ikea', 'ladder', 'lamp(?:en|je)?\\b', 'onderhoud', 'radiatorfolie', 'douchekop', 'schoonmaken', 'opknappen', 'handig', 'werkt niet', 'doet het niet', 'gaat niet meer aan',
      'onderdelen', 'boormachine', 'isoleren', 'tochtstrip',
    ]],
  ],
  tuin: [
    [5, [
      'tuin(?!pad|deur|set|stoel)', '(?:buurt|buurtmoes|moes|volks|pluk|gevel|voor|achter|school|kruiden|stads|dak|bloemen|tegel)tuin', 'tuinbouw', 'tuinier', 'snoei', 'onkruid',
      'tegelwip', 'steenbreek', 'plantjes(?:markt|ruil)', `${TAIL}stekjes`, 'boomspiegel', 'bloempot', 'potgrond', 'plantenpot', 'boswachter', 'paddenstoel', 'bomenkap',
      'groenvoorziening',
    ]],
    [4, [
      'groen(?!te)', 'vergroen', `${TAIL}plant(?:je|jes|en)?\\b`, 'stek(?:ken)?\\b', 'zaden', 'zaai', 'bloembol', 'bloemzaad', 'bollen', `${TAIL}boom\\b`, 'bomen', 'heg\\b',
      'heggen', 'haag', 'gras(?!veld)', 'gazon', 'maai', 'wieden', 'compost', 'bladeren', 'bladkorf', 'natuur(?!lijk|kunde|wandeling|tocht|excursie)', 'vleermuis', 'vogelhuis', 'insect', 'bijen\\b',
      'vlinder', 'vijver', 'balkon', 'bloembak', 'plantenbak', 'kruidentuin', 'ivn\\b', 'boomgaard', 'monstera', 'stronk', 'conifeer', 'uitgraven', 'wortels', 'vensterbank',
      'kamerplant',
    ]],
    [3, [
      'bloem', 'bos\\b', 'kap\\b', 'kapt\\b', 'gekapt', 'essen\\b', 'iepen', 'eiken\\b', 'linden\\b', 'oogst', 'perk', 'egel', 'vogels\\b', 'grasveld', '🌱', '🌷', '🌻',
      '🌸', '🪴', '🌳',
    ]],
    [2, ['park\\b', 'schoffel', 'hark', 'spade', 'tuinslang', 'water geven', 'kruiden']],
  ],
  digitaal: [
    [7, ['digid']],
    [5, [
      `${TAIL}computer`, 'laptop', 'pc\\b', 'smartphone', 'tablet', 'ipad', 'iphone', 'android', 'internet', 'wi-?fi', 'digitaal', 'digitale', 'digicafe', 'digisterker',
      'digitaalhuis', 'klik (?:en|&) tik', 'ict', 'computerles', 'glasvezel',
    ]],
    [4, [
      `${TAIL}telefoon(?!nummer|isch)`, 'mobieltje', 'gsm', 'printer', 'printen', 'scannen', 'wachtwoord', 'inlog', 'installer', 'software', 'windows', 'apple', 'samsung',
      'videobel', 'beeldbel', 'zoom\\b', '(?:ms|microsoft|via) teams\\b', 'internetbankier', 'bankieren', 'mijn ?overheid', 'e-?mail(?:en|adres)?\\b', 'whatsapp', 'facebook',
      'router', 'modem', 'oplader', 'scherm', 'updat', 'instellen', 'instellingen', 'app\\b', 'apps\\b', 'fotos? (?:overzetten|komen niet|staan)', 'mobiel\\b', 'qr', 'virus',
      'verbinden', 'bluetooth', 'online',
    ]],
    [3, ['💻', '📱']],
    [2, ['tv\\b', 'televisie', 'kabel', 'bellen met', 'sms', 'digi\\b']],
  ],
  gezelschap: [
    [5, [
      'nieuwjaarsreceptie', 'nieuwjaarsborrel', 'buurtkoffie', 'koffie-?uurtje', 'koffieochtend', 'koffie-ochtend', 'koffiemorgen', 'koffiemiddag', 'gezelschap', 'maatje',
      'maatjes', 'buddy', 'eenzaam', 'eenzaamheid', 'eenzame',
    ]],
    [4, [
      'ontmoeting(?!scentrum)', 'wij zijn \\S+ en \\S+', '(?:stellen|stel) (?:ons|me|mij|onszelf|mezelf) (?:even )?voor', 'even voorstellen', 'nieuw in de (?:straat|buurt)',
      'zwaai', `${TAIL}quiz`, 'kerstviering', 'viering', 'buurtkamer', 'huiskamer', 'buurtcafe', 'aanspraak', `${TAIL}borrel`, 'spelletjes?(?:middag|avond)?', 'sjoel', 'klaverjas',
      'rummikub', 'bridge', 'kaartmiddag', 'bingo', 'samenzijn', 'veel alleen', 'alleen thuis', 'alleenstaand', 'alleenwonend', 'weinig bezoek', 'op bezoek', 'bezoekje',
      'kopje koffie', 'kop koffie', 'praatje', 'kletsen', 'babbel(?!truc)', 'kennismak', 'leren kennen', 'nieuwe (?:buren|buurvrouw|buurman)', 'nieuwe mensen',
      'leuk (?:om )?(?:jullie|je|u) te (?:ontmoeten|leren kennen)', 'seniorenmiddag', 'ouderenmiddag', 'mannengroep', 'vrouwengroep', 'vrouwenochtend', 'high tea',
      'ontmoetingsplek', 'ontmoetingscentrum', 'samen (?:zijn|kletsen|proosten|eten|koffie|wandelen|lunchen)', 'samen (?:\\S+ )?(?:kijken|vieren|proosten)', 'lekker samen',
      'gezellig samen',
    ]],
    [3, [
      'met iemand', 'potje', 'weduwnaar', 'weduwe', 'ontmoet(?!ingscentrum)', 'thee\\b', 'kopje', 'kent (?:nog )?niemand', 'kaartclub', 'wandel', 'proosten', 'drankje', 'picknick',
      'gluhwein', 'langskomen', 'kaarten\\b', 'gezellig', 'vriendschap', 'alleen\\b', '☕',
    ]],
    [2, ['koffie', 'inloop', 'rondje', 'welkom', 'contact met', 'gesprek', 'luisterend oor', 'voorlezen', 'buurtbarbecue', 'bezoek']],
    [1, ['samen', 'ouderen', 'senioren', 'oudere']],
  ],
  spullen: [
    [5, [
      'gratis weg', 'mag (?:\\S+ )?weg', '(?:alles )?moet weg', 'te koop', 'te leen', 'uitlenen', 'uit te lenen', 'leen (?:\\S+ ){0,6}uit', 'weggeven', 'weg te geven', 'te geef',
      'gratis af te halen', 'af te halen', 'op te halen', 'ruilen', 'ruilhoek', 'ruilkast', 'weggeefkast', 'weggeefwinkel', 'nog (?:\\S+ ){0,2}liggen', 'afgeven', 'inleveren',
      'inzamel(?!ing)', 'minibieb', 'tweedehands', 'kringloop', 'rommelmarkt', 'kleedjesmarkt', 'vrijmarkt', 'garage ?sale', 'marktplaats', 'zgan', 'z\\.g\\.a\\.n',
      'wie wil(?:t)? (?:er )?(?:mijn|mn|onze|deze|dit|die|een werkende)\\b', 'wie wil(?:t)? (?:\\S+ ){0,2}(?:hebben|houden)\\b',
      'mag (?:je|u|jij) (?:\\S+ ){0,2}(?:lenen|houden|hebben)\\b',
    ]],
    [4, [
      `${TAIL}spullen`, 'geleend', 'afhalen', 'werkt (?:nog )?(?:prima|goed|perfect)', 'lenen', 'leen\\b', 'verkoop', 'koop\\b', 'kopen', 'goede staat', 'prima staat',
      'nette staat', 'als nieuw', 'weinig gebruikt', 'vraagprijs', 'kraam', 'kraampje', 'lentemarkt', 'voorjaarsmarkt', 'najaarsmarkt', 'vlooienmarkt', 'ruilmarkt',
      `${TAIL}kast\\b`, 'bank\\b', 'bankstel', '(?:eet|keuken|bureau|tuin|klap)?stoel(?:en)?\\b', `${TAIL}tafel\\b`, 'bed\\b', 'matras', `${TAIL}meubel`, `${TAIL}kleding`,
      'kleren', 'jas\\b', 'jassen', 'schoenen', 'kinderwagen', 'buggy', 'autostoel', 'maxi-?cosi', 'kinderzitje', `(?<!(?:ik|je|jij|we|wij|dan|gaan|ga) )${TAIL}fiets(?:je|jes|en)?\\b(?! (?:door|naar|langs|rond|mee|terug|heen|ik|dan|toch|even|ff|elke|iedere|vaak|graag|altijd|dagelijks)\\b)`, 'box\\b', 'speelgoed',
      'boormachine', 'ladder', 'aanhanger', 'hogedrukreiniger', 'grasmaaier', 'decoupeerzaag', 'steekkar', 'kruiwagen', 'partytent', 'steiger', 'trapje', 'koelkast', 'vriezer',
      'wasmachine', 'magnetron', 'stofzuiger', 'servies', 'pannen\\b', 'verhuisdozen', 'portemonnee', 'portefeuille', `${TAIL}sleutels?\\b`, 'sleutelbos', 'rugzak', 'slee',
      'sleeen', 'bril\\b', 'ring\\b', 'knuffel', 'boeken\\b', 'puzzels?\\b', 'legpuzzel', 'spelcomputer', 'kinderkeuken\\p{L}*', 'aanbieding', 'playstation', 'lego',
      'kinderboeken', 'kinderbed\\p{L}*', 'fietskar', '\\p{L}*kar\\b', 'is (?:hij|ze|het) van (?:jou|u)', 'kleine prijs', `${TAIL}pomp\\b`, 'piano\\b', 'lamp\\b', 'kaartjes over',
    ]],
    [3, ['heb (?:\\S+ ){0,5}(?:liggen|staan)\\b', 'voor (?:niks|niets)\\b', 'gereedschap', 'tas\\b', 'dozen', 'verloren', 'kwijt', 'maat \\d', 'inch', 'gevonden', 'zoekgeraakt', 'weggooien', 'zonde', 'staat (?:klaar |voor de deur)']],
    [2, ['ophalen', 'opgeknapt']],
    [1, ['euro', 'gratis']],
  ],
  dieren: [
    [5, [
      `${TAIL}hond(?!erd|enbelasting)`, 'hondje', `${TAIL}kat\\b`, 'katje', `${TAIL}katten`, 'kater', 'kitten\\b', 'kittens', 'poes', 'poezen', 'huisdier', 'dieren\\b', 'dier\\b',
      'dierenarts', 'dierenambulance', 'dierenbescherming', 'uitlaten', 'uitlaat', 'kattenbak', 'kattenoppas', 'hondenoppas', 'dierenoppas', 'konijn', 'cavia', 'hamster',
      'parkiet', 'vogeltje', 'losloopgebied',
    ]],
    [4, [
      'eten (?:\\S+ )?geven', 'voer geven', 'kip\\b', 'kippen', 'schildpad', 'labrador', 'jack russell', 'herder', 'teckel', 'chihuahua', 'poedel', 'beagle', 'border collie',
      'retriever', 'stabij', 'kooiker', 'husky', 'bulldog', 'spaniel', 'terrier', 'labradoodle', 'met (?:de|mijn|onze|je|jouw) hond', 'pup', 'puppy', 'baasje', 'halsband',
      'gechipt', 'chip\\b', 'brokjes', 'paard', 'pony', 'eend\\p{L}*', 'ratten', 'muizen', 'duiven', 'meeuwen', 'ganzen', 'zwanen', 'geit', 'schaap', 'schapen', 'kinderboerderij',
      'pootjes', 'miauw', 'opgesloten in (?:de|een|het|ons|hun) (?:\\S+ )?(?:schuur|schuurtje|garage|berging|kelder|schuren)', 'blaft', 'aangelopen', 'weggelopen', 'ontsnapt', 'aan de lijn', 'los lopen', '🐕', '🐶', '🐈', '🐱', '🐰', '🐾',
    ]],
    [3, ['voeren', 'riem\\b', 'egel']],
    [2, ['vermist', 'tam\\b', 'vacht', 'snuffel', 'knuffelen', 'weer thuis', 'mager\\b', 'dierendag']],
  ],
  kinderen: [
    [5, [
      'kind(?!eren (?:welkom|vanaf|tot|van \\d|onder)|erboerderij|erwagen|erfiets|erzitje|erstoel|erkleding|erbed|erkeuken|erboek|erspeelgoed)', 'bellenblaz', 'stoepkrijt',
      'voorlees\\p{L}*', 'creche', 'op (?:\\S+ ){1,2}passen\\b', 'passen op', 'kids', `${TAIL}jeugd`, `${TAIL}jongeren\\p{L}*`, 'jongere\\b', 'tieners?', 'baby', 'peuter',
      'kleuter', 'oppas', 'babysit', 'huiswerk', 'bijles', 'kinderopvang', 'bso\\b', 'speelmiddag', 'sint maarten', 'zomerspelen', 'kinderspelen', 'speelweek', 'kindervakantie',
      'lampion', 'kinderdisco', 'schminken',
    ]],
    [4, [
      'speelplaats', 'schoolplein', 'basisschool', 'opvoed', 'groep [1-8]\\b', 'leerling', 'scholier', 'zoon', 'dochter', 'kleinkind', 'pubers?', 'speelgoed', 'springkussen',
      'sinterklaas', 'sint\\b', 'pieten', 'halloween', 'speurtocht', 'vossenjacht', 'paaseieren', 'eieren zoeken', 'pedagog', 'zwangerschap', 'kinderwagen',
      'maatschappelijke stage', 'rekenen', 'begrijpend lezen', 'schooljaar', 'schoolvakantie', 'voorleesuur',
    ]],
    [3, [
      'speeltuin', 'school', 'jongen', 'meisje', 'ouders', 'moeders', 'vaders', 'spelen\\b', 'knutsel', 'stage', 'kinderen (?:welkom|vanaf|tot|van \\d|onder)', 'jongste', 'oudste',
      '\\(\\d+ (?:jaar|jr|mnd|maanden)\\)', '👶', '🧸', '🎒',
    ]],
    [2, ['gezinnen', 'gezin', 'familie', 'kinder(?:wagen|fiets|zitje|stoel|kleding|bed|keuken|boek|speelgoed)']],
  ],
  'taal-administratie': [
    [5, [
      'taal', '(?:moeder|spreek|gebaren|vreemde)taal', 'inburger', 'nt2', `${TAIL}formulier`, 'belastingaangifte', 'belasting', `${TAIL}toeslag`, `${TAIL}administratie`,
      'papierwerk', 'formulierenbrigade', 'sociaal raadslid', 'schuldhulp', 'budgetcoach', 'anderstalig', 'nieuwkomers', 'statushouder', 'vluchteling',
    ]],
    [4, [
      'nederlands(?:e)? (?:leren|les|praten|spreken|oefenen|taal)', 'nederlands leren', 'nederlands oefenen', 'brieven(?!bus)', 'brief\\b', 'papieren',
      'aangifte(?! (?:is |gedaan|doen bij))', 'belastingdienst', 'uitkering', 'schulden', 'geldzaken', 'financien', 'financieel', 'rekeningen', 'budget', 'verzekering',
      '(?<!met )pensioen', 'aow\\b', 'uwv', 'vertal', 'tolk', 'sollicit', 'cv\\b(?!-?ketel)', 'motivatiebrief', 'lezen en schrijven', 'laaggeletterd', 'bankzaken', 'huurcontract',
      'invullen', 'post\\b', 'inkomstenbelasting', 'aanmaning', 'boete', 'incasso', 'deurwaarder', 'cjib', 'krap', 'rondkomen',
    ]],
    [3, ['schrijven', 'engels', 'arabisch', 'turks', 'oekrain', 'pools', 'spreekuur', 'geld\\b', 'nederlands', 'snap niet', 'aanvragen', 'aanvraag']],
    [2, ['regelen', 'oefenen', 'lezen', 'les\\b', 'lessen', 'paspoort', 'wijkteam', 'buurtteam']],
    [1, ['bibliotheek', 'bieb\\b']],
  ],
  eten: [
    [5, [
      'voedselbank', 'pizzeria', 'restaurant', 'snackbar', 'friettent', 'cafetaria', 'lunchroom', 'ijssalon', 'gedoneerd', 'appels?\\b', 'peren\\b', 'pruimen', 'kersen', 'bramen',
      'aardbeien', 'frambozen', 'plukken', 'doneren', 'courgette', 'tomaat', 'tomaten', 'aardappel', 'komkommer', 'bonen\\b', 'pompoen', 'eten\\b', 'etentje', 'maaltijd', 'koken', 'kook', 'diner', 'dinner', 'lunch', 'ontbijt', 'brunch',
      '(?:buurt|kerst|paas|wijk)(?:diner|lunch|ontbijt|maaltijd)', 'voedsel', 'samen eten', 'mee ?eten', 'eetcafe', 'thuisafgehaald', `${TAIL}soep(?!el|le)`, 'snert', 'oliebol',
      'kerststol', 'stollen', '(?:kerst|voedsel)pakket', 'buurtbarbecue', 'barbecue', 'bbq', 'potluck', 'iftar', 'voedselverspilling', 'too good to go',
    ]],
    [4, [
      `${TAIL}taart`, 'cake', 'koek', 'gebak', 'bakken\\b', 'bakt\\b', 'recept', 'groente', 'fruit', 'brood\\b', 'pannenkoek(?!\\p{L}*plant)', 'stamppot', 'hapje', 'hapjes',
      'proeverij', 'proeven', 'keuken', 'kok\\b', 'chef', 'restjes', 'gerecht', 'menu', 'driegang', '\\p{L}+(?:maaltijd|diner|lunch|ontbijt)', 'suikerfeest', 'eet\\b', 'popcorn',
      'pizza', 'jam\\b', 'lasagne', 'pasta', 'rijst', 'curry', 'ovenschotel', 'stoofpot', 'quiche', 'hutspot', 'nasi', 'bami', 'couscous', 
      'bananen', 'aardbei', 'sla\\b', 'porties?', 'warme hap', 'ijsje', 'ijsco\\p{L}*',
    ]],
    [3, ['uit (?:mijn|mn|onze|eigen) (?:eigen )?(?:moes)?tuin', 'drinken', 'kratten', 'bak\\b', 'oogst', 'tafel\\b', 'aan tafel', 'honger', 'over voor', 'pers\\b', 'picknick', '🥐', '🥞', '🍲', '🍝', '🍰', '🥘', '🍕', '🍎', '🍅', '🥒', '🍩']],
  ],
  zorg: [
    [5, [
      'dementie', 'alzheimer', 'wijkverpleeg\\p{L}*', 'huisarts\\p{L}+', 'patienten', 'verpleeghuis', 'zorgcentrum', 'verzorgingshuis', 'de zonnebloem',
      '(?!be|ver|voor)\\p{L}*zorg\\b', 'zorgtaak', 'zorgtaken', 'mantelzorg', 'respijt', 'thuiszorg', 'wijkverpleging', 'verpleeg', 'zorgbehoevend', 'hulpbehoevend', 'palliatief',
      'hospice', 'valpreventie', 'vallen (?:te )?voorkomen',
    ]],
    [4, [
      'hitte', 'hittegolf', 'aed\\b', 'sociaal wijkteam', 'lyme', 'ziek(?!enhuis)', 'gezondheid(?!scentrum)\\p{L}*', 'beperking', 'gehandicapt', 'handicap', 'slecht ter been', 'rollator',
      'slechtziend', 'blind', 'doof', 'slechthorend', 'revalid', 'medicatie', 'douchen', 'aankleden', 'steunkousen', 'huishoudelijk', 'schoonmaakhulp', 'wmo\\b', 'depressie',
      'psychisch', 'burn-?out', 'ggz', 'rouw', 'ehbo', 'reanim', 'burgerhulpverlener', 'oogje in het zeil', 'kwetsbare?\\b', 'koele plek', 'balans\\b', 'beweegprogramma',
      'teken\\b', 'tekenbeet', 'vaccin', 'praktijkondersteuner', 'hulpmiddelen', 'bloeddruk', 'reuma', 'artrose', 'diabetes', 'verpleegkundige', 'fysiotherap', 'kracht in',
    ]],
    [3, ['gezond(?!heidscentrum| en gelukkig| nieuwjaar)', 'welzijn', 'warmte', 'wijkteam', 'buurtteam', 'overlijden', 'huishoud', 'ontlasten', 'mantel']],
    [2, [
      'heup', 'knie', 'operatie', 'geopereerd', 'herstel', 'gevallen', 'val\\b', 'gebroken', 'griep', 'corona', 'dokter', 'huisarts', 'ziekenhuis', 'zelfstandig', 'mevrouw \\(\\d',
      'meneer \\(\\d', 'op leeftijd', 'hoogbejaard',
    ]],
    [1, ['ouderen']],
  ],
  'sport-cultuur': [
    [5, [
      `${TAIL}sport(?!hal|park|veld)`, `${TAIL}yoga`, `${TAIL}bioscoop`, `${TAIL}koor\\b`, `${TAIL}workshop`, `${TAIL}concert`, `${TAIL}muziek`, `${TAIL}theater`,
      `${TAIL}(?:gitaar|piano|muziek|zang|dans|teken|schilder|viool|drum)(?:les|lessen|cursus)`, 'kerststuk', 'bloemschik', 'conservatorium', 'voetbal', 'hockey', 'tennis',
      'padel', 'basketbal', 'volleybal', 'badminton', 'tafeltennis', 'schaak', 'schaken', 'jeu de boules', 'petanque', 'pilates', 'tai ?chi', 'zumba', 'fitness', 'bootcamp',
      'zingen', 'toneel', 'film', 'museum', 'kunst(?!gras|stof)', 'expositie', 'tentoonstelling', 'cultuur', 'cultureel', 'creatief', 'creatieve', 'breicafe', 'open podium',
      'dansen?\\b', 'dansles', `${TAIL}monument`, 'natuurwandeling', 'stadswandeling', 'excursie', 'rondleiding', 'calisthenics', 'rekstok',
      '(?:sport|fitness|beweeg)toestel',
    ]],
    [4, [
      'gym(?!zaal)', 'zwem', 'hardlo', 'loopgroep', 'wandelclub', 'wandeltocht', 'wandelgroep', 'avondwandeling', 'avondvierdaagse', 'fietstocht',
      'bewegen', 'beweeg', 'zing', 'zang', 'gitaar', 'piano', 'viool', 'drum', 'ukelele', 'orkest', 'harmonie', 'fanfare', 'band\\b', 'optreden', 'optreedt', 'op te treden',
      'podium', 'muzikant', 'voorstelling', 'filmavond', 'cinema', 'atelier', 'galerie', 'kunstenaar', 'teken(?:en|les|cursus|club|ing)', 'schilderij', 'schilderles', 'aquarel',
      'haak', 'brei', 'naai(?!machine)', 'quilt', 'borduur', 'handwerk', 'pottenbak', 'keramiek', 'fotografie', 'fotoclub', 'gedicht', 'poezie', 'schrijfgroep', 'boekenclub',
      'leesclub', 'lezing', 'dagje uit', 'uitje', 'busreis', 'erfgoed', 'geschiedenis', 'historisch', 'festival', 'repetitie', 'tenor', 'sopraan',
      'walking football', 'ijsclub', 'ijsbaan', 'schaats',
    ]],
    [3, ['knutsel', 'gids', 'dans', 'cursus', 'wedstrijd', 'toernooi', 'schilder\\p{L}+', '🎨', '🎵', '🎶', '🎸', '🎹', '⚽', '🎬', '🎭', '🧶']],
    [2, ['gymzaal', 'les\\b', 'lessen', 'team', 'club\\b', 'spel\\b', 'zaklamp']],
  ],
  buurt: [
    [5, [
      'buurtinitiatief', 'burendag', 'buurtbijeenkomst', 'buurtfeest', 'buurtvereniging', `${TAIL}comite`, 'buurtoverleg', 'buurtbudget', 'buurtplan', 'buurtschouw', 'buurtraad',
      'buurtschoonmaak', 'buurtbewoners', 'bewonersavond', 'bewonersbijeenkomst', 'bewonerscommissie', 'bewonersoverleg', 'bewonersorganisatie', 'bewonersbrief', 'opschoon',
      'zwerfafval', 'zwerfvuil', 'afval ?prik', 'prikken', `${TAIL}schouw\\b`, 'prikstok', 'grijpers', 'voorjaarsschoonmaak', 'straatfeest', 'zomerfeest', 'wijkfeest',
      'wijkbudget', 'wijkraad', 'wijkplatform', 'wijkvereniging', 'wijkoverleg', 'wijkkrant', 'leefbaarheid', 'leefomgeving', 'participatie', 'inspraak', 'protest',
      'geen (?:of weinig )?(?:water|stroom|gas)', 'waterstoring', 'leidingbreuk', 'waterleiding', 'parkeerplan', 'bestemmingsplan', 'herinrichting', 'glasbak', 'container',
      'kliko', 'grofvuil', 'grof vuil', 'vuilnis', 'afgesloten', 'afzetting', 'hekken', 'stroomstoring', 'werkzaamheden', 'riolering', 'oud papier', 'afvalkalender',
      'afvalinzameling', 'fietsstraat', 'nl doet',
    ]],
    [4, [
      `${TAIL}opruimactie`, 'wijkbewoners', 'onze buurt', 'onze wijk', `${TAIL}afval`, 'opruim', 'schoon\\b', 'schoonmaak', 'parkeer(?!plaats|terrein|garage)', 'parkeren',
      'verkeersdrempel', 'straatverlichting', 'lantaarnpa', 'stoep\\b', 'oversteek', 'nieuwbouw', 'bouw\\b', 'sloop', 'renovatie', 'bouwplan', 'omgevingsmanager', 'afsluiting',
      'omleiding', 'storing', 'eenrichting\\p{L}*', 'verkeersborden', 'verkeerssituatie', 'overlast', 'hondenpoep', 'petitie', 'handtekening', 'vergadering', 'ledenvergadering',
      'bestuur', 'penningmeester', 'secretaris', 'voorzitter', 'werkgroep', 'vereniging', 'leden\\b', 'informatieavond', 'inloopavond', 'duurzaam', 'zonnepanelen', 'klimaat',
      'koningsdag', 'kerstmarkt', 'kerstboom', '(?:buurt|straat|zomer|wijk|burendag|winter|lente)feest', 'plan\\b', 'plannen', 'ontwerp', 'samen de buurt', 'geweldige buurt',
      'fijne buurt', 'mooie buurt', 'kermis',
    ]],
    [3, [
      'dicht\\b', 'onderhoud', 'gemeente', 'brug\\b', 'de weg\\b', 'verlichting', 'bankje', 'bankjes', 'plein\\b', 'pleintje', 'rommelmarkt', 'portiek', 'lift\\b', 'beheerder',
    ]],
    [2, ['bewoners', 'energie', 'feest\\b']],
    [1, ['buurtgenoten', 'buren\\b', 'buurthuis', 'wijkcentrum', 'buurtcentrum', '(?<!(?:in|uit) de )(?:buurt|wijk)\\b', 'flat\\b', 'straat\\b', 'vrijwilligers', 'fietspad']],
  ],
  veiligheid: [
    [5, [
      'veilig', 'onveilig', `${TAIL}inbra`, 'ingebroken', 'inbreker', `${TAIL}diefstal`, 'gestolen', 'gejat', 'beroofd', 'overval', 'zakkenroller', 'politie', 'buurtpreventie',
      'buurtwacht', 'wijkagent', 'oplicht', 'verdacht', 'babbeltruc', 'gladheid', 'spiegelglad', 'phishing', 'fraude', 'scam', 'nepmail', 'nepsms', 'nepbericht', 'brandweer',
      'in brand', 'brand\\b', 'brandje', 'rookmelder', 'hoi mam', 'hallo (?:mam|pap)', 'nieuwe nummer', 'oplichters', 'nep\\p{L}+', 'hoge snelheid', 'waarschuw', 'overgemaakt',
      'ingeslagen', 'inbraakpreventie',
    ]],
    [4, [
      'pas op', 'opgelet', 'alert', 'man gezien', 'gezien die', 'voelde aan', 'aan (?:auto)?deuren', 'op slot', 'in het zicht', 'niet (?:binnen)?laten', 'langs de deur',
      'aan de deur', 'aanbellen', 'colportage', 'camera', 'beveilig', 'vandal', 'vernield', 'vernieling', 'graffiti', 'opengebroken', 'beschadigd', 'slachtoffer', 'geweld(?!ig)',
      'spijker', 'gif\\b', 'vergif', 'lokaas', 'bedreig', 'vuurwerk', 'explosie', 'alarm', '112\\b', 'aangifte', 'melden bij', 'melding (?:gedaan|gemaakt)', 'meld(?:t)? het',
      'rondrijden', 'rondhangen', 'loert', 'hangjongeren', 'drugs', 'nep\\b', 'oplichting', 'glad\\b', 'voorzichtig', 'meter (?:willen )?controleren', 'hardrijders', 'te hard',
      'gevaarlijk', 'gevaar', 'onaangekondigd', 'link\\b', 'klik niet',
    ]],
    [3, ['let op', 'slot\\b', 'sloten', 'schuurtjes', 'fietsen weg', 'verkeersveilig', 'pinpas', 'wachtwoord', 'geld gevraagd', '🚨', '👮']],
    [1, ['vannacht']],
  ],
}
