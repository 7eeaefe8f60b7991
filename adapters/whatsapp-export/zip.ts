import { Inflate } from 'fflate'
import { DocumentParseError } from '../../src/domain/adapter.ts'

/** The largest chat text taken from a zip: years of a busy buurtapp fit in far less. */
const MAX_CHAT_BYTES = 20 * 1024 * 1024
const MAX_ZIP_ENTRIES = 5000
// Deflate expands a byte at most ~1032 times: 4 KiB in gives at most ~4 MiB out between two checks of the cap.
const INFLATE_STEP = 4096
const END_OF_CENTRAL_DIRECTORY = 0x06054b50
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50
const LOCAL_FILE_HEADER = 0x04034b50
const MAX_ZIP_COMMENT = 0xffff
const STORED = 0
const DEFLATED = 8
// iOS names the chat `_chat.txt`, Android `WhatsApp Chat met <naam>.txt`; any other text file is a last resort.
const CHAT_FILE_NAMES = [/(?:^|\/)_chat\.txt$/i, /(?:^|\/)WhatsApp[^/]*\.txt$/i, /\.txt$/i]
const MAC_METADATA = /(?:^|\/)(?:__MACOSX\/|\._)/

interface ZipEntry {
  name: string
  flags: number
  method: number
  compressedSize: number
  size: number
  headerOffset: number
}

export function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04
}

/**
 * The chat text file of a WhatsApp export zip, inflated within MAX_CHAT_BYTES. The zip is read here rather than
 * with fflate's unzipSync, which trusts the sizes a zip states: a bomb that understates them would cost a second
 * of inflating for every 200 KB it holds. Media files in the zip are never inflated.
 */
export function chatFileFromZip(bytes: Uint8Array): Uint8Array {
  const zip = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const entries = centralDirectory(zip).filter((entry) => !MAC_METADATA.test(entry.name))
  const chat = CHAT_FILE_NAMES.map((name) => entries.find((entry) => name.test(entry.name))).find((entry) => entry !== undefined)
  if (!chat) throw new DocumentParseError('no chat text (.txt) in the zip')
  return entryContent(zip, chat)
}

function centralDirectory(zip: DataView): ZipEntry[] {
  const end = endOfCentralDirectory(zip)
  const count = zip.getUint16(end + 10, true)
  if (count > MAX_ZIP_ENTRIES) throw new DocumentParseError(`the zip has ${count} entries, more than the ${MAX_ZIP_ENTRIES} an export may have`)
  const entries: ZipEntry[] = []
  const utf8 = new TextDecoder()
  let offset = zip.getUint32(end + 16, true)
  for (let index = 0; index < count; index++) {
    if (offset + 46 > zip.byteLength || zip.getUint32(offset, true) !== CENTRAL_DIRECTORY_ENTRY) throw brokenZip('its central directory is damaged')
    const nameLength = zip.getUint16(offset + 28, true)
    if (offset + 46 + nameLength > zip.byteLength) throw brokenZip('its central directory is damaged')
    entries.push({
      name: utf8.decode(new Uint8Array(zip.buffer, zip.byteOffset + offset + 46, nameLength)),
      flags: zip.getUint16(offset + 8, true),
      method: zip.getUint16(offset + 10, true),
      compressedSize: zip.getUint32(offset + 20, true),
      size: zip.getUint32(offset + 24, true),
      headerOffset: zip.getUint32(offset + 42, true),
    })
    offset += 46 + nameLength + zip.getUint16(offset + 30, true) + zip.getUint16(offset + 32, true)
  }
  return entries
}

/** The end record sits in the last 22 bytes, or before a comment of at most 64 KiB. */
function endOfCentralDirectory(zip: DataView): number {
  const last = zip.byteLength - 22
  for (let offset = last; offset >= Math.max(0, last - MAX_ZIP_COMMENT); offset--) {
    if (zip.getUint32(offset, true) === END_OF_CENTRAL_DIRECTORY) return offset
  }
  throw brokenZip('it has no central directory (truncated?)')
}

function entryContent(zip: DataView, entry: ZipEntry): Uint8Array {
  if (entry.flags & 1) throw new DocumentParseError(`${entry.name} in the zip is encrypted`)
  if (entry.size > MAX_CHAT_BYTES) throw tooLarge(entry.name)
  const header = entry.headerOffset
  if (header + 30 > zip.byteLength || zip.getUint32(header, true) !== LOCAL_FILE_HEADER) throw brokenZip(`the header of ${entry.name} is missing`)
  const start = header + 30 + zip.getUint16(header + 26, true) + zip.getUint16(header + 28, true)
  if (start + entry.compressedSize > zip.byteLength) throw brokenZip(`${entry.name} is cut off`)
  const data = new Uint8Array(zip.buffer, zip.byteOffset + start, entry.compressedSize)
  if (entry.method === DEFLATED) return inflateWithinCap(data, entry.name)
  if (entry.method !== STORED) throw new DocumentParseError(`${entry.name} in the zip uses compression method ${entry.method}, which is not supported`)
  if (data.length > MAX_CHAT_BYTES) throw tooLarge(entry.name)
  return data
}

/** Inflates step by step and stops at the cap, whatever size the zip claims. */
function inflateWithinCap(data: Uint8Array, name: string): Uint8Array {
  const chunks: Uint8Array[] = []
  let size = 0
  const inflater = new Inflate((chunk) => {
    size += chunk.length
    chunks.push(chunk)
  })
  for (let offset = 0; offset < data.length; offset += INFLATE_STEP) {
    const end = Math.min(offset + INFLATE_STEP, data.length)
    try {
      inflater.push(data.subarray(offset, end), end === data.length)
    } catch (error) {
      throw new DocumentParseError(`${name} in the zip cannot be inflated: ${(error as Error).message}`)
    }
    if (size > MAX_CHAT_BYTES) throw tooLarge(name)
  }
  return Buffer.concat(chunks)
}

function tooLarge(name: string): DocumentParseError {
  return new DocumentParseError(`${name} in the zip is larger than ${MAX_CHAT_BYTES / 1024 / 1024} MB`)
}

function brokenZip(reason: string): DocumentParseError {
  return new DocumentParseError(`not a readable zip: ${reason}`)
}
