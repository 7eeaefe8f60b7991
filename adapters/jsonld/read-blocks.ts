import type { CheerioAPI } from 'cheerio'

const MAX_BLOCKS = 1000
// JSON forbids control characters in strings, yet hand-written JSON-LD has raw line breaks in descriptions.
// Outside strings they are whitespace, so a space is right in both places.
const CONTROL_CHARACTERS = /\p{Cc}+/gu

/** The parsed content of the page's `<script type="application/ld+json">` blocks; a block that is not JSON is skipped. */
export function readJsonLdBlocks($: CheerioAPI): unknown[] {
  const scripts = $('script[type]')
    .toArray()
    .filter((script) => isJsonLdType($(script).attr('type')))
    .slice(0, MAX_BLOCKS)
  return scripts.flatMap((script) => {
    try {
      return [JSON.parse($(script).text().replace(CONTROL_CHARACTERS, ' ')) as unknown]
    } catch {
      return []
    }
  })
}

function isJsonLdType(type: string | undefined): boolean {
  return type?.split(';')[0]?.trim().toLowerCase() === 'application/ld+json'
}
