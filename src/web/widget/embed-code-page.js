// @ts-check
/* global document, navigator, fetch, history, DOMParser, URLSearchParams, FormData, HTMLScriptElement, AbortController, setTimeout, clearTimeout */

// The enhancements of /insluiten. Without them the page works as a form: the code stays selectable and
// "Maak de code" makes it anew.

// Copy buttons, shown only where the browser can copy.
/** @type {NodeListOf<HTMLButtonElement>} */
const buttons = document.querySelectorAll('button[data-copy]')
for (const button of buttons) {
  const code = document.getElementById(button.dataset.copy ?? '')
  const status = document.getElementById(`${button.dataset.copy}-status`)
  if (!navigator.clipboard || !code || !status) continue
  button.hidden = false
  button.addEventListener('click', () => {
    navigator.clipboard.writeText(code.textContent ?? '').then(
      () => (status.textContent = 'De code is gekopieerd. Plak hem nu in uw website.'),
      () => (status.textContent = 'Kopiëren lukte niet. Selecteer de code en kopieer hem zelf.'),
    )
  })
}

// A live preview: a changed choice fetches this page for it and takes over its code and previews, so the code
// is made in one place (the server). Nothing else on the page moves.
/** @type {HTMLFormElement | null} */
const form = document.querySelector('form.embed-form')
const announce = document.getElementById('preview-status')

/** A parsed script does not run: the preview's widget script is made anew so that it does. @param {Node} node */
function revive(node) {
  if (!(node instanceof HTMLScriptElement)) return document.importNode(node, true)
  const script = document.createElement('script')
  for (const { name, value } of node.attributes) script.setAttribute(name, value)
  return script
}

/** @type {AbortController | undefined} */
let pending

async function refresh() {
  if (!form) return
  // A number out of range: the browser says what is wrong, and the code stays as it was.
  if (!form.reportValidity()) return
  pending?.abort()
  const request = (pending = new AbortController())
  const params = new URLSearchParams(/** @type {Record<string, string>} */ (Object.fromEntries(new FormData(form))))
  const url = `${form.action}?${params}`
  try {
    const response = await fetch(url, { credentials: 'same-origin', signal: request.signal })
    if (!response.ok) throw new Error(`HTTP ${response.status}`)
    const fresh = new DOMParser().parseFromString(await response.text(), 'text/html')
    // A later choice came in meanwhile: its answer counts, not this one.
    if (request !== pending) return
    for (const id of ['script-code', 'iframe-code']) {
      const now = document.getElementById(id)
      const next = fresh.getElementById(id)
      if (now && next) now.textContent = next.textContent
    }
    const previews = document.querySelectorAll('.preview')
    const nextPreviews = fresh.querySelectorAll('.preview')
    previews.forEach((preview, index) => {
      const next = nextPreviews[index]
      if (next) preview.replaceChildren(...Array.from(next.childNodes, revive))
    })
    history.replaceState(null, '', url)
    if (announce) announce.textContent = 'De code en het voorbeeld zijn bijgewerkt.'
  } catch {
    if (request.signal.aborted) return
    if (announce) announce.textContent = 'Bijwerken lukte niet. Klik op ‘Maak de code’ om het opnieuw te proberen.'
  }
}

if (form) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let waiting
  const later = () => {
    clearTimeout(waiting)
    waiting = setTimeout(() => void refresh(), 400)
  }
  form.addEventListener('change', later)
  form.addEventListener('input', later)
}
