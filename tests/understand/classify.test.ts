import { describe, expect, it } from 'vitest'
import { classifyPost } from '../../src/understand/classify.ts'
import type { ClassifyInput } from '../../src/understand/classify.ts'

const PUBLISHED = new Date('2026-03-02T09:00:00+01:00')
const post = (partial: Partial<ClassifyInput>): ClassifyInput => ({ title: '', body: '', publishedAt: PUBLISHED, ...partial })

describe('classifyPost', () => {
  it.each<[string, Partial<ClassifyInput>, string, string]>([
    ['groceries for someone with the flu', { body: 'Wie kan morgen even boodschappen voor me doen bij de Jumbo? Lig met griep op bed 🤒 lijstje stuur ik via de app' }, 'request', 'boodschappen'],
    ['a lift to the hospital', { body: 'Mijn moeder (84) moet donderdag naar de oogarts in het ziekenhuis. Zou iemand haar met de auto kunnen brengen en weer ophalen? Benzine betaal ik natuurlijk.' }, 'request', 'vervoer'],
    ['a handyman', { body: 'Kent iemand een handige klusser? Onze keukenkraan lekt en het kastje erboven hangt scheef.' }, 'request', 'klussen'],
    ['a lost cat', { body: 'VERMIST sinds zondag: onze kater Guus, rood met witte sokjes, gechipt. Kijk aub even in je schuur of garage 😿' }, 'request', 'dieren'],
    ['a found cat (it looks for the owner)', { body: 'Kat gevonden! Lief lapjespoesje zit al twee dagen bij ons in de tuin aan de Esdoornlaan. Wie mist haar?' }, 'request', 'dieren'],
    ['help with a phone', { body: 'kan iemand me ff helpen met mn nieuwe telefoon? whatsapp doet het niet meer sinds de update', platform: 'whatsapp' }, 'request', 'digitaal'],
    ['a letter from the tax office', { body: 'Ik heb een brief van de Belastingdienst gekregen over mijn toeslag en ik begrijp hem niet. Wie wil mij helpen met lezen en invullen?' }, 'request', 'taal-administratie'],
    ['a babysitter', { title: 'Oppas gezocht voor woensdagmiddag', body: 'Voor onze zoon (4) en dochter (7), van 13 tot 18 uur, liefst iemand uit de buurt.' }, 'request', 'kinderen'],
    ['things to give away', { body: 'Gratis af te halen: kledingkast en twee eetkamerstoelen, wat krasjes maar stevig. Merelstraat 4.' }, 'offer', 'spullen'],
    ['something for sale', { body: 'Te koop: elektrische grasmaaier, 2 jaar oud, werkt prima. 40 euro, ophalen in Schalkwijk.' }, 'offer', 'spullen'],
    ['cuttings', { body: 'Wie wil er stekjes van mijn monstera? Heb er een hele vensterbank vol, gratis 🌱' }, 'offer', 'tuin'],
    ['soup left over', { body: 'Ik heb te veel erwtensoep gemaakt, nog 4 porties over. Wie wil? Zelf een pannetje meenemen, nr 12', platform: 'whatsapp' }, 'offer', 'eten'],
    ['a lift on offer', { body: 'Ik rij donderdag naar Utrecht en heb nog 2 plekken in de auto. Iemand mee?' }, 'offer', 'vervoer'],
    ['company on offer', { body: 'Ik ben net met pensioen en heb tijd over. Voelt u zich weleens alleen? Ik drink graag een kop koffie met u of maak een wandeling.' }, 'offer', 'gezelschap'],
    ['a weekly coffee morning', { body: 'Elke dinsdag koffieochtend in Buurthuis De Linde, vanaf 10 uur. Iedereen welkom, ook nieuwe buren ☕' }, 'event', 'gezelschap'],
    ['a repair café', { title: 'Repair Café Lombok', body: 'Kapotte lamp of broodrooster? Zaterdag 14 maart van 13.00 tot 16.00 uur kijken onze reparateurs ernaar. Toegang gratis.' }, 'event', 'klussen'],
    ['a clean-up', { body: 'Zaterdag 21 maart landelijke opschoondag! We verzamelen om 10 uur bij het winkelcentrum, grijpers en zakken liggen klaar.' }, 'event', 'buurt'],
    ['a shared dinner', { title: 'Buurtmaaltijd maart', body: 'Op woensdag 18 maart koken vrijwilligers een driegangenmenu. Inloop vanaf 17.30 uur, kosten € 5 per persoon. Aanmelden bij de bar.' }, 'event', 'eten'],
    ['a language café', { title: 'Taalcafé Kanaleneiland', body: 'Wil je Nederlands oefenen? Kom naar het Taalcafé, maandag 9 maart van 10 tot 12 uur in Buurtcentrum Oase. Gratis, aanmelden is niet nodig.' }, 'event', 'taal-administratie'],
    ['a scam warning', { body: 'LET OP!! Er lopen mannen langs de deuren die zeggen dat ze van de energiemaatschappij zijn. Niet binnenlaten, bij mijn buurvrouw hebben ze geld gevraagd.' }, 'info', 'veiligheid'],
    ['road works', { title: 'Werkzaamheden Kerkstraat vanaf 16 maart', body: 'De gemeente vervangt de riolering. Autoverkeer wordt omgeleid via de Molenweg.', platform: 'feed' }, 'info', 'buurt'],
    ['a thank-you note', { body: 'Bedankt aan iedereen die heeft geholpen zoeken naar onze hond! Hij is weer thuis 🐕❤️' }, 'info', 'dieren'],
    ['a report', { title: 'Terugblik: Burendag', body: 'Afgelopen zaterdag kwamen ruim 150 buurtbewoners naar het plein. Dank aan alle vrijwilligers!', platform: 'html' }, 'info', 'buurt'],
  ])('%s', (_, partial, kind, firstCategory) => {
    const result = classifyPost(post(partial))
    expect(result.kind).toBe(kind)
    expect(result.categories[0]).toBe(firstCategory)
  })

  describe('ways of asking, offering, inviting and informing', () => {
    it.each<[string, Partial<ClassifyInput>, string, string]>([
      ['an offer without a subject ("kan best helpen")', { body: 'Heb di en do middag vrij, kan best helpen met boodschappen doen als iemand dat nodig heeft. App maar' }, 'offer', 'boodschappen'],
      ['a conditional offer ("..., dan geef ik ...")', { body: 'Ga je een weekend weg? Dan geef ik je planten water en haal ik de post uit de bus 🌿' }, 'offer', 'tuin'],
      ['a routine of the writer that others may join', { body: 'Ik zwem elke vrijdagochtend baantjes in De Tongelreep, rustig tempo. Wie zin heeft om mee te gaan: laat het weten!' }, 'offer', 'sport-cultuur'],
      ['a service described to the reader', { title: 'Plusbus naar de markt', body: 'Elke dinsdagmiddag rijdt de plusbus naar de markt. U wordt thuis opgehaald en de chauffeur helpt met de tassen. Kosten € 1,50 per rit.' }, 'offer', 'vervoer'],
      ['a question whether someone would like to keep someone company', { body: 'Mijn vader (90) woont sinds mijn zus naar Zeeland is verhuisd alleen. Wie zou het leuk vinden om af en toe een kopje koffie met hem te drinken?' }, 'request', 'gezelschap'],
      ['an event that calls for volunteers', { body: 'Zaterdag 6 juni is het straatfeest in de Lindestraat! 🎉 We zoeken nog helpers voor de tafels en de barbecue. Wie helpt mee?' }, 'request', 'buurt'],
      ['a recurring activity at a set time', { body: 'Jeu de boules op het pleintje, elke woensdag om 2 uur. Neem je eigen ballen, een stoeltje en wat drinken mee!' }, 'event', 'sport-cultuur'],
      ['an invitation to bring things and drop by', { body: 'Zondagmiddag vanaf 1 uur boekenruil in de hal van de flat! Neem romans, strips of kookboeken mee. Niks te ruilen? Kom gewoon kijken.' }, 'event', 'spullen'],
      ['changed opening hours', { body: 'Het inloopspreekuur van de Formulierenbrigade is vanaf april op woensdag open van 9.00 tot 11.00 uur, in plaats van op vrijdag.' }, 'info', 'taal-administratie'],
      ['a course that is full, with a referral', { title: 'Computerles: alle plekken vol', body: 'De computerlessen in de bibliotheek zijn helemaal volgeboekt. Heeft u toch hulp nodig met uw tablet? Neem dan contact op met het Digicafé in het wijkcentrum.' }, 'info', 'digitaal'],
      ['a prize won', { title: 'Wijkkrant wint prijs', body: 'Onze wijkkrant heeft zaterdag de prijs voor het beste bewonersinitiatief van de gemeente gewonnen. De redactie is er trots op.' }, 'info', 'buurt'],
    ])('%s', (_, partial, kind, firstCategory) => {
      const result = classifyPost(post(partial))
      expect(result.kind).toBe(kind)
      expect(result.categories[0]).toBe(firstCategory)
    })
  })

  describe('mechanisms that carry over to new writers', () => {
    it.each<[string, string, string, string]>([
      ['a cancellation with words between "gaat" and "niet door"', '', 'Het taalcafé van aanstaande woensdag gaat vanwege de meivakantie helaas niet door. Volgende week zijn we er gewoon weer.', 'info'],
      ['a cancelled activity ("vervalt")', '', 'De kinderdisco van vrijdagavond 17 april in De Linde vervalt, er zijn te weinig aanmeldingen.', 'info'],
      ['a tip for the neighbourhood', '', 'Tip voor iedereen met een fiets: bij de fietsenmaker op de hoek is deze maand de onderhoudsbeurt in de aanbieding', 'info'],
      ['help asked in broken Dutch ("heb vraag over" is no left-over)', '', 'ik heb vraag over belastingaangifte en ik snap formulier niet. kan iemand mij helpen?', 'request'],
      ['a group that looks for a number of people', '', 'Het buurthuis organiseert in mei weer de rommelmarkt. Voor de opbouw zoeken we nog 5 vrijwilligers, zaterdagochtend vanaf 8 uur.', 'request'],
      ['background first, the ask further on', '', 'De gemeente gaat in het voorjaar de speeltuin aan de Vlierstraat vernieuwen. Wij willen als ouders meebeslissen en zoeken nog 3 ouders die mee willen praten. Wie denkt er mee?', 'request'],
      ['someone who would like company, with words before "leuk vindt om"', '', 'Is er iemand uit de Rivierenbuurt, liefst ook 70-plus, die het leuk vindt om op donderdag samen te zwemmen? Alleen durf ik niet meer.', 'request'],
      ['a teenager who looks for a side job offers work', '', 'Hoi allemaal! Ik ben Sem, 16 jaar, en zoek een bijbaantje: auto wassen, gras maaien of de hond uitlaten. Woon in de Rivierenbuurt.', 'offer'],
      ['tools and a free week, "roep maar"', '', 'heb een hogedrukreiniger en ben volgende week vrij, als iemand zn terras schoon moet hebben roep maar', 'offer'],
      ['an organisation\'s volunteer who goes along with the reader', 'Boodschappenhulp van de Zonnebloem', 'Lukt boodschappen doen niet meer zelf? Een vrijwilliger gaat wekelijks met u mee naar de supermarkt. De hulp is gratis, aanmelden via het wijkteam.', 'offer'],
      ['a service that brings the reader', '', 'De buurtauto brengt u naar de huisarts, de fysiotherapeut of de markt. Vrijwillige chauffeurs, € 2 per rit, bellen op werkdagen tussen 9 en 12 uur.', 'offer'],
      ['a letter the reader will receive is news, not an invitation', '', 'Vanaf deze week ontvangt u van de gemeente per post een uitnodiging voor de nieuwe afvalpas. Bewaar die goed.', 'info'],
      ['borrowing something and fetching it oneself', '', 'Wie heeft er een partytent te leen voor ons straatfeest? Ik kan hem zelf ophalen.', 'request'],
      ['a free workshop is an activity', 'Gratis workshop fietsreparatie', 'Zaterdag 18 april van 10 tot 12 uur in de buurtwerkplaats. Leer zelf je band plakken.', 'event'],
    ])('%s', (_, title, body, kind) => {
      expect(classifyPost(post({ title, body, publishedAt: new Date('2026-04-10T10:00:00+02:00') })).kind).toBe(kind)
    })
  })

  describe('what a post is about, not where or for whom', () => {
    it.each<[string, string, string]>([
      ['a device given away is a thing first', 'Heb nog een oude printer staan, doet het prima. Wie wil hem hebben?', 'spullen'],
      ['a park is where a sports spot is', 'In het Zuiderpark staan sinds deze week rekstokken en sporttoestellen voor jong en oud. Iedereen mag er gebruik van maken.', 'sport-cultuur'],
      ['a compound is about its last part', 'Stadswandeling met gids: zaterdag om 14.00 uur lopen we door het oude centrum. Verzamelen bij het museum.', 'sport-cultuur'],
      ['a bus stop is transport', 'Vanaf maandag stopt lijn 12 niet meer bij het Dorpsplein. De dichtstbijzijnde bushalte is aan de Kerklaan.', 'vervoer'],
      ['carrying furniture upstairs is a job', 'Wie helpt mij zondag een kast naar de derde verdieping te sjouwen? Koffie en koek staan klaar', 'klussen'],
      ['riding a bike is no bike', 'Gisteravond fiets ik naar huis en zie ik een man die aan autodeuren voelt bij de Kerkstraat. Let op jullie spullen!', 'veiligheid'],
      ['vegetables from the garden are food', 'Wie wil er tomaten uit mijn moestuin? Heb er veel te veel, gratis hoor', 'eten'],
      ['a course against falls is care', 'Cursus vallen voorkomen voor 65-plussers: 8 lessen kracht en balans in de gymzaal, start maandag 12 oktober om 10 uur.', 'zorg'],
    ])('%s', (_, body, firstCategory) => {
      expect(classifyPost(post({ body })).categories[0]).toBe(firstCategory)
    })
  })

  describe('formal titles', () => {
    it.each<[string, string, string]>([
      ['Hulpvraag: Maatje voor wandelingen', 'Mevrouw (81) is veel alleen en zou graag een keer per week samen een rondje lopen.', 'request'],
      ['Vacature: Chauffeur voor de buurtbus', 'Wij bieden een vrijwilligersvergoeding en gezellige collega\'s.', 'request'],
      ['Aanbod: Hulp bij uw computer', 'Gepensioneerd ICT\'er, ik kom graag bij u langs.', 'offer'],
      ['Aangeboden: kinderwagen', 'Zo goed als nieuw.', 'offer'],
      ['Te leen gevraagd: partytent', 'Voor een verjaardag op 12 april, breng hem netjes terug.', 'request'],
      ['Terugblik: zomerfeest', 'Wat een dag was het!', 'info'],
    ])('%s', (title, body, kind) => {
      expect(classifyPost(post({ title, body, platform: 'nlvoorelkaar' })).kind).toBe(kind)
    })
  })

  describe('noise and missing text', () => {
    it('files emoji-only noise as news under overig', () => {
      expect(classifyPost(post({ body: '😂😂👍🙈' }))).toEqual({ kind: 'info', categories: ['overig'] })
    })

    it('files a post with neither title nor body as news under overig', () => {
      expect(classifyPost(post({}))).toEqual({ kind: 'info', categories: ['overig'] })
    })

    it('reads a title without a body', () => {
      const result = classifyPost(post({ title: 'Hondenoppas gezocht voor de meivakantie' }))
      expect(result.kind).toBe('request')
      expect(result.categories[0]).toBe('dieren')
    })

    it('is not put off by emoji between the words', () => {
      const result = classifyPost(post({ body: '🎁🎁 gratis af te halen 🎁🎁 kinderfietsje 🚲 staat voor de deur 👍' }))
      expect(result.kind).toBe('offer')
      expect(result.categories[0]).toBe('spullen')
    })

    it('does not read masked contact data as a phone or e-mail topic', () => {
      expect(classifyPost(post({ body: 'Bel [telefoonnummer verborgen] of mail [e-mail verborgen].' })).categories).toEqual(['overig'])
    })

    it('does not read street and neighbourhood names as topics', () => {
      expect(classifyPost(post({ body: 'Nieuwe glasbak op de hoek van de Tuinstraat in de Bloemenbuurt.' })).categories).toEqual(['buurt'])
    })

    it('gives one to three different categories, the main one first', () => {
      const { categories } = classifyPost(post({ body: 'Wie kan mijn hond uitlaten, de boodschappen doen en mijn laptop repareren? Ik lig in het ziekenhuis na een operatie.' }))
      expect(categories.length).toBeGreaterThanOrEqual(1)
      expect(categories.length).toBeLessThanOrEqual(3)
      expect(new Set(categories).size).toBe(categories.length)
    })
  })

  describe('platform structure', () => {
    it('takes a calendar entry for an event', () => {
      expect(classifyPost(post({ title: 'Lentemarkt', body: 'Tweedehands kinderkleding en stekjes, te koop en te ruil.', platform: 'ical' })).kind).toBe('event')
    })

    it('takes a Deedmob vacancy for a request', () => {
      expect(classifyPost(post({ title: 'Gastvrouw/gastheer inloophuis', body: 'Je schenkt koffie en maakt een praatje met bezoekers.', platform: 'deedmob' })).kind).toBe('request')
    })

    it('ranks the platform\'s own tags first when they name a category', () => {
      const result = classifyPost(post({
        title: 'Hulpvraag: Hulp voor meneer in Selwerd',
        body: 'Meneer wil graag leren mailen met zijn kleinkinderen en moet soms naar de supermarkt.',
        platform: 'nlvoorelkaar',
        sourceCategories: ['Computerles', 'Vervoer'],
      }))
      expect(result.categories.slice(0, 2)).toEqual(['digitaal', 'vervoer'])
    })

    it('ignores platform tags that name no category', () => {
      const result = classifyPost(post({ title: 'Hulpvraag: Boodschappen', body: 'Wie doet wekelijks boodschappen voor mevrouw?', sourceCategories: ['Huishoudelijk', 'Coronahulp'] }))
      expect(result.categories[0]).toBe('boodschappen')
    })

    it('takes an activity with a start from the platform for an event, without reading a date itself', () => {
      const result = classifyPost(post({ title: 'Bingo in De Linde', body: 'Met mooie prijzen en koffie.', startsAt: '2026-03-20T14:00:00+01:00' }))
      expect(result).toEqual({ kind: 'event', categories: ['gezelschap'] })
    })
  })

  describe('negation', () => {
    it('does not read "geen hulp nodig" as a request', () => {
      expect(classifyPost(post({ body: 'Ik heb zelf geen hulp nodig, maar bied graag hulp aan bij het ophangen van lampen en planken.' })).kind).toBe('offer')
    })

    it('does not read "aanmelden is niet nodig" as a request', () => {
      expect(classifyPost(post({ body: 'Zaterdag 7 maart om 14 uur spelletjesmiddag in De Schakel. Aanmelden is niet nodig, iedereen welkom!' })).kind).toBe('event')
    })

    it('does not read a club that stopped looking for members as a request', () => {
      expect(classifyPost(post({ body: 'Het oranjecomité zoekt geen nieuwe leden meer, de groep is vol. Bedankt voor de aanmeldingen!' })).kind).toBe('info')
    })
  })

  describe('event dates', () => {
    it('reads the date and times of an event from the text', () => {
      const result = classifyPost(post({ title: 'Repair Café', body: 'Zaterdag 14 maart van 13.00 tot 16.00 uur in Buurthuis De Boog. Toegang gratis.' }))
      expect(result.kind).toBe('event')
      expect(result.event).toEqual({ startsAt: '2026-03-14T13:00:00+01:00', endsAt: '2026-03-14T16:00:00+01:00', allDay: false })
    })

    it('gives no date for a post that is no event', () => {
      expect(classifyPost(post({ body: 'Te koop: fiets, zaterdag 14 maart op te halen.' })).event).toBeUndefined()
    })

    it('reads an activity on a past date as a report', () => {
      const result = classifyPost(post({ body: 'Afgelopen zaterdag was de opschoondag: 30 vrijwilligers en 45 zakken zwerfafval. Top!' }))
      expect(result).toEqual({ kind: 'info', categories: ['buurt'] })
    })

    it('reads a date without a year that has passed as a report, not as next year\'s event', () => {
      expect(classifyPost(post({ body: 'Op zaterdag 28 februari was het Repair Café weer druk, 35 spullen gerepareerd.' })).kind).toBe('info')
    })

    it('keeps an invitation an event even when the series started in the past', () => {
      expect(classifyPost(post({ body: 'Gisteren begon onze wekelijkse koffieochtend, elke dinsdag om 10 uur. Iedereen welkom!' })).kind).toBe('event')
    })
  })
})
