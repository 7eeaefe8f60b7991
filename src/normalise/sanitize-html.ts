import sanitize from 'sanitize-html'
import { maskContactData } from './mask.ts'
import { absoluteHttpUrl, urlHasContactData } from './urls.ts'

const LINK_REL = 'nofollow noopener ugc'

const ALLOWED_TAGS = [
  'p', 'br', 'div', 'a', 'strong', 'em', 'b', 'i', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote',
  'h2', 'h3', 'h4', 'img', 'figure', 'figcaption', 'pre', 'code',
  'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'th', 'td',
]

/**
 * Source HTML made safe to show: an allow-list of tags, no scripts, styles, classes or event handlers, only
 * absolute http(s) links and images (mailto: and tel: links go, and so do URLs with contact data in them:
 * wa.me/31612345678, ?mail=jan@example.org), links marked as user content, and contact data in the text masked.
 */
export function sanitizeHtml(html: string, baseUrl: string): string {
  const clean = sanitize(html, {
    allowedTags: ALLOWED_TAGS,
    allowedAttributes: { a: ['href', 'rel'], img: ['src', 'alt'], th: ['colspan', 'rowspan'], td: ['colspan', 'rowspan'] },
    allowedSchemes: ['http', 'https'],
    allowProtocolRelative: false,
    transformTags: {
      h1: 'h2',
      h5: 'h4',
      h6: 'h4',
      a: (tagName, attribs) => ({ tagName, attribs: withUrl({ rel: LINK_REL }, 'href', publicUrl(attribs.href, baseUrl)) }),
      img: (tagName, attribs) => ({
        tagName,
        attribs: withUrl(attribs.alt ? { alt: maskContactData(attribs.alt) } : {}, 'src', publicUrl(attribs.src, baseUrl)),
      }),
    },
    // A link without a safe href keeps its text; an image without a safe src goes.
    exclusiveFilter: (frame) => (frame.tag === 'a' && !frame.attribs.href ? 'excludeTag' : frame.tag === 'img' && !frame.attribs.src),
  })
  return maskTextSegments(clean)
}

function publicUrl(value: string | undefined, baseUrl: string): string | null {
  const url = absoluteHttpUrl(value, baseUrl)
  return url && !urlHasContactData(url) ? url : null
}

function withUrl(attribs: Record<string, string>, name: string, url: string | null): Record<string, string> {
  return url ? { [name]: url, ...attribs } : attribs
}

/**
 * Masks contact data between the tags of sanitised HTML. Done on the output rather than per parser text
 * event, because the parser splits text at entities ("06&nbsp;12345678" arrives in three pieces).
 * Sanitised attribute values have `<` and `>` escaped, so splitting at tags is exact.
 */
function maskTextSegments(html: string): string {
  return html
    .split(/(<[^>]*>)/)
    .map((segment, index) => (index % 2 === 1 ? segment : maskContactData(segment)))
    .join('')
}
