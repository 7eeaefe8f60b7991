import { load } from 'cheerio'

/**
 * Makes the href and src attributes in an HTML fragment absolute against `base`. Feeds may set their own
 * base (xml:base, the channel link) that the sanitiser, which only knows the document URL, cannot see.
 */
export function resolveHtmlLinks(html: string, base: string): string {
  const $ = load(html, null, false)
  for (const attribute of ['href', 'src']) {
    $(`[${attribute}]`).each((_, element) => {
      const resolved = resolveUrl($(element).attr(attribute), base)
      if (resolved) $(element).attr(attribute, resolved)
    })
  }
  return $.html()
}

/** `value` made absolute against `base`; undefined when either is missing or unreadable. */
export function resolveUrl(value: string | undefined, base: string): string | undefined {
  if (!value) return undefined
  try {
    return new URL(value.trim(), base).href
  } catch {
    return undefined
  }
}

/** The base in effect inside an element: its xml:base resolved against the base around it. */
export function withBase(xmlBase: string | undefined, base: string): string {
  return resolveUrl(xmlBase, base) ?? base
}
