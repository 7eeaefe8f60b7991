import { afterEach, describe, expect, it } from 'vitest'
import { findEventDate, type EventDate } from '../../src/understand/event-date.ts'

// Publish moments; comments give the weekday in Amsterdam.
const TUESDAY_MARCH = new Date('2026-03-10T09:00:00+01:00') // Tue, winter time (CET)
const TUESDAY_JUNE = new Date('2026-06-16T20:15:00+02:00') // Tue, summer time (CEST)
const FRIDAY_DECEMBER = new Date('2026-12-18T10:00:00+01:00') // Fri, a fortnight before the new year
const FRIDAY_BEFORE_DST = new Date('2026-03-27T12:00:00+01:00') // Fri; summer time starts Sun 29 March
const FRIDAY_BEFORE_WINTER = new Date('2026-10-23T12:00:00+02:00') // Fri; winter time starts Sun 25 October
const JUST_AFTER_MIDNIGHT = new Date('2026-03-09T23:30:00Z') // Tue 00:30 in Amsterdam, still Monday in UTC
const SATURDAY_MORNING = new Date('2026-03-07T09:00:00+01:00') // Sat, the first Saturday of March

const timed = (startsAt: string, endsAt?: string): EventDate => ({ startsAt, ...(endsAt ? { endsAt } : {}), allDay: false })
const allDay = (date: string): EventDate => ({ startsAt: date, allDay: true })

describe('findEventDate', () => {
  it.each<[string, string, Date, EventDate]>([
    // A date and a time range that chrono reads as two results.
    ['date with a time range', 'Opschoondag! Zaterdag 14 maart van 13.00 tot 16.00 uur, verzamelen bij de speeltuin.', TUESDAY_MARCH,
      timed('2026-03-14T13:00:00+01:00', '2026-03-14T16:00:00+01:00')],
    ['hour 1-7 without morning is the afternoon', 'Buurt BBQ!! za 21/6 vanaf 5 uur. Iedereen neemt wat mee 🍖', TUESDAY_MARCH,
      timed('2026-06-21T17:00:00+02:00')],
    ['tomorrow morning', 'Morgenochtend staan we met koffie bij de school, kom gezellig langs', TUESDAY_MARCH,
      timed('2026-03-11T09:00:00+01:00')],
    ['half past seven in the evening', 'Aanstaande woensdag om half acht vergadert de bewonerscommissie', TUESDAY_MARCH,
      timed('2026-03-11T19:30:00+01:00')],
    ['date, comma, time', 'Paasbrunch in De Linde: vrijdag 3 april, 19:30', TUESDAY_MARCH, timed('2026-04-03T19:30:00+02:00')],
    ['day-month with a dash and a bare range', 'Plantjesmarkt op 12-5 van 10 tot 12 op het plein', TUESDAY_MARCH,
      timed('2026-05-12T10:00:00+02:00', '2026-05-12T12:00:00+02:00')],
    ['next week\'s Tuesday with "14u"', 'Volgende week dinsdag 14u spelletjesmiddag voor 55+', TUESDAY_MARCH,
      timed('2026-03-17T14:00:00+01:00')],
    ['tonight with a clock time', 'Vanavond 20.00 informatieavond over de nieuwe speeltuin', TUESDAY_MARCH,
      timed('2026-03-10T20:00:00+01:00')],
    ['abbreviated weekday and month with a range', 'Wandeling door de wijk zo 8 nov 11:00-13:00 o.l.v. gids Henk', TUESDAY_MARCH,
      timed('2026-11-08T11:00:00+01:00', '2026-11-08T13:00:00+01:00')],
    ['weekday glued to a part of the day', 'Donderdagavond filmavond in de tuin 🎬 popcorn is er!', TUESDAY_MARCH,
      timed('2026-03-12T19:30:00+01:00')],
    ['a date without a time is all-day', 'Rommelmarkt 14 maart op het Vogelplein', TUESDAY_MARCH, allDay('2026-03-14')],
    ['today', 'Vandaag is de bibliotheek open voor iedereen', TUESDAY_MARCH, allDay('2026-03-10')],
    ['tomorrow', 'Morgen komt de ijscokar weer langs', TUESDAY_MARCH, allDay('2026-03-11')],
    ['the day after tomorrow', 'Overmorgen gaan we samen de tuin in', TUESDAY_MARCH, allDay('2026-03-12')],
    ['tomorrow afternoon at three', 'Morgenmiddag pannenkoeken bakken voor de kinderen om 3 uur!', TUESDAY_MARCH,
      timed('2026-03-11T15:00:00+01:00')],
    ['tomorrow evening, typed apart', 'morgen avond bingo in de kantine', TUESDAY_MARCH, timed('2026-03-11T19:30:00+01:00')],
    ['evening with an hour', 'Vanavond om 8 uur vergadering in de kantine.', TUESDAY_MARCH, timed('2026-03-10T20:00:00+01:00')],
    ['afternoon makes 2 o\'clock 14:00', 'Zaterdagmiddag om 2 uur kinderdisco', TUESDAY_MARCH, timed('2026-03-14T14:00:00+01:00')],
    ['\'s avonds after the clock time', 'Quiz op vrijdag om 8 uur \'s avonds', TUESDAY_MARCH, timed('2026-03-13T20:00:00+01:00')],
    ['part of the day after the weekday', 'Zaterdag \'s middags knutselen', TUESDAY_MARCH, timed('2026-03-14T14:00:00+01:00')],
    ['written morning time stays in the morning', 'Zaterdagochtend 14 maart om 07.30 uur vertrekt de bus', TUESDAY_MARCH,
      timed('2026-03-14T07:30:00+01:00')],
    ['quarter past seven', 'Donderdag 19 maart om kwart over zeven start de cursus', TUESDAY_MARCH, timed('2026-03-19T19:15:00+01:00')],
    ['between ... and ... uur', 'Inloop tussen 14 en 16 uur op zaterdag', TUESDAY_MARCH,
      timed('2026-03-14T14:00:00+01:00', '2026-03-14T16:00:00+01:00')],
    ['small hours ranged into the afternoon', 'Voorleesmiddag van 2 tot 5 op zaterdag in de bieb', TUESDAY_MARCH,
      timed('2026-03-14T14:00:00+01:00', '2026-03-14T17:00:00+01:00')],
    ['a range past midnight ends the next day', 'Buurtfeest vrijdag 20:00 tot 01:00', TUESDAY_MARCH,
      timed('2026-03-13T20:00:00+01:00', '2026-03-14T01:00:00+01:00')],
    ['date in parentheses after the weekday', 'Aanstaande zaterdag (14/3) opschoondag, verzamelen om 10u bij de kerk', TUESDAY_MARCH,
      timed('2026-03-14T10:00:00+01:00')],
    ['emoji layout', '📅 Zaterdag 21 maart | 🕙 10:00 - 13:00 | 📍 Speeltuin Merelstraat', TUESDAY_MARCH,
      timed('2026-03-21T10:00:00+01:00', '2026-03-21T13:00:00+01:00')],
    ['a time a few lines below the date', 'Datum: zaterdag 14 maart\nLocatie: Buurthuis De Linde, Kerkstraat 2\nTijd: 13.00 - 16.00 uur',
      TUESDAY_MARCH, timed('2026-03-14T13:00:00+01:00', '2026-03-14T16:00:00+01:00')],
    ['the time in the next sentence', 'Koffie op zaterdag 14 maart. We beginnen om 10.00 uur, de deur is open vanaf 9.30.', TUESDAY_MARCH,
      timed('2026-03-14T10:00:00+01:00')],
    ['a written date wins over a day word next to it', 'Morgen (zaterdag 14 maart) is de opschoondag', TUESDAY_MARCH,
      allDay('2026-03-14')],
    ['a clock time in words', 'Zaterdag om acht uur gaan we samen naar de markt', TUESDAY_MARCH, timed('2026-03-14T08:00:00+01:00')],
    ['a date with a year', 'Open dag 26 april 2026, 10.00-16.00 uur', TUESDAY_MARCH,
      timed('2026-04-26T10:00:00+02:00', '2026-04-26T16:00:00+02:00')],
    ['a date range: the first day, all-day', 'Kinderboekenweek 1 t/m 12 oktober in de bibliotheek', TUESDAY_MARCH, allDay('2026-10-01')],
    ['the event, not the sign-up deadline', 'Aanmelden vóór 12 maart. De cursus start op donderdag 19 maart om 19.30 uur.', TUESDAY_MARCH,
      timed('2026-03-19T19:30:00+01:00')],
    ['the next date, not the look back', 'Gisteren was het supergezellig! Volgende keer is op zaterdag 11 april.', TUESDAY_MARCH,
      allDay('2026-04-11')],

    // Weekdays read forward from the publish day.
    ['a bare weekday is the coming one', 'Zaterdag ruimen we samen het plantsoen op', TUESDAY_MARCH, allDay('2026-03-14')],
    ['a.s.', 'a.s. zaterdag opschoondag', TUESDAY_MARCH, allDay('2026-03-14')],
    ['the publish weekday itself is next week', 'Dinsdag weer breien in het buurthuis', TUESDAY_MARCH, allDay('2026-03-17')],
    ['deze dinsdag is today', 'Deze dinsdag is er geen taalcafé', TUESDAY_MARCH, allDay('2026-03-10')],
    ['volgende week zondag', 'Volgende week zondag wandelen we naar het bos', TUESDAY_MARCH, allDay('2026-03-22')],
    ['volgende week maandag', 'Volgende week maandag komt de wijkagent', TUESDAY_MARCH, allDay('2026-03-16')],

    // Recurring: the next occurrence that has not started.
    ['every Tuesday, all day: today still counts', 'Elke dinsdag soepmiddag voor de buurt', TUESDAY_MARCH, allDay('2026-03-10')],
    ['every Tuesday, later today', 'Elke dinsdag om 10.00 koffie-inloop in De Linde', TUESDAY_MARCH, timed('2026-03-10T10:00:00+01:00')],
    ['every Tuesday, already started today', 'Elke dinsdag om 8.30 wandelgroep vanaf de kerk', TUESDAY_MARCH, timed('2026-03-17T08:30:00+01:00')],
    ['every Thursday afternoon with times', 'Taalcafé iedere donderdagmiddag van 14.00 tot 15.30 in de bibliotheek', TUESDAY_MARCH,
      timed('2026-03-12T14:00:00+01:00', '2026-03-12T15:30:00+01:00')],
    ['on Wednesday afternoons', 'Op woensdagmiddagen knutselen in het buurthuis', TUESDAY_MARCH, timed('2026-03-11T14:00:00+01:00')],
    ['on Saturdays, posted on a Saturday', 'Zaterdagen is de moestuin open voor iedereen', SATURDAY_MORNING, allDay('2026-03-07')],
    ['last Saturday of the month', 'Repair Café elke laatste zaterdag van de maand, 13-16 uur, Wijkcentrum Oost', TUESDAY_MARCH,
      timed('2026-03-28T13:00:00+01:00', '2026-03-28T16:00:00+01:00')],
    ['first Saturday of the month: today', 'Elke eerste zaterdag van de maand ruilbeurs', SATURDAY_MORNING, allDay('2026-03-07')],
    ['first Saturday of the month: today is over', 'Elke eerste zaterdag van de maand om 8.30 ruilbeurs', SATURDAY_MORNING,
      timed('2026-04-04T08:30:00+02:00')],

    // Summer time, and the days the clocks change.
    ['summer time', 'Zomerfeest zaterdag 27 juni van 15.00 tot 22.00 uur', TUESDAY_JUNE,
      timed('2026-06-27T15:00:00+02:00', '2026-06-27T22:00:00+02:00')],
    ['tonight in summer', 'Vanavond om half negen jeu de boules op het plein', TUESDAY_JUNE, timed('2026-06-16T20:30:00+02:00')],
    ['the Saturday before summer time', 'Zaterdag 28 maart om 10.00 lentemarkt', FRIDAY_BEFORE_DST, timed('2026-03-28T10:00:00+01:00')],
    ['the Sunday summer time starts', 'Zondag om 10.00 paaseieren zoeken', FRIDAY_BEFORE_DST, timed('2026-03-29T10:00:00+02:00')],
    ['the Sunday winter time starts', 'Zondag 25 oktober 14:00 herfstwandeling', FRIDAY_BEFORE_WINTER, timed('2026-10-25T14:00:00+01:00')],

    // No year: the next occurrence on or after the publish day.
    ['January in a December post is next year', 'Nieuwjaarsborrel 10 januari in het buurthuis, vanaf 16.00', FRIDAY_DECEMBER,
      timed('2027-01-10T16:00:00+01:00')],
    ['December in a December post is this year', 'Kerstmarkt op het plein: zaterdag 19 december 14:00-20:00', FRIDAY_DECEMBER,
      timed('2026-12-19T14:00:00+01:00', '2026-12-19T20:00:00+01:00')],
    ['a weekday across the new year', 'Aanstaande woensdag 6 januari koffieochtend', FRIDAY_DECEMBER, allDay('2027-01-06')],
    ['a date earlier this year is next year', 'Schaatsen op 3 februari om 10.15', TUESDAY_MARCH, timed('2027-02-03T10:15:00+01:00')],
    ['the publish day itself is not past', 'Vandaag 10 maart om 19.30 buurtoverleg', TUESDAY_MARCH, timed('2026-03-10T19:30:00+01:00')],

    // Past references stay in the past.
    ['yesterday', 'Bedankt allemaal, gisteren was het gezellig!', TUESDAY_MARCH, allDay('2026-03-09')],
    ['last Saturday', 'Afgelopen zaterdag hebben we 12 zakken afval opgehaald', TUESDAY_MARCH, allDay('2026-03-07')],

    // Amsterdam's day, not the server's.
    ['just after midnight, tomorrow', 'Morgen om 10 uur koffie', JUST_AFTER_MIDNIGHT, timed('2026-03-11T10:00:00+01:00')],
    ['just after midnight, today', 'Vandaag rommelmarkt', JUST_AFTER_MIDNIGHT, allDay('2026-03-10')],
  ])('%s', (_, text, publishedAt, expected) => {
    expect(findEventDate(text, publishedAt)).toEqual(expected)
  })

  it.each<[string, string]>([
    ['an age', 'Ik ben 5 jaar en ik zoek een vriendje om mee te spelen'],
    ['a time without any day', 'Wie kan mij helpen met boodschappen? Ik ben 82 jaar. Bel na 18.00 uur: [telefoonnummer verborgen]'],
    ['a phone number', 'Bel me op 06-12345678 als je iets weet'],
    ['a price', 'Te koop: kinderfiets, € 12,50. Ophalen in de Merelstraat.'],
    ['a price with a point', 'Te koop: kinderstoel € 12.50, bijna nieuw'],
    ['a postcode', 'Gevonden sleutelbos in 3572 CD, af te halen op nummer 14'],
    ['a house number', 'Gevonden: grijze kat met wit befje, Kerkstraat 12. Wie mist hem?'],
    ['children\'s ages', 'Wij hebben 2 kinderen van 4 en 6 en zoeken een oppas'],
    ['an age range', 'Speelgoed voor kinderen van 4 tot 6 jaar gratis af te halen'],
    ['a duration', 'Vrijwilligers gezocht, ongeveer 2 uur per week'],
    ['a duration in words', 'Het klussen duurt twee uur, wie helpt?'],
    ['a frequency', 'Wie kan 1-2 keer per week de hond uitlaten?'],
    ['a vague period', 'Volgende week beginnen de werkzaamheden aan de riolering'],
    ['a month without a day', 'In mei gaan we weer de tuinen in'],
    ['good morning', 'Goedemorgen buren! Wie heeft er een ladder te leen?'],
    ['good morning, two words', 'Goede morgen allemaal, wie weet een goede loodgieter?'],
    ['"nu" is not a date', 'Wij zoeken nu dringend een maatje voor meneer'],
    ['"zo" is not Sunday', 'Zo fijn dat jullie er waren, zo snel mogelijk weer!'],
    ['"ma" is not Monday', 'Mijn ma 80 jaar wordt, ze zoekt gezelschap'],
    ['"vrij" is not Friday', 'Toegang vrij, koffie en thee staan klaar'],
    ['an article is not one o\'clock', 'Ik ga om een boodschap, wie wil mee?'],
  ])('no date in %s', (_, text) => {
    expect(findEventDate(text, TUESDAY_MARCH)).toBeUndefined()
  })

  describe('whatever the server\'s time zone', () => {
    const original = process.env.TZ
    afterEach(() => {
      process.env.TZ = original
    })

    it.each(['UTC', 'America/New_York', 'Pacific/Kiritimati'])('%s', (zone) => {
      process.env.TZ = zone
      expect(findEventDate('Morgenavond om half acht buurtquiz', JUST_AFTER_MIDNIGHT)).toEqual(timed('2026-03-11T19:30:00+01:00'))
      expect(findEventDate('za 21/6 vanaf 5 uur', JUST_AFTER_MIDNIGHT)).toEqual(timed('2026-06-21T17:00:00+02:00'))
    })
  })
})
