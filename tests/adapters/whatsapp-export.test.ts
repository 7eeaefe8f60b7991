import { readFileSync } from 'node:fs'
import { zipSync } from 'fflate'
import type { Zippable } from 'fflate'
import { describe, expect, it } from 'vitest'
import { whatsappExportAdapter } from '../../adapters/whatsapp-export/index.ts'
import type { WhatsappExportConfig } from '../../adapters/whatsapp-export/index.ts'
import { DocumentParseError } from '../../src/domain/adapter.ts'
import type { FetchedDocument } from '../../src/domain/adapter.ts'
import type { ItemDraft } from '../../src/domain/item.ts'
import { fixture, inlineDocument, run } from './run-adapter.ts'

const SHARED = '../../../shared/fixtures/whatsapp/'
const OWN = '../fixtures/whatsapp-export/'
// An upload: the runtime hands the adapter the source's site URL, the chat invite residents are sent to.
const CHAT_URL = 'https://chat.whatsapp.com/Lindelaan2026'

const fixtureBytes = (path: string) => readFileSync(new URL(path, import.meta.url))
const binaryDocument = (bytes: Uint8Array): FetchedDocument =>
  ({ url: CHAT_URL, status: 200, contentType: null, headers: {}, text: new TextDecoder().decode(bytes), bytes })
const parse = (document: FetchedDocument, config: Partial<WhatsappExportConfig> = {}) =>
  whatsappExportAdapter.parse(document, {
    config: whatsappExportAdapter.configSchema.parse(config),
    request: { url: CHAT_URL },
    source: { id: 's', name: 's', url: CHAT_URL },
    now: new Date('2026-11-10T12:00:00Z'),
  }) as { items: ItemDraft[] }
const chat = (...lines: string[]) => inlineDocument(lines.join('\n'), CHAT_URL)

describe('whatsapp-export adapter: Dutch Android export', () => {
  const { drafts, items } = run(whatsappExportAdapter, fixture(`${SHARED}buurtapp-android-nl.txt`, CHAT_URL))

  it('keeps the residents’ messages, without system lines, media, deleted messages or chatter', () => {
    expect(items.map((item) => item.title)).toEqual([
      'Welkom in de buurtapp van de Lindelaan!',
      'Er loopt een man met een zaklamp door de achtertuinen tussen nr 10 en 20',
      'Zie hem ook, hij gaat richting het park',
      'Update: politie heeft gisteravond iemand aangehouden',
      'Heeft iemand een ladder die ik vanmiddag kan lenen?',
      'Herinnering: donderdag 12 november om 20.00 uur bewonersoverleg over de nieuwe verlichting, bij…',
    ])
  })

  it('joins the lines of a multi-line message', () => {
    expect(items[3]?.bodyHtml).toBe('<p>Update: politie heeft gisteravond iemand aangehouden. Blijf alert en sluit je schuurtjes af.<br />Bedankt voor het melden allemaal!</p>')
  })

  it('reads the local times as Amsterdam time', () => {
    expect(items.map((item) => item.publishedAt)).toEqual([
      '2026-11-03T09:15:00+01:00',
      '2026-11-03T21:47:00+01:00',
      '2026-11-03T21:49:00+01:00',
      '2026-11-04T08:03:00+01:00',
      '2026-11-04T10:30:00+01:00',
      '2026-11-05T19:00:00+01:00',
    ])
  })

  it('links every message back to the chat', () => {
    expect(items.map((item) => item.url)).toEqual(Array(6).fill(CHAT_URL))
  })

  it('leaves the senders out by default', () => {
    expect(drafts.map((draft) => draft.author)).toEqual(Array(6).fill(undefined))
  })

  it('shows names on request, never the phone number', () => {
    const { drafts: named, output } = run(whatsappExportAdapter, fixture(`${SHARED}buurtapp-android-nl.txt`, CHAT_URL), { config: { showSenders: true } })
    expect(named.map((draft) => draft.author)).toEqual(['Henk (buurtpreventie)', 'Saskia', 'buurtbewoner', 'Henk (buurtpreventie)', 'Ingrid', 'Kees'])
    expect(JSON.stringify(named) + output).not.toContain('12345678')
  })

  it('gives ids from time, sender and text that a longer export of the chat keeps', () => {
    expect(drafts[1]?.externalId).toMatch(/^2026-11-03T21:47:00#[0-9a-f]{16}#[0-9a-f]{16}$/)
    expect(new Set(items.map((item) => item.id)).size).toBe(6)
    const longer = fixtureBytes(`${SHARED}buurtapp-android-nl.txt`).toString('utf8')
      + '06-11-2026 08:00 - Ingrid: De ladder is terug, dank aan de buren van nr 14!\n'
    const again = run(whatsappExportAdapter, inlineDocument(longer, CHAT_URL))
    expect(again.items.slice(0, 6).map((item) => item.id)).toEqual(items.map((item) => item.id))
    expect(again.items).toHaveLength(7)
  })

  it('plans one request for the uploaded file', () => {
    const url = 'file:///srv/uploads/whatsapp-chat-buurtapp.zip'
    expect(whatsappExportAdapter.plan({ url, config: whatsappExportAdapter.configSchema.parse({}) })).toEqual([{ url }])
  })
})

describe('whatsapp-export adapter: reactions', () => {
  it('counts the reply right after a message; the ladder request nobody answered has none', () => {
    const { drafts } = run(whatsappExportAdapter, fixture(`${SHARED}buurtapp-android-nl.txt`, CHAT_URL))
    // Welkom, the report (answered two minutes later), the answer, the update, the ladder request, the reminder.
    expect(drafts.map((draft) => draft.reactions)).toEqual([0, 1, 0, 0, 0, 0])
  })

  it('counts later replies within a day that name the sender, and chatter too', () => {
    const { items } = parse(chat(
      '04-11-2026 10:30 - Ingrid de Vries: Heeft iemand een ladder die ik vanmiddag kan lenen? Moet bij de dakgoot.',
      '04-11-2026 11:00 - Kees: Morgen is de oud papier ophaaldag, denk aan de containers aan de straat',
      '04-11-2026 13:10 - Saskia: @Ingrid ik heb er een staan, kom maar halen op nr 12',
      '04-11-2026 13:12 - Ingrid de Vries: Ingrid hier: top, dank je wel Saskia!',
      '04-11-2026 13:15 - Henk: 👍',
      '05-11-2026 11:00 - Tom: ingrid, hij is weer terug bij Saskia zag ik',
    ))
    expect(items.map((item) => [item.bodyText?.slice(0, 20), item.reactions])).toEqual([
      // Kees comes right after (about something else, still the visible answer), Saskia names her, her own
      // message is none, Henk's thumb is not next, Tom names her 24.5 hours later: too late.
      ['Heeft iemand een lad', 2],
      // Saskia answers more than two hours later and does not name Kees.
      ['Morgen is de oud pap', 0],
      // Ingrid's thanks right after, and Tom names Saskia the next morning.
      ['@Ingrid ik heb er ee', 2],
      // Henk's thumb right after, and Tom names Ingrid within a day of this message.
      ['Ingrid hier: top, da', 2],
      ['ingrid, hij is weer ', 0],
    ])
  })

  it('gives a message whose sender is a phone number only the next reply (its digits name nobody)', () => {
    const { items } = parse(chat(
      '04-11-2026 10:30 - +31 6 12345678: Wie kan mij morgen naar het ziekenhuis brengen? 31 is mijn huisnummer',
      '04-11-2026 15:00 - Saskia: Ik kan wel rijden, 31 toch? Stuur me een bericht',
      '04-11-2026 15:20 - +31 6 12345678: Graag! Ik stuur je zo een berichtje met de tijd',
    ))
    expect(items.map((item) => item.reactions)).toEqual([0, 1, 0])
  })
})

describe('whatsapp-export adapter: Dutch iOS export', () => {
  it('keeps the messages, with seconds, without the attachment and the encryption notice', () => {
    const { items } = run(whatsappExportAdapter, fixture(`${SHARED}buurthulp-ios-nl.txt`, CHAT_URL))
    expect(items.map((item) => [item.title, item.publishedAt])).toEqual([
      ['Ik heb soep over, wie wil een bakje?', '2026-11-03T09:20:44+01:00'],
      ['Wie kan zaterdag helpen met het ophangen van de kerstverlichting in de straat?', '2026-11-03T11:02:37+01:00'],
    ])
    expect(items[1]?.bodyHtml).toBe('<p>Wie kan zaterdag helpen met het ophangen van de kerstverlichting in de straat?<br />We beginnen om 10 uur bij nummer 4.<br />Koffie staat klaar!</p>')
  })

  it('drops the edit marker and keeps the edited message', () => {
    const { drafts } = run(whatsappExportAdapter, fixture(`${SHARED}buurthulp-ios-nl.txt`, CHAT_URL), { config: { minLength: 0, showSenders: true } })
    expect(drafts.map((draft) => [draft.author, draft.bodyText])).toEqual([
      ['Fatima', 'Ik heb soep over, wie wil een bakje? 🍲'],
      ['Jan de Wit', 'Wie kan zaterdag helpen met het ophangen van de kerstverlichting in de straat?\nWe beginnen om 10 uur bij nummer 4.\nKoffie staat klaar!'],
      ['Fatima', 'Graag gedaan!'],
    ])
  })
})

describe('whatsapp-export adapter: English (US) Android export', () => {
  const { drafts, items } = run(whatsappExportAdapter, fixture(`${OWN}android-en-us.txt`, CHAT_URL), { config: { showSenders: true } })

  it('reads month-first dates and 12-hour times', () => {
    expect(items.map((item) => item.publishedAt)).toEqual([
      '2022-05-13T09:05:00+02:00',
      '2022-05-13T12:15:00+02:00',
      '2022-05-14T00:05:00+02:00',
      '2022-05-14T08:31:00+02:00',
      '2022-05-14T09:10:00+02:00',
    ])
  })

  it('drops English system lines, placeholders and deleted messages, and keeps a caption', () => {
    expect(drafts.map((draft) => [draft.author, draft.bodyText])).toEqual([
      ['Tom', 'Welcome! This group is for sharing help and news on Elm Street.'],
      ['Lisa', 'Does anyone have a pressure washer I could borrow this weekend?'],
      ['buurtbewoner', 'Lost cat near the playground, grey with white paws. Please message me if you see her!'],
      ['Tom', 'Street party on Saturday 21 May from 3 PM, bring a dish to share'],
      ['Tom', 'Flyer for the street party: everyone is welcome.'],
    ])
  })
})

describe('whatsapp-export adapter: timestamp formats', () => {
  it.each([
    ['Android', '03-11-2026 21:47 - Jan: ', '2026-11-03T21:47:00+01:00'],
    ['Android with slashes and a comma', '03/11/2026, 21:47 - Jan: ', '2026-11-03T21:47:00+01:00'],
    ['iOS', '[03-11-2026 21:47:12] Jan: ', '2026-11-03T21:47:12+01:00'],
    ['iOS with a comma and a short year', '[3/11/26, 21:47:12] Jan: ', '2026-11-03T21:47:12+01:00'],
    ['dots', '3.11.26, 21.47 - Jan: ', '2026-11-03T21:47:00+01:00'],
    ['English (UK)', '13/05/2022, 16:21 - Jan: ', '2022-05-13T16:21:00+02:00'],
    ['English (US), 12-hour', '5/13/22, 4:21 PM - Jan: ', '2022-05-13T16:21:00+02:00'],
    ['iOS 12-hour', '[5/13/22, 4:21:09 p.m.] Jan: ', '2022-05-13T16:21:09+02:00'],
    ['noon', '[13-05-2022 12:00:00 PM] Jan: ', '2022-05-13T12:00:00+02:00'],
    ['midnight', '[13-05-2022 12:30:00 AM] Jan: ', '2022-05-13T00:30:00+02:00'],
    ['ambiguous, so day first', '5/2/22, 16:21 - Jan: ', '2022-02-05T16:21:00+01:00'],
    ['summer time', '15-07-2026 10:00 - Jan: ', '2026-07-15T10:00:00+02:00'],
  ])('%s', (_, prefix, publishedAt) => {
    const { items } = run(whatsappExportAdapter, chat(`${prefix}Wie heeft er een boormachine te leen?`))
    expect(items.map((item) => item.publishedAt)).toEqual([publishedAt])
  })

  it('hands over the local time without an offset, as the file has it', () => {
    expect(parse(chat('03-11-2026 21:47 - Jan: Wie heeft er een boormachine te leen?')).items[0]?.publishedAt).toBe('2026-11-03T21:47:00')
  })

  it('decides the order for the whole file: one day above 12 makes every date day-first', () => {
    const { items } = run(whatsappExportAdapter, chat('5/2/22, 16:21 - Jan: Wie heeft er een boormachine te leen?', '13/2/22, 09:00 - Jan: Boormachine is weer terug, dank je wel!'))
    expect(items.map((item) => item.publishedAt)).toEqual(['2022-02-05T16:21:00+01:00', '2022-02-13T09:00:00+01:00'])
  })

  it('strips direction marks and a byte order mark', () => {
    const { items } = parse(chat('\uFEFF\u200E[03-11-2026 09:20:44] \u2068Fatima\u2069: \u200FWie heeft er een boormachine te leen?'), { showSenders: true })
    expect(items).toEqual([expect.objectContaining({ author: 'Fatima', bodyText: 'Wie heeft er een boormachine te leen?' })])
  })

  it('reads a line with an impossible date as text of the message before', () => {
    const { items } = parse(chat('03-11-2026 21:47 - Jan: Agenda van de bewonersavond:', '31-02-2026 20:00 - opening'))
    expect(items.map((item) => item.bodyText)).toEqual(['Agenda van de bewonersavond:\n31-02-2026 20:00 - opening'])
  })
})

describe('whatsapp-export adapter: noise', () => {
  it.each([
    ['Berichten en oproepen zijn end-to-end versleuteld. Alleen mensen in deze chat kunnen ze lezen.'],
    ['Henk heeft Saskia en Kees toegevoegd'],
    ['Henk heeft je toegevoegd'],
    ['Saskia is toegevoegd'],
    ['Saskia heeft de groep verlaten'],
    ['Henk heeft groep "Buurtapp Lindelaan" aangemaakt'],
    ['Henk heeft de groepsnaam gewijzigd van "Lindelaan" naar "Lindelaan: veiligheid"'],
    ['Henk heeft de afbeelding van deze groep gewijzigd'],
    ['Henk heeft de groepsbeschrijving gewijzigd'],
    ['Saskia is lid geworden via de uitnodigingslink van deze groep'],
    ['Je bent nu beheerder'],
    ['+31 6 12345678 is gewijzigd naar +31 6 87654321'],
    ['Messages and calls are end-to-end encrypted. No one outside of this chat can read them.'],
    ['Tom added Lisa and +31 6 12345678'],
    ['Tom removed Lisa'],
    ['You\'re now an admin'],
    ['Tom changed this group\'s icon'],
    ['Lisa joined using this group\'s invite link'],
    ['Your security code with Tom changed. Tap to learn more.'],
  ])('drops the Android system line %j', (line) => {
    expect(parse(chat(`03-11-2026 09:00 - ${line}`), { minLength: 0 }).items).toEqual([])
  })

  it.each([
    ['Berichten en gesprekken worden end-to-end versleuteld. Niemand buiten deze chat kan ze lezen.'],
    ['Henk heeft Saskia toegevoegd'],
    ['<Media weggelaten>'],
    ['<Media omitted>'],
    ['IMG-20261103-WA0001.jpg (bestand bijgevoegd)'],
    ['Jaarverslag 2026.pdf (file attached)'],
    ['<bijgevoegd: 00000014-PHOTO-2026-11-03-09-21-10.jpg>'],
    ['<attached: 00000015-AUDIO-2026-11-03-09-22-10.opus>'],
    ['afbeelding weggelaten'],
    ['GIF weggelaten'],
    ['Contactkaart weggelaten'],
    ['Jaarverslag • 3 pagina\'s document weggelaten'],
    ['image omitted'],
    ['Dit bericht is verwijderd'],
    ['Dit bericht is verwijderd.'],
    ['U hebt dit bericht verwijderd'],
    ['Je hebt dit bericht verwijderd.'],
    ['This message was deleted'],
    ['You deleted this message'],
    ['locatie: https://maps.google.com/?q=52.0907,5.1214'],
    ['Wachten op dit bericht. Dit kan even duren.'],
  ])('drops the message %j', (text) => {
    expect(parse(chat(`[03-11-2026 09:00:00] Lindelaan Buurthulp: ${text}`), { minLength: 0 }).items).toEqual([])
  })

  it.each([
    ['a caption under an attachment', ['IMG-20261103-WA0001.jpg (bestand bijgevoegd)', 'Flyer voor de buurtbarbecue van zaterdag'], 'Flyer voor de buurtbarbecue van zaterdag'],
    ['an edited message', ['Buurtbarbecue zaterdag om 17.00 uur <Dit bericht is bewerkt>'], 'Buurtbarbecue zaterdag om 17.00 uur'],
    ['a message about someone joining', ['ik heb de buurvrouw van 12 toegevoegd, welkom!'], 'ik heb de buurvrouw van 12 toegevoegd, welkom!'],
    ['a message about leaving something out', ['Ik heb de foto van het kapotte hek weggelaten'], 'Ik heb de foto van het kapotte hek weggelaten'],
    ['a gate code change', ['de beveiligingscode van het hek is gewijzigd, vraag hem bij Henk'], 'de beveiligingscode van het hek is gewijzigd, vraag hem bij Henk'],
    ['a mention by number', ['@31612345678 kun jij de sleutel brengen?'], '@buurtbewoner kun jij de sleutel brengen?'],
  ])('keeps %s', (_, [first = '', ...more], bodyText) => {
    expect(parse(chat(`03-11-2026 09:00 - Saskia: ${first}`, ...more), { minLength: 0 }).items.map((item) => item.bodyText)).toEqual([bodyText])
  })

  it('drops text before the first message', () => {
    expect(parse(chat('Chatgeschiedenis van Buurtapp', '03-11-2026 09:00 - Saskia: Wie heeft er een boormachine te leen?')).items).toHaveLength(1)
  })
})

describe('whatsapp-export adapter: phone numbers as senders', () => {
  const phoneDigits = ['612345678', '687654321', '611223344', '470123456', '699887766', '201234567']
  const strings = (value: unknown): string[] =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(strings) : []

  it.each([[false], [true]])('never shows one, in any field of any item (showSenders %s)', (showSenders) => {
    const { drafts, items } = run(whatsappExportAdapter, fixture(`${OWN}android-nl-phone-senders.txt`, CHAT_URL), { config: { showSenders, minLength: 0 } })
    expect(items).toHaveLength(6)
    // A draft's text is masked by the normaliser, like any free text; every other draft field is the adapter's.
    const draftFields = drafts.map(({ bodyText: _bodyText, ...fields }) => fields)
    for (const value of [...strings(items), ...strings(draftFields)]) {
      const digits = value.replace(/\D/g, '')
      for (const phone of phoneDigits) expect(digits).not.toContain(phone)
    }
  })

  it('calls them buurtbewoner and keeps names', () => {
    const { drafts, items } = run(whatsappExportAdapter, fixture(`${OWN}android-nl-phone-senders.txt`, CHAT_URL), { config: { showSenders: true } })
    expect(drafts.map((draft) => draft.author)).toEqual(['buurtbewoner', 'buurtbewoner', 'buurtbewoner', 'buurtbewoner', 'Marja', 'Piet'])
    expect(items.map((item) => item.summary)).toEqual([
      'Wie heeft er vanavond een aanhanger nodig? Ik rij naar de milieustraat.',
      'Ja graag! @buurtbewoner ik sta om 19.00 uur klaar bij nr 8.',
      'Mijn nummer is [telefoonnummer verborgen], bel gerust als er iets is met de container.',
      'Belgische buur hier, wie heeft er een ladder te leen voor zaterdag?',
      'Ik heb een ladder, kom maar langs op nummer 12 (of bel [telefoonnummer verborgen]).',
      'Bedankt allemaal, de container is weer leeg en het hek zit op slot.',
    ])
  })

  it.each([
    ['+31 6 12345678'],
    ['06-12345678'],
    ['0612345678'],
    ['+31 (0)6 1234 5678'],
    ['+32 470 12 34 56'],
    ['06 1234 5678 Henk'],
    ['henk@example.org'],
  ])('hides %j', (sender) => {
    const { items } = parse(chat(`03-11-2026 09:00 - ${sender}: Wie heeft er een boormachine te leen?`), { showSenders: true })
    expect(items.map((item) => item.author)).toEqual(['buurtbewoner'])
  })
})

describe('whatsapp-export adapter: config', () => {
  const document = () => fixture(`${SHARED}buurtapp-android-nl.txt`, CHAT_URL)

  it.each([
    [0, 6],
    [39, 6],
    [40, 5],
    [100, 2],
    [120, 1],
  ])('minLength %i keeps %i messages', (minLength, count) => {
    expect(parse(document(), { minLength }).items).toHaveLength(count)
  })

  it('counts characters, not UTF-16 units', () => {
    expect(parse(chat('03-11-2026 09:00 - Jan: 👍👍👍'), { minLength: 3 }).items).toHaveLength(1)
    expect(parse(chat('03-11-2026 09:00 - Jan: 👍👍'), { minLength: 3 }).items).toHaveLength(0)
  })

  it('keeps messages from the since day on, in local time', () => {
    expect(parse(document(), { since: '2026-11-04' }).items.map((item) => item.publishedAt)).toEqual([
      '2026-11-04T08:03:00',
      '2026-11-04T10:30:00',
      '2026-11-05T19:00:00',
    ])
  })

  it.each([[{ minLength: -1 }], [{ minLength: 5000 }], [{ since: '4 november 2026' }], [{ showSenders: 'ja' }], [{ senders: true }]])('rejects %j', (config) => {
    expect(whatsappExportAdapter.configSchema.safeParse(config).success).toBe(false)
  })
})

describe('whatsapp-export adapter: zip exports', () => {
  const android = fixtureBytes(`${SHARED}buurtapp-android-nl.txt`)
  const ios = fixtureBytes(`${SHARED}buurthulp-ios-nl.txt`)
  const photo = Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256)
  const bodies = (document: FetchedDocument) => parse(document, { minLength: 0 }).items.map((item) => item.bodyText)

  it.each([
    ['Android', { 'WhatsApp Chat met Buurtapp Lindelaan.txt': android, 'IMG-20261103-WA0001.jpg': photo }, android],
    ['iOS', { '_chat.txt': ios, '00000014-PHOTO-2026-11-03-09-21-10.jpg': photo, '__MACOSX/._chat.txt': new Uint8Array(16) }, ios],
    ['stored without compression', { '_chat.txt': [ios, { level: 0 }] }, ios],
    ['in a folder', { 'WhatsApp Chat - Buurthulp/_chat.txt': ios }, ios],
  ] as [string, Zippable, Uint8Array][])('reads the chat in a %s zip as the chat itself', (_, files, text) => {
    expect(bodies(binaryDocument(zipSync(files)))).toEqual(bodies(binaryDocument(text)))
  })

  it('prefers the chat over another text file', () => {
    const zip = zipSync({ 'notities.txt': new TextEncoder().encode('03-11-2026 09:00 - Jan: Dit is niet de chat, maar een notitie.'), '_chat.txt': ios })
    expect(bodies(binaryDocument(zip))).toEqual(bodies(binaryDocument(ios)))
  })

  const chatLines = (bytes: number) => new TextEncoder().encode('03-11-2026 09:00 - Jan: Wie heeft er een ladder te leen?\n'.repeat(Math.ceil(bytes / 56)))
  /** The zip with the uncompressed size of its first entry stated as `size`, as a bomb would. */
  const understated = (zip: Uint8Array, size: number) => {
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    const centralDirectory = view.getUint32(zip.length - 22 + 16, true)
    view.setUint32(centralDirectory + 24, size, true)
    return zip
  }

  it.each([
    ['a zip bomb', () => zipSync({ '_chat.txt': chatLines(21 * 1024 * 1024) }), /larger than 20 MB/],
    ['a zip bomb that understates its size', () => understated(zipSync({ '_chat.txt': chatLines(25 * 1024 * 1024) }), 1000), /larger than 20 MB/],
    ['too many entries', () => zipSync(Object.fromEntries(Array.from({ length: 5001 }, (_, index) => [`${index}.jpg`, new Uint8Array(0)]))), /5001 entries/],
    ['no text file', () => zipSync({ 'IMG-20261103-WA0001.jpg': photo }), /no chat text/],
    ['a truncated zip', () => zipSync({ '_chat.txt': ios }).subarray(0, 200), /not a readable zip/],
    ['damaged compressed data', () => { const zip = zipSync({ '_chat.txt': chatLines(10_000) }); zip.fill(0xff, 40, 80); return zip }, /cannot be inflated/],
  ])('rejects %s quickly', (_, build, message) => {
    const document = binaryDocument(build())
    expect(() => parse(document)).toThrow(DocumentParseError)
    expect(() => parse(document)).toThrow(message)
  })
})

describe('whatsapp-export adapter: documents it cannot read', () => {
  it.each([
    ['an empty file', ''],
    ['an HTML page', '<html><body><p>Hallo</p></body></html>'],
    ['a Facebook export', '{"group_posts_v2": []}'],
  ])('rejects %s', (_, text) => {
    expect(() => parse(chat(text))).toThrow(DocumentParseError)
    expect(() => parse(chat(text))).toThrow(/not a WhatsApp chat export/)
  })

  it('gives an empty result for a chat with system lines only', () => {
    expect(parse(chat('03-11-2026 09:12 - Henk heeft deze groep aangemaakt', '03-11-2026 09:13 - Henk heeft Saskia toegevoegd')).items).toEqual([])
  })

  it('keeps script in every field as text', () => {
    const { items, drafts } = run(
      whatsappExportAdapter,
      chat('03-11-2026 09:00 - <script>alert(1)</script>: <img src=x onerror=alert(1)> wie heeft er een <b>ladder</b>?'),
      { config: { showSenders: true } },
    )
    expect(drafts[0]?.author).toBe('<script>alert(1)</script>')
    expect(items[0]?.bodyHtml).toBe('<p>&lt;img src=x onerror=alert(1)&gt; wie heeft er een &lt;b&gt;ladder&lt;/b&gt;?</p>')
  })

  it('reads text in the wrong charset without failing', () => {
    const windows1252 = Buffer.from('03-11-2026 09:00 - Jan: Caf\xe9 De Hoek zoekt vrijwilligers\n', 'latin1')
    expect(parse(binaryDocument(windows1252)).items).toHaveLength(1)
  })

  it('reads a huge message in bounded time', () => {
    const { items } = parse(chat(`03-11-2026 09:00 - Henk: ${'Henk heeft de groep verlaten '.repeat(200_000)}`))
    expect(items).toHaveLength(1)
  })

  it('reads a 10 MB chat in bounded time', () => {
    const lines = Array.from({ length: 100_000 }, (_, index) => {
      const day = String(1 + (index % 28)).padStart(2, '0')
      const minute = String(index % 60).padStart(2, '0')
      return `${day}-11-2026 ${String(index % 24).padStart(2, '0')}:${minute} - Buur ${index % 40}: Bericht ${index}, wie kan er deze week helpen met de boodschappen?\nGraag voor donderdag!`
    })
    const text = lines.join('\n')
    expect(text.length).toBeGreaterThan(10_000_000)
    const { items } = parse(inlineDocument(text, CHAT_URL), { showSenders: true })
    expect(items).toHaveLength(100_000)
  })
})
