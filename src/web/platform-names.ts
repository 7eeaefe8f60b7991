/** The platforms residents know by name, as they call them. */
const NAMED_PLATFORMS: Record<string, string> = {
  mijnbuurtje: 'mijnbuurtje.nl',
  nlvoorelkaar: 'NLvoorElkaar',
  facebook: 'Facebook',
  whatsapp: 'WhatsApp',
  deedmob: 'Deedmob',
  wehelpen: 'WeHelpen',
  wijkconnect: 'Wijkconnect',
  buuv: 'BUUV',
  burennetwerk: 'Burennetwerk',
  buurbook: 'BUURbook',
  croqqer: 'Croqqer',
  voorjebuurt: 'Voorjebuurt',
  mobilizon: 'Mobilizon',
  hoplr: 'Hoplr',
  nextdoor: 'Nextdoor',
}

/**
 * Platforms that name a format or a kind of site, not a place residents know: an item from one is shown by its
 * source's own name ("Agenda De Kolibrie"); these names only label a filter or a chart row.
 */
const FORMAT_PLATFORMS: Record<string, string> = {
  feed: 'nieuwsfeed',
  ical: 'agenda',
  jsonld: 'webpagina',
  wordpress: 'WordPress-site',
  html: 'website',
  overig: 'overig',
}

/** What residents call each platform; an unknown platform shows its id. */
export const platformName = (platform: string) => NAMED_PLATFORMS[platform] ?? FORMAT_PLATFORMS[platform] ?? platform

/** Only the platforms known by name, for code that labels a source the way `sourceLabel` does (the widget). */
export const NAMED_PLATFORM_NAMES: Readonly<Record<string, string>> = NAMED_PLATFORMS

/** Where a link leads, as residents know it: the platform ("NLvoorElkaar"), or else the source ("Agenda De Kolibrie"). */
export const siteName = (platform: string, sourceName: string) => NAMED_PLATFORMS[platform] ?? sourceName

/** "Buurtsite Vogelbuurt (mijnbuurtje.nl)"; a source on a format or an unknown platform by its own name. */
export function sourceLabel(platform: string, sourceName: string): string {
  const site = siteName(platform, sourceName)
  return site === sourceName ? sourceName : `${sourceName} (${site})`
}
