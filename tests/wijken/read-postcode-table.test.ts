import { createReadStream } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { WijkFileError } from '../../src/wijken/imported-wijk.ts'
import { readPostcodeTable, type PostcodeTable } from '../../src/wijken/read-postcode-table.ts'

const samplePath = new URL('../../src/wijken/samples/pc6hnr-2025-roosendaal-voorbeeld.csv', import.meta.url).pathname

const postcodesByWijk = (table: PostcodeTable) => Object.fromEntries(table.wijken.map((w) => [w.cbsCode ?? w.name, w.postcodes]))

async function readError(text: string, options?: Parameters<typeof readPostcodeTable>[1]): Promise<string> {
  const error: unknown = await readPostcodeTable(text, options).then(
    () => new Error('no error'),
    (e: unknown) => e,
  )
  expect(error).toBeInstanceOf(WijkFileError)
  return (error as Error).message
}

describe('readPostcodeTable', () => {
  it('groups the 2025 sample per wijk into PC6 lists and gives the split PC6 to the wijk with most addresses', async () => {
    const table = await readPostcodeTable(createReadStream(samplePath), { year: 2025 })
    expect(postcodesByWijk(table)).toEqual({
      WK167400: ['4701AA', '4701AB', '4701BC', '4701CD'],
      WK167401: ['4702AB', '4702AC', '4702BD', '4703AA', '4703AE'],
      WK167402: ['4706AA', '4706AB', '4706BN', '4706CS'],
      WK167403: ['4707AA', '4707AC', '4708AB', '4708BD'],
    })
    expect(table.wijken[0]).toMatchObject({ name: null, gemeente: null, gemeenteCode: 'GM1674', cbsYear: 2025, geometry: null })
    expect(table.splits).toEqual([
      { postcode: '4702AB', wijken: [{ wijk: table.wijken[1], addresses: 3 }, { wijk: table.wijken[0], addresses: 1 }] },
    ])
  })

  it('groups per buurt when asked', async () => {
    const table = await readPostcodeTable(createReadStream(samplePath), { level: 'buurt' })
    expect(table.wijken.map((w) => w.cbsCode)).toEqual(['BU16740000', 'BU16740001', 'BU16740100', 'BU16740101', 'BU16740200', 'BU16740300', 'BU16740301'])
    expect(postcodesByWijk(table).BU16740001).toEqual(['4701BC', '4701CD'])
    expect(table.wijken[0]!.cbsYear).toBeNull()
  })

  it('reads names instead of codes, the year in the header, and codes without their leading zeros', async () => {
    const names = await readPostcodeTable('PC6;Huisnummer;Buurt2025;Wijk2025;Gemeente2025\n3572CD;2;Vogelbuurt-Oost;Vogelbuurt;Voorbeeldstad\n3572 ce;14;Vogelbuurt-Oost;Vogelbuurt;Voorbeeldstad\n3573AB;1;Lindenhof;Lindenhof;Voorbeeldstad\n')
    expect(names.wijken).toEqual([
      { name: 'Lindenhof', gemeente: 'Voorbeeldstad', gemeenteCode: null, cbsCode: null, cbsYear: 2025, postcodes: ['3573AB'], geometry: null },
      { name: 'Vogelbuurt', gemeente: 'Voorbeeldstad', gemeenteCode: null, cbsCode: null, cbsYear: 2025, postcodes: ['3572CD', '3572CE'], geometry: null },
    ])
    const groningen = await readPostcodeTable('PC6;Huisnummer;Buurt;Wijk;Gemeente\n9711AA;1;1400;1400;14\n')
    expect(groningen.wijken[0]).toMatchObject({ cbsCode: 'WK001400', gemeenteCode: 'GM0014' })
  })

  it('splits a tie the same way whatever the order of the lines', async () => {
    const header = 'PC6;Huisnummer;Buurt;Wijk;Gemeente\n'
    const west = '4702AB;3;16740100;167401;1674\n'
    const centrum = '4702AB;1;16740001;167400;1674\n'
    for (const text of [header + west + centrum, header + centrum + west]) {
      const table = await readPostcodeTable(text)
      expect(postcodesByWijk(table)).toEqual({ WK167400: ['4702AB'], WK167401: [] })
      expect(table.splits[0]!.wijken.map((share) => [share.wijk.cbsCode, share.addresses])).toEqual([['WK167400', 1], ['WK167401', 1]])
    }
  })

  it('refuses other tables with one clear message', async () => {
    expect(await readError('')).toBe('the file is empty')
    expect(await readError('PC6,Huisnummer,Buurt,Wijk,Gemeente\n4701AA,1,16740000,167400,1674\n')).toBe(
      "not a CBS postcode table: the header must be PC6;Huisnummer;Buurt;Wijk;Gemeente (found 'PC6,Huisnummer,Buurt,Wijk,Gemeente')",
    )
    expect(await readError('PC6;Huisnummer;Buurt;Wijk;Gemeente\n')).toBe('the table has a header but no addresses')
    expect(await readError('PC6;Huisnummer;Buurt;Wijk;Gemeente\n4701AA;1;16740000;167400;1674\n4701 A;3;16740000;167400;1674\n')).toBe("line 3: '4701 A' is not a PC6 postcode like 4701AB")
    expect(await readError('PC6;Huisnummer;Buurt;Wijk;Gemeente\n4701AA;1;16740000;;1674\n')).toBe('line 2: no Wijk')
    expect(await readError('PC6;Huisnummer;Buurt;Wijk;Gemeente\n4701AA;1;16740000\n')).toMatch(/^not a semicolon-separated table \(Invalid Record Length/)
    expect(await readError('PC6;Huisnummer;Buurt2024;Wijk2024;Gemeente2024\n4701AA;1;16740000;167400;1674\n', { year: 2025 })).toBe('the table is of 2024, not of 2025 (--year)')
  })

  it('reports a file it cannot read', async () => {
    const error = await readPostcodeTable(createReadStream('/nergens/pc6hnr.csv')).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(WijkFileError)
    expect((error as Error).message).toMatch(/^cannot read the file \(ENOENT/)
  })
})
