import { describe, expect, it } from 'vitest'
import { sanitizeHtml } from '../../src/normalise/sanitize-html.ts'

const BASE = 'https://buurt.example.nl/nieuws/artikel'
const REL = 'rel="nofollow noopener ugc"'

describe('sanitizeHtml', () => {
  it.each([
    ['keeps allowed markup', '<p>Een <strong>b</strong> <em>c</em></p><ul><li>1</li></ul>', '<p>Een <strong>b</strong> <em>c</em></p><ul><li>1</li></ul>'],
    ['drops scripts with their content', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
    ['drops styles, iframes, objects and forms', '<style>p{}</style><iframe src="https://x.nl"></iframe><object data="x"></object><form><input name="q"></form><p>b</p>', '<p>b</p>'],
    ['drops event handlers, style and class attributes', '<p onclick="x()" class="intro" style="color:red" id="p1">a</p>', '<p>a</p>'],
    ['maps h1 to h2 and h5/h6 to h4', '<h1>T</h1><h3>S</h3><h6>K</h6>', '<h2>T</h2><h3>S</h3><h4>K</h4>'],
    ['keeps table basics', '<table><tr><th colspan="2" style="x">a</th></tr><tr><td rowspan="1" onclick="x">b</td></tr></table>', '<table><tr><th colspan="2">a</th></tr><tr><td rowspan="1">b</td></tr></table>'],
    ['makes relative links absolute and marks them', '<a href="/agenda">Agenda</a>', `<a href="https://buurt.example.nl/agenda" ${REL}>Agenda</a>`],
    ['resolves protocol-relative links', '<a href="//cdn.example.nl/x?a=1&amp;b=2">x</a>', `<a href="https://cdn.example.nl/x?a=1&amp;b=2" ${REL}>x</a>`],
    ['drops target and the source rel', '<a href="https://x.nl/" target="_blank" rel="opener">x</a>', `<a href="https://x.nl/" ${REL}>x</a>`],
    ['keeps the text of a javascript: link', '<a href="javascript:alert(1)">Foto</a>', 'Foto'],
    ['keeps the text of an obfuscated javascript: link', '<a href=" JaVaScRiPt:alert(1)">Foto</a>', 'Foto'],
    ['keeps the text of a vbscript: link', '<a href="vbscript:msgbox">x</a>', 'x'],
    ['drops mailto: links', '<a href="mailto:jose@example.org">schrijf José</a>', 'schrijf José'],
    ['drops tel: links', '<a href="tel:0612345678">bel ons</a>', 'bel ons'],
    ['makes image sources absolute and keeps only src and alt', '<img src="img/a.jpg" alt="Foto" width="10" onerror="alert(1)">', '<img src="https://buurt.example.nl/nieuws/img/a.jpg" alt="Foto" />'],
    ['drops data: images', '<p><img src="data:image/png;base64,AAAA" alt="x"></p>', '<p></p>'],
    ['drops images without a source', '<p><img alt="x"></p>', '<p></p>'],
    ['drops a link with an e-mail address in its query', '<a href="https://x.nl/contact?mail=kees@example.nl&amp;tel=0612345678">Contact</a>', 'Contact'],
    ['drops a link with an encoded e-mail address', '<a href="/reageer?email=piet%40example.nl">reageer</a>', 'reageer'],
    ['drops a wa.me link', '<a href="https://wa.me/31612345678">App mij</a>', 'App mij'],
    ['drops a WhatsApp send link', '<a href="https://api.whatsapp.com/send?phone=31612345678&amp;text=Hoi">App</a>', 'App'],
    ['drops a link with an IBAN', '<a href="https://x.nl/doneer?iban=NL91ABNA0417164300">Doneer</a>', 'Doneer'],
    ['masks the text of a dropped link', '<a href="https://wa.me/31612345678">06-12345678</a>', '[telefoonnummer verborgen]'],
    ['drops an image with contact data in its source', '<p><img src="/qr?tel=0612345678" alt="QR"></p>', '<p></p>'],
    ['keeps a link with a numeric id', '<a href="/hulpvragen/123456">Vraag</a>', `<a href="https://buurt.example.nl/hulpvragen/123456" ${REL}>Vraag</a>`],
    ['masks contact data in text', '<p>Bel 06&nbsp;12345678 of mail <b>jan@example.org</b></p>', '<p>Bel [telefoonnummer verborgen] of mail <b>[e-mail verborgen]</b></p>'],
    ['masks contact data in alt text', '<img src="/a.jpg" alt="Mail jan@example.org > nu">', '<img src="https://buurt.example.nl/a.jpg" alt="Mail [e-mail verborgen] &gt; nu" />'],
    ['keeps escaped markup escaped', '<p>a &lt;script&gt; b</p>', '<p>a &lt;script&gt; b</p>'],
  ])('%s', (_, html, expected) => {
    expect(sanitizeHtml(html, BASE)).toBe(expected)
  })

  it.each([
    '<svg><script>alert(1)</script></svg>',
    '<img src=x onerror=alert(1)//>',
    '<a href="java&#x09;script:alert(1)">x</a>',
    '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>',
    '<p style="background:url(javascript:alert(1))">x</p>',
    '<base href="javascript:alert(1)//"><a href="x">x</a>',
  ])('leaves nothing executable in %j', (html) => {
    const clean = sanitizeHtml(html, BASE)
    expect(clean).not.toMatch(/<script|onerror|javascript:|<style|<base/i)
  })
})
