import type { SourceErrorType } from '../../domain/source-health.ts'
import type { SourceHealth } from '../../store/sources.ts'

/** What went wrong, in plain Dutch, and what a buurtmaker can do about it. */
export interface SourceProblem {
  what: string
  fix: string
}

const TRY_IN_BROWSER = 'Blijft het zo, open het adres dan in uw browser om te zien of de website werkt.'

/** One explanation per error type: a new type in SOURCE_ERROR_TYPES does not compile until it is explained here. */
export const SOURCE_PROBLEMS: Record<SourceErrorType, SourceProblem> = {
  timeout: {
    what: 'De website gaf niet op tijd antwoord.',
    fix: `Meestal gaat dit vanzelf over: Buurtfeed probeert het later opnieuw. ${TRY_IN_BROWSER}`,
  },
  dns: {
    what: 'Het adres van de website bestaat niet (meer).',
    fix: 'Controleer of het adres goed gespeld is. Is de website verhuisd, voeg de bron dan opnieuw toe met het nieuwe adres.',
  },
  tls: {
    what: 'De beveiliging van de website (het certificaat) klopt niet.',
    fix: 'Vraag de beheerder van de website om het certificaat te vernieuwen. Buurtfeed leest de site weer zodra het in orde is.',
  },
  http_status: {
    what: 'De website gaf een foutmelding in plaats van de pagina.',
    fix: `Bestaat de pagina niet meer, zoek dan het nieuwe adres en voeg de bron opnieuw toe. Een storing gaat meestal vanzelf over. ${TRY_IN_BROWSER}`,
  },
  too_large: {
    what: 'De pagina is te groot om te lezen.',
    fix: 'Gebruik een kleinere pagina van de site, bijvoorbeeld de RSS-feed of één overzichtspagina in plaats van het hele archief.',
  },
  robots: {
    what: 'De website staat niet toe dat Buurtfeed deze pagina leest (robots.txt).',
    fix: 'Vraag de beheerder van de site om toestemming, of gebruik een export.',
  },
  blocked_address: {
    what: 'Het adres wijst naar een intern netwerk of naar de server zelf. Zulke adressen leest Buurtfeed niet.',
    fix: 'Gebruik het openbare adres van de website. Een bestand op de server voegt de beheerder toe met de opdracht ‘buurtfeed sources add --local’.',
  },
  too_many_redirects: {
    what: 'De website stuurt Buurtfeed steeds door naar een ander adres.',
    fix: 'Open het adres in uw browser en voeg de bron opnieuw toe met het adres waar u uiteindelijk uitkomt.',
  },
  network: {
    what: 'Buurtfeed kon geen verbinding maken met de website.',
    fix: `Meestal is de website even onbereikbaar en gaat dit vanzelf over. ${TRY_IN_BROWSER}`,
  },
  bad_url: {
    what: 'Het adres van deze bron is geen webadres dat Buurtfeed mag lezen.',
    fix: 'Controleer het adres: het begint met https://. Voeg de bron opnieuw toe met het goede adres.',
  },
  parse: {
    what: 'Buurtfeed kon de pagina niet lezen: die ziet er anders uit dan verwacht.',
    fix: 'Controleer of het adres nog naar de goede pagina of feed wijst. Is de website vernieuwd, meld het dan aan de beheerder van Buurtfeed.',
  },
  empty: {
    what: 'De bron had eerder berichten, maar nu geen enkele meer. Misschien is de website veranderd of de pagina leeg.',
    fix: 'Open de bron in uw browser. Staan er wel berichten, meld het dan aan de beheerder van Buurtfeed. De oude berichten blijven tot die tijd staan.',
  },
  config: {
    what: 'De instellingen van deze bron kloppen niet.',
    fix: 'Laat de beheerder de instellingen controleren en de bron zo nodig opnieuw toevoegen (‘buurtfeed adapters’ toont voorbeelden).',
  },
  internal: {
    what: 'Er ging iets mis in Buurtfeed zelf bij het lezen van deze bron. De andere bronnen werken gewoon.',
    fix: 'Meld dit aan de beheerder van Buurtfeed, met de technische melding hieronder.',
  },
}

/** A source's state in words, with a mark that does not depend on colour. */
export const SOURCE_STATES: Record<SourceHealth['state'], { mark: string; words: string }> = {
  failing: { mark: '✗', words: 'Werkt niet' },
  suspect: { mark: '!', words: 'Verdacht: geen berichten meer' },
  new: { mark: '…', words: 'Nog niet gelezen' },
  ok: { mark: '✓', words: 'Werkt' },
}
