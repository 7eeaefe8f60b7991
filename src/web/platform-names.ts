/** What residents call each platform; an unknown platform shows its id. */
export const PLATFORM_NAMES: Record<string, string> = {
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
  feed: 'nieuwsfeed',
  ical: 'agenda',
}

export const platformName = (platform: string) => PLATFORM_NAMES[platform] ?? platform
