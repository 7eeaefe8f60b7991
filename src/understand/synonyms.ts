/**
 * Words and phrases that name the same neighbourhood need, one group per need: someone who asks with one
 * word of a group is helped by someone who offers with another ("iPad" ~ "tablet", "Jumbo" ~ "boodschappen",
 * "ziekenhuis" ~ "rijden"). Lower case, accents folded, plain data: match.ts links requests to offers with it, and
 * a search index can load it as synonyms.
 *
 * A group is a need, not a category: "hond" and "kat" are both Huisdieren but a dog walker does not feed
 * cats, so they are separate groups, and matching treats two posts of one category with disjoint groups as a
 * mismatch. Words that cover several needs ("huisdier", "gereedschap" in none, "dierenoppas") sit in each of
 * them. Words every post uses ("hulp", "klus", "buurt") and words with a second, unrelated meaning in
 * everyday Dutch ("bank", "haag", "pan", "post", "trap", "app") are left out on purpose.
 */
export const SYNONYM_GROUPS: string[][] = [
  // Boodschappen: groceries and errands, the pharmacy run included.
  [
    'boodschappen', 'boodschap', 'boodschappenlijst', 'boodschappenlijstje', 'boodschappendienst', 'boodschappenhulp',
    'boodschappenservice', 'boodschappenbus', 'supermarkt', 'winkel', 'winkelen', 'winkeltje', 'inkopen', 'jumbo',
    'albert heijn', 'appie', 'lidl', 'aldi', 'dirk', 'vomar', 'dekamarkt', 'hoogvliet', 'coop', 'spar', 'plus supermarkt',
    'weekmarkt', 'bakker', 'slager', 'apotheek', 'apotheker', 'medicijnen', 'medicijn', 'medicatie', 'herhaalrecept',
    'recept ophalen', 'recepten ophalen', 'baxterrol', 'drogist', 'kruidvat', 'etos', 'boodschappenkar',
  ],
  ['pakket', 'pakketje', 'pakketjes', 'postpakket', 'postnl', 'dhl', 'pakket aannemen', 'retourpakket'],

  // Vervoer & begeleiding: a ride or company to an appointment.
  [
    'vervoer', 'vervoeren', 'vervoersdienst', 'rijden', 'rit', 'ritje', 'autorit', 'meerijden', 'chauffeur',
    'vrijwillige chauffeur', 'taxi', 'buurtbus', 'plusbus', 'automaatje', 'automobilist', 'met de auto', 'brengen en halen',
    'halen en brengen', 'begeleiden', 'begeleiding', 'meegaan', 'ziekenhuis', 'ziekenhuisbezoek', 'afspraak',
    'afspraken', 'huisarts', 'dokter', 'arts', 'tandarts', 'fysio', 'fysiotherapeut', 'fysiotherapie', 'specialist',
    'oogarts', 'polikliniek', 'umc', 'umcg', 'gezondheidscentrum', 'prikpost', 'bloedprikken', 'dialyse', 'chemo',
    'revalidatie', 'rolstoelvervoer',
  ],
  ['rolstoel', 'rolstoelen', 'rollator', 'scootmobiel', 'krukken', 'loophulp', 'duwen', 'rolstoel duwen'],

  // Klussen & reparatie: one group per job, because a painter is not a plumber.
  [
    'schilderen', 'schilderwerk', 'schilder', 'verven', 'verf', 'muurverf', 'kwast', 'kwasten', 'sauzen',
    'lakken', 'beitsen', 'grondverf', 'behangen', 'behang', 'behanger', 'behangafstomer',
  ],
  [
    'boormachine', 'boor', 'boren', 'accuboor', 'klopboor', 'boorhamer', 'schroefmachine', 'accuschroefmachine',
    'schroevendraaier', 'gaatje boren', 'gaatjes boren', 'pluggen',
  ],
  [
    'ophangen', 'opgehangen', 'lamp', 'lampen', 'plafondlamp', 'gordijnen', 'gordijnrail', 'gordijnrails', 'rolgordijn',
    'plank', 'planken', 'wandplank', 'schilderij', 'schilderijen', 'spiegel', 'tv ophangen', 'tv beugel',
  ],
  [
    'in elkaar zetten', 'in elkaar gezet', 'in elkaar schroeven', 'monteren', 'montage', 'meubelmontage', 'bouwpakket',
    'bouwpakketten', 'ikea', 'twee linkerhanden',
  ],
  [
    'verhuizen', 'verhuizing', 'verhuis', 'verhuishulp', 'verhuisdozen', 'verhuisbus', 'verhuiswagen', 'sjouwen',
    'tillen', 'zwaar tilwerk', 'busje', 'bestelbus', 'aanhanger', 'aanhangwagen',
  ],
  ['grofvuil', 'grof vuil', 'milieustraat', 'naar de stort', 'afvalbrengstation', 'afvalbrengpunt', 'milieupark', 'aanhanger', 'busje', 'bestelbus'],
  [
    'lekkage', 'lekkende kraan', 'kraan', 'loodgieter', 'afvoer', 'verstopt', 'verstopping', 'riool', 'wc', 'toilet',
    'gootsteen', 'sifon', 'druppelt', 'douchekop',
  ],
  ['cv', 'cv ketel', 'verwarming', 'radiator', 'radiatoren', 'ontluchten', 'thermostaat'],
  ['stopcontact', 'elektra', 'elektricien', 'zekering', 'groepenkast', 'aardlekschakelaar', 'bedrading', 'snoer', 'kroonsteen', 'lichtschakelaar'],
  [
    'wasmachine', 'droger', 'wasdroger', 'koelkast', 'vriezer', 'vaatwasser', 'vaatwasmachine', 'stofzuiger', 'magnetron',
    'oven', 'kookplaat', 'koffiezetapparaat', 'koffiemachine', 'waterkoker', 'strijkijzer', 'apparaat', 'apparaten',
    'huishoudelijke apparaten', 'witgoed',
  ],
  [
    'naaien', 'naaimachine', 'verstellen', 'vermaken', 'inkorten', 'korter maken', 'zomen', 'knoop aanzetten',
    'knopen aanzetten', 'ritssluiting', 'kleding repareren', 'naald en draad', 'kleermaker', 'naaister', 'naaiatelier',
  ],
  [
    'fiets', 'fietsen', 'fietsje', 'fietsband', 'lekke band', 'band plakken', 'binnenband', 'fietsenmaker',
    'fietsreparatie', 'e-bike', 'ebike', 'kinderfiets', 'damesfiets', 'herenfiets', 'bakfiets', 'fietsslot', 'derailleur',
    'versnellingen',
  ],
  ['automonteur', 'garage', 'apk', 'autoreparatie', 'autopech', 'accu', 'startkabels'],
  ['schutting', 'schuttingen', 'tuinhek', 'hekwerk', 'schuurtje', 'tuinhuisje', 'overkapping'],
  ['laminaat', 'vloer leggen', 'pvc vloer', 'vloerbedekking', 'tapijt', 'plinten', 'kitten', 'kitwerk'],

  // Tuin & groen
  ['tuin', 'tuinieren', 'tuinhulp', 'tuinman', 'tuinonderhoud', 'tuinwerk', 'hovenier', 'voortuin', 'achtertuin', 'tuintje'],
  ['gras', 'gras maaien', 'grasmaaien', 'maaien', 'grasmaaier', 'maaimachine', 'gazon', 'grasveld', 'bosmaaier'],
  [
    'snoeien', 'snoei', 'snoeiwerk', 'heg', 'heggen', 'heg knippen', 'hagen', 'ligusterhaag', 'beukenhaag', 'heggenschaar',
    'struiken', 'struik', 'takken', 'snoeischaar', 'coniferen', 'liguster',
  ],
  ['onkruid', 'wieden', 'onkruid wieden', 'schoffelen', 'tegels', 'voegen', 'voegenkrabber', 'bestrating', 'terras'],
  ['water geven', 'planten water geven', 'gieten', 'sproeien', 'kamerplanten', 'plantjes', 'planten'],
  ['stekjes', 'stekje', 'stek', 'zaden', 'zaadjes', 'bollen', 'bloembollen', 'potgrond', 'plantenruil', 'kamerplanten'],
  ['geveltuin', 'geveltuintje', 'boomspiegel', 'plantenbak', 'bloembak', 'tegel eruit', 'steenbreek', 'groene straat'],
  ['bladeren', 'bladblazer', 'hark', 'harken', 'bladkorf'],
  ['moestuin', 'volkstuin', 'groente kweken', 'kweken', 'moestuinbak'],

  // Computer & telefoon: one need, whatever the device or service.
  [
    'computer', 'computers', 'computerhulp', 'computer hulp', 'laptop', 'pc', 'tablet', 'ipad', 'telefoon', 'smartphone',
    'mobiel', 'mobieltje', 'gsm', 'iphone', 'android', 'samsung', 'digitale hulp', 'digihulp', 'digimaatje', 'digitaal',
    'digitale', 'digicafe', 'digitaal cafe', 'klik en tik', 'internet', 'wifi', 'printer', 'printen', 'scannen', 'apps',
    'appjes', 'whatsapp installeren', 'videobellen', 'beeldbellen', 'facetime', 'skype', 'digid', 'mijnoverheid',
    'inloggen', 'wachtwoord', 'updates', 'virus', 'virussen', 'popups', 'e-reader', 'social media', 'fotos overzetten',
    'internetbankieren', 'online bankieren', 'ov-chipkaart', 'qr-code', 'inlogcode',
  ],

  // Gezelschap & ontmoeting
  [
    'gezelschap', 'gezellig', 'gezelligheid', 'praatje', 'kletsen', 'babbelen', 'kopje koffie', 'bakje koffie', 'koffie',
    'thee', 'kopje thee', 'kop thee', 'op bezoek', 'bezoek', 'bezoekje', 'langskomen', 'maatje', 'maatjes', 'buddy',
    'aanspraak', 'eenzaam', 'eenzaamheid', 'vereenzaming', 'luisterend oor', 'vriendschap', 'wandelen', 'wandeling', 'wandelmaatje',
    'ommetje', 'samen wandelen', 'rondje lopen', 'rondje wandelen', 'blokje om',
  ],
  [
    'spelletje', 'spelletjes', 'spelletjesmiddag', 'kaarten', 'kaartspel', 'klaverjassen', 'jokeren', 'bridge', 'rummikub',
    'sjoelen', 'schaken', 'schaak', 'dammen', 'bordspel', 'bordspellen', 'scrabble', 'puzzelen', 'bingo',
  ],

  // Spullen: one group per kind of thing, so a ladder does not answer a drill.
  [
    'meubels', 'meubel', 'bankstel', 'zitbank', 'driezitsbank', 'hoekbank', 'stoel', 'stoelen', 'eettafel', 'tafel',
    'kast', 'kasten', 'kledingkast', 'boekenkast', 'ladekast', 'bed', 'matras', 'fauteuil', 'dressoir', 'bureaustoel',
  ],
  [
    'kleding', 'kleren', 'kledingstukken', 'jas', 'jassen', 'winterjas', 'schoenen', 'laarzen', 'truien', 'broeken',
    'overhemden', 'kinderkleding', 'babykleding', 'kledingbank',
  ],
  [
    'kinderwagen', 'wandelwagen', 'buggy', 'maxi-cosi', 'autostoeltje', 'babyspullen', 'box', 'kinderbed', 'ledikant',
    'wieg', 'commode', 'babykleding', 'kinderstoel', 'draagzak', 'babybadje', 'kinderzitje', 'fietszitje',
  ],
  ['speelgoed', 'lego', 'duplo', 'puzzels', 'knuffels', 'poppen', 'playmobil'],
  ['televisie', 'tv', 'radio', 'speakers', 'koptelefoon', 'dvd speler'],
  ['boeken', 'boek', 'romans', 'leesboeken', 'kinderboeken', 'strips', 'tijdschriften'],
  ['servies', 'bestek', 'pannen', 'keukenspullen', 'kookgerei', 'koekenpan', 'glazen', 'borden'],
  ['ladder', 'keukentrap', 'huishoudtrap', 'trapje', 'steiger', 'rolsteiger', 'ladders'],
  ['zaag', 'zagen', 'decoupeerzaag', 'cirkelzaag', 'handzaag', 'kettingzaag'],
  ['schuurmachine', 'schuurpapier'],
  ['hogedrukreiniger', 'karcher', 'hogedrukspuit'],
  ['kruiwagen', 'steekwagen', 'sjouwkar'],
  [
    'partytent', 'feesttent', 'statafels', 'statafel', 'bierbanken', 'biertafels', 'springkussen', 'buurtfeest',
    'straatfeest', 'buurtbarbecue', 'barbecue', 'bbq', 'burendag',
  ],

  // Huisdieren: one group per animal; words for any pet sit in each.
  [
    'hond', 'honden', 'hondje', 'uitlaten', 'hond uitlaten', 'uitlaatservice', 'uitlaatdienst', 'hondenuitlaatservice',
    'hondenoppas', 'hondenliefhebber', 'wandelen met hond', 'viervoeter', 'pup', 'puppy', 'reu', 'teef', 'labrador',
    'beagle', 'herder', 'herdershond', 'teckel', 'poedel', 'chihuahua', 'golden retriever', 'jack russell',
    'border collie', 'labradoodle', 'huisdier', 'huisdieren', 'huisdierenoppas', 'dierenoppas', 'dierenarts',
    'dierenliefhebber', 'dierenvriend',
  ],
  [
    'kat', 'katten', 'poes', 'poezen', 'poesje', 'kater', 'kattenbak', 'kattenoppas', 'poezenoppas',
    'kattenvoer', 'brokjes', 'huisdier', 'huisdieren', 'huisdierenoppas', 'dierenoppas', 'dierenarts',
    'dierenliefhebber', 'dierenvriend',
  ],
  [
    'konijn', 'konijnen', 'cavia', 'caviaatjes', 'hamster', 'parkiet', 'grasparkiet', 'kanarie', 'vogelkooi', 'kippenhok',
    'aquarium', 'schildpad', 'huisdier', 'huisdieren', 'huisdierenoppas', 'dierenoppas', 'dierenarts',
    'dierenliefhebber', 'dierenvriend',
  ],

  // Kinderen & jongeren
  [
    'oppas', 'oppassen', 'oppasser', 'oppasoma', 'oppasopa', 'nanny', 'babysit', 'babysitter', 'babysitten', 'kinderopvang',
    'gastouder', 'naschoolse opvang', 'bso', 'op de kinderen passen', 'uit school halen', 'van school halen',
    'naar school brengen',
  ],
  [
    'huiswerk', 'huiswerkbegeleiding', 'huiswerkhulp', 'bijles', 'bijlessen', 'rekenen', 'sommen', 'wiskunde', 'spelling',
    'begrijpend lezen', 'toets', 'toetsen', 'cito', 'doorstroomtoets', 'examen', 'examens', 'studiebegeleiding',
    'scholier', 'brugklas',
  ],
  ['speeltuin', 'buitenspelen', 'kinderfeest', 'kinderactiviteit', 'kinderdisco', 'speelmiddag', 'knutselmiddag'],

  // Taal & administratie
  [
    'administratie', 'thuisadministratie', 'formulier', 'formulieren', 'formulierenhulp', 'formulierenbrigade',
    'formulierenspreekuur', 'invullen', 'belasting', 'belastingen', 'belastingaangifte', 'aangifte', 'belastingdienst',
    'belastingbrief', 'toeslag', 'toeslagen', 'huurtoeslag', 'zorgtoeslag', 'kinderopvangtoeslag', 'energietoeslag',
    'brief', 'brieven', 'papierwerk', 'papieren', 'paperassen', 'rekeningen betalen', 'rekeningen ordenen', 'financien', 'geldzaken', 'budget',
    'budgetcoach', 'schulden', 'schuldhulp', 'boekhouding', 'uitkering', 'aanvraag', 'aanvragen', 'kwijtschelding',
    'instanties', 'bezwaar', 'bezwaarschrift', 'opzeggen', 'huurcontract', 'energiecontract', 'energieleverancier', 'zorgverzekering', 'zorgverzekeraar', 'aow', 'svb', 'uwv', 'cjib', 'incasso',
  ],
  [
    'nederlands', 'nederlandse les', 'nederlands leren', 'nederlands oefenen', 'taal', 'taalmaatje', 'taalcafe', 'taalles',
    'taallessen', 'taalcoach', 'taalvrijwilliger', 'inburgering', 'inburgeren', 'inburgeringsexamen', 'nt2', 'uitspraak',
    'grammatica', 'conversatie', 'leesmaatje',
  ],
  ['tolk', 'tolken', 'vertalen', 'vertaling', 'vertaler', 'arabisch', 'turks', 'pools', 'tigrinya', 'oekraiens', 'farsi', 'somalisch'],

  // Eten & koken
  [
    'maaltijd', 'maaltijden', 'warme maaltijd', 'warm eten', 'eten brengen', 'eten koken', 'eten delen', 'avondeten',
    'diner', 'lunch', 'koken', 'kook', 'kookt', 'thuiskok', 'thuiskoken', 'portie', 'porties', 'bord eten', 'stamppot',
    'soep', 'ovenschotel', 'samen eten', 'buurtmaaltijd', 'maaltijdservice', 'tafeltje dekje', 'kookclub',
  ],
  ['taart', 'appeltaart', 'gebak', 'koekjes', 'zelfgebakken', 'cake', 'brood', 'broodjes'],
  ['voedsel', 'voedselbank', 'overschot', 'groente', 'groenten', 'fruit', 'appels', 'peren', 'pompoenen', 'oogst', 'courgettes', 'tomaten'],

  // Zorg & mantelzorg
  [
    'mantelzorg', 'mantelzorger', 'respijtzorg', 'ontlasten', 'even vrij', 'dementie', 'alzheimer', 'geheugenproblemen',
    'vergeetachtig', 'zorgtaken', 'verzorging', 'thuiszorg', 'dagbesteding', 'logeerhuis', 'parkinson', 'niet alleen laten',
    'zorgvrijwilliger',
  ],
  [
    'huishoudelijke hulp', 'hulp in de huishouding', 'het huishouden', 'huishoudhulp', 'schoonmaken', 'schoonmaak',
    'schoonmaakster', 'poetsen', 'stofzuigen', 'ramen lappen', 'ramen wassen', 'glazenwasser', 'strijken', 'de was',
    'bed verschonen',
  ],
  [
    'opruimen', 'opruimhulp', 'opgeruimd', 'ontspullen', 'uitmesten', 'rommel', 'zolder opruimen', 'zolder leeg halen',
    'zolder leeghalen', 'schuur opruimen', 'kelder opruimen', 'spullen uitzoeken',
  ],
  ['aed', 'reanimatie', 'reanimeren', 'ehbo', 'burgerhulpverlener'],
  ['steunkousen', 'aankleden', 'douchen', 'wassen en aankleden', 'haren knippen', 'kapper', 'nagels knippen', 'pedicure'],

  // Sport, cultuur & creatief
  ['zingen', 'koor', 'zanggroep', 'zangles', 'meezingen', 'shantykoor', 'zanger', 'zangeres'],
  ['muziek', 'muziekles', 'bladmuziek', 'instrument', 'muziekinstrument', 'muzikant'],
  ['gitaar', 'gitaren', 'gitaarles', 'gitarist', 'ukelele'],
  ['piano', 'pianoles', 'keyboard', 'vleugel', 'digitale piano'],
  ['zwemmen', 'zwembad', 'baantjes', 'banen zwemmen', 'zwemles'],
  ['hardlopen', 'joggen', 'hardloopmaatje', 'hardloopgroep'],
  ['yoga', 'pilates', 'stoelyoga', 'meditatie', 'tai chi'],
  ['fitness', 'gym', 'sportschool', 'krachttraining', 'beweegmaatje', 'sportmaatje'],
  ['voetbal', 'voetballen', 'tennis', 'padel', 'badminton', 'tafeltennis', 'volleybal', 'basketbal', 'jeu de boules', 'koersbal'],
  ['tekenen', 'tekenles', 'schilderles', 'aquarel', 'aquarelleren', 'kunst', 'schetsen', 'atelier'],
  ['haken', 'breien', 'borduren', 'handwerken', 'wol', 'breiclub', 'haakclub', 'breicafe'],
  ['fotograferen', 'fotografie', 'fotocamera', 'fotograaf'],
  ['dansen', 'dansles', 'line dance', 'salsa', 'stijldansen'],

  // Buurt & leefomgeving
  [
    'zwerfafval', 'zwerfvuil', 'afval prikken', 'afvalprikken', 'prikstok', 'grijper', 'opruimactie', 'schoonmaakactie',
    'opschoonactie', 'cleanup', 'clean up', 'plogging', 'vuilniszakken',
  ],

  // Veiligheid
  ['buurtpreventie', 'buurtwacht', 'surveilleren', 'preventieteam', 'buurtpreventieteam'],
  ['inbraak', 'inbreker', 'inbrekers', 'ingebroken', 'deurbelcamera', 'camerabeelden', 'beveiligingscamera'],
]
