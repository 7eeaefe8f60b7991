import { describe, expect, it } from 'vitest'
import { urlHasContactData } from '../../src/normalise/urls.ts'

describe('urlHasContactData', () => {
  it.each([
    ['an e-mail address in the query', 'https://x.nl/contact?mail=kees@example.nl'],
    ['a percent-encoded e-mail address', 'https://x.nl/?email=piet%40example.nl'],
    ['an obfuscated e-mail address', 'https://x.nl/?m=piet%20(at)%20example%20(punt)%20nl'],
    ['a mobile number', 'https://x.nl/contact?tel=0612345678'],
    ['a number in groups', 'https://x.nl/bel/06-12-34-56-78'],
    ['a form-encoded number', 'https://x.nl/?telefoon=06+12+34+56+78'],
    ['an international number', 'https://x.nl/?tel=+31612345678'],
    ['an encoded plus', 'https://x.nl/?tel=%2B31%206%2012345678'],
    ['a landline', 'https://x.nl/?tel=020-1234567'],
    ['an IBAN', 'https://x.nl/doneer?iban=NL91ABNA0417164300'],
    ['an IBAN in groups', 'https://x.nl/doneer?iban=NL91+ABNA+0417+1643+00'],
    ['a wa.me link', 'https://wa.me/31612345678'],
    ['a wa.me link to a Belgian number', 'https://wa.me/32470123456?text=Hoi'],
    ['a WhatsApp send link', 'https://api.whatsapp.com/send?phone=31612345678'],
    ['a Telegram number link', 'https://t.me/+31612345678'],
    ['a stray % before contact data', 'https://x.nl/?a=100%&mail=kees%40example.nl'],
  ])('finds %s', (_, url) => {
    expect(urlHasContactData(url)).toBe(true)
  })

  it.each([
    ['a plain page', 'https://vogelbuurt.mijnbuurtje.nl/bericht/boodschap'],
    ['a numeric id', 'https://www.nlvoorelkaar.nl/hulpvragen/123456'],
    ['an id that reads as a mobile number without its 0', 'https://x.nl/node/612345678'],
    ['a Facebook post', 'https://www.facebook.com/groups/123456789012345/posts/1234567890123456/'],
    ['a Facebook image', 'https://scontent.xx.fbcdn.net/v/t39.30808-6/412345678_1234567890123456_n.jpg?_nc_cat=100&oe=6571A2B3'],
    ['a dated upload', 'https://x.nl/wp-content/uploads/2026/11/foto-1024x768.jpg'],
    ['a timestamp', 'https://x.nl/agenda?t=1731234567'],
    ['coordinates', 'https://maps.example.nl/?q=52.0907,5.1214'],
    ['a WhatsApp group invite', 'https://chat.whatsapp.com/AbCdEfGhIjK1234'],
    ['a Telegram channel', 'https://t.me/buurtvogelbuurt'],
    ['a wa.me short link', 'https://wa.me/message/2KQJ7ZC5PQBHE1'],
  ])('finds nothing in %s', (_, url) => {
    expect(urlHasContactData(url)).toBe(false)
  })
})
