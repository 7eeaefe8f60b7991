// @ts-check
/* global document, customElements, HTMLElement, HTMLScriptElement, fetch, AbortController, URLSearchParams, queueMicrotask, WIDGET_TEXT */

/**
 * The Buurtfeed widget: <buurtfeed-feed wijk="vogelbuurt" kind="request" limit="5">, a wijk's items in a
 * shadow root of its own. The script tag that loads this file puts one such element after itself, with its
 * data-wijk, data-kind and data-limit. It talks only to the server it came from, and builds every node with
 * textContent: no markup from data.
 *
 * @typedef {object} WidgetText What the server puts in when it serves this file (widget-script.ts).
 * @property {Record<string, string>} kinds The Dutch label of each kind id.
 * @property {Record<string, string>} platforms What residents call the platforms they know by name.
 * @property {Record<string, string>} sorts The order to ask for, for a kind that is not shown newest first.
 * @property {{ min: number, max: number, default: number }} limit How many items a widget may show.
 *
 * @typedef {object} FeedItem The fields of an /api/items item that the widget shows.
 * @property {string} kind
 * @property {string} title
 * @property {string} url
 * @property {string} platform
 * @property {{ name: string }} source
 * @property {{ slug: string, name: string } | null} wijk
 * @property {string | null} startsAt
 * @property {boolean} allDay
 * @property {string | null} publishedAt
 */
;((/** @type {WidgetText} */ text) => {
  const script = document.currentScript
  if (!(script instanceof HTMLScriptElement)) return
  const origin = new URL(script.src).origin
  const TAG = 'buurtfeed-feed'
  const LOCALE = 'nl-NL'
  const TIME_ZONE = 'Europe/Amsterdam'

  // The host's styles reach the element only by inheritance: `all: initial` on the host and again on the
  // feed cuts that off (the host page may still place and size the element). Sizes are in em, not rem, so a
  // host's root font size does not shrink the text; `large` follows the reader's own browser setting.
  const STYLE = `
:host { all: initial; display: block; }
:host([hidden]) { display: none; }
.feed { all: initial; display: block; box-sizing: border-box; max-width: 100%; padding: 0.25em 0.5em; font-family: system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif; font-size: large; line-height: 1.5; color: #1b1b1b; background: #fff; text-align: left; direction: ltr; overflow-wrap: anywhere; }
.feed * { box-sizing: border-box; }
.status:not(:empty) { margin: 0.5em 0; }
.status, .items, .all { margin: 0; padding: 0; }
.items { list-style: none; }
.item { border-top: 2px solid #d0d0d0; padding: 0.5em 0; }
a { color: #0b4f9c; text-decoration: underline; text-decoration-thickness: 2px; text-underline-offset: 3px; }
a:hover { color: #062c57; }
a:focus-visible { outline: 3px solid #ffbf47; outline-offset: 2px; box-shadow: 0 0 0 6px #1b1b1b; }
.title { display: block; min-height: 2.75em; padding: 0.5em 0; font-size: 1.1em; font-weight: 700; line-height: 1.35; }
span.title { color: #1b1b1b; }
.meta { margin: 0; font-size: 0.9em; color: #3d3d3d; }
.label { display: inline-block; margin-right: 0.4em; padding: 0 0.4em; border: 2px solid #e8eef6; border-radius: 4px; background: #e8eef6; color: #12355b; font-weight: 700; }
.all { border-top: 2px solid #d0d0d0; padding-top: 0.5em; }
.all a { display: inline-block; min-height: 2.75em; padding: 0.6em 0; font-weight: 700; }
`

  const calendarParts = new Intl.DateTimeFormat(LOCALE, { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: TIME_ZONE })
  const countedAgo = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'always' })
  const namedAgo = new Intl.RelativeTimeFormat(LOCALE, { numeric: 'auto' })
  const DAY_MS = 24 * 60 * 60 * 1000

  /**
   * The calendar day a moment falls on in Amsterdam.
   * @param {Date} date
   */
  function calendarDay(date) {
    const parts = Object.fromEntries(calendarParts.formatToParts(date).map((part) => [part.type, Number(part.value)]))
    return { year: parts.year ?? 0, month: parts.month ?? 0, day: parts.day ?? 0 }
  }

  /**
   * "za 14 nov, 13:00", "za 21 nov" for an all-day event, with the year when it is not this year.
   * @param {string} iso
   * @param {boolean} allDay
   * @param {Date} now
   */
  function formatDate(iso, allDay, now) {
    const date = new Date(iso)
    /** @type {Intl.DateTimeFormatOptions} */
    const options = { weekday: 'short', day: 'numeric', month: 'short', timeZone: TIME_ZONE }
    if (!allDay) Object.assign(options, { hour: '2-digit', minute: '2-digit' })
    if (calendarDay(date).year !== calendarDay(now).year) options.year = 'numeric'
    return new Intl.DateTimeFormat(LOCALE, options).format(date)
  }

  /**
   * How long ago in calendar days, as on the wijk page: "vandaag", "gisteren", "3 dagen geleden",
   * "2 weken geleden", "3 maanden geleden", "1 jaar geleden".
   * @param {string} iso
   * @param {Date} now
   */
  function formatAge(iso, now) {
    const today = calendarDay(now)
    const posted = calendarDay(new Date(iso))
    const days = Math.round((Date.UTC(today.year, today.month - 1, today.day) - Date.UTC(posted.year, posted.month - 1, posted.day)) / DAY_MS)
    if (days < 2) return namedAgo.format(-Math.max(0, days), 'day')
    if (days < 7) return countedAgo.format(-days, 'day')
    if (days < 30) return countedAgo.format(-Math.floor(days / 7), 'week')
    const months = Math.max(1, (today.year - posted.year) * 12 + today.month - posted.month - (today.day < posted.day ? 1 : 0))
    return months < 12 ? countedAgo.format(-months, 'month') : countedAgo.format(-Math.floor(months / 12), 'year')
  }

  /** @param {string | null} value */
  function limitOf(value) {
    const limit = Number(value)
    return Number.isInteger(limit) && limit >= text.limit.min && limit <= text.limit.max ? limit : text.limit.default
  }

  /** @param {string} url Only web links: an item never turns into script on the host page. */
  function isWebLink(url) {
    try {
      return ['http:', 'https:'].includes(new URL(url).protocol)
    } catch {
      return false
    }
  }

  /**
   * @template {keyof HTMLElementTagNameMap} K
   * @param {K} tag
   * @param {string} className
   * @param {string} [content]
   */
  function node(tag, className, content) {
    const element = document.createElement(tag)
    if (className) element.className = className
    if (content !== undefined) element.textContent = content
    return element
  }

  /**
   * @param {string} href
   * @param {string} className
   * @param {string} content
   */
  function link(href, className, content) {
    const anchor = node('a', className, content)
    anchor.href = href
    return anchor
  }

  /**
   * @param {FeedItem} item
   * @param {Date} now
   */
  function itemNode(item, now) {
    const entry = node('li', 'item')
    const title = isWebLink(item.url) ? link(item.url, 'title', item.title) : node('span', 'title', item.title)
    const meta = node('p', 'meta')
    meta.append(node('span', 'label', text.kinds[item.kind] ?? item.kind))
    // As the site's own cards: the platform in brackets only where residents know it by name.
    const site = text.platforms[item.platform]
    meta.append(site && site !== item.source.name ? `${item.source.name} (${site})` : item.source.name)
    const when = item.startsAt ?? item.publishedAt
    if (when) {
      const time = node('time', '', item.startsAt ? formatDate(item.startsAt, item.allDay, now) : `geplaatst ${formatAge(when, now)}`)
      time.dateTime = when
      meta.append(' · ', time)
    }
    entry.append(title, meta)
    return entry
  }

  class BuurtfeedFeed extends HTMLElement {
    static observedAttributes = ['wijk', 'kind', 'limit']

    /** @type {AbortController | null} */
    #request = null
    #loadQueued = false
    #feed = node('section', 'feed')
    // The live region stays in place while the rest changes, so screen readers keep announcing it.
    #status = node('p', 'status')
    #content = node('div', 'content')

    constructor() {
      super()
      const root = this.attachShadow({ mode: 'open' })
      this.#status.setAttribute('role', 'status')
      this.#feed.append(this.#status, this.#content)
      root.append(node('style', '', STYLE), this.#feed)
    }

    connectedCallback() {
      this.#queueLoad()
    }

    disconnectedCallback() {
      this.#request?.abort()
    }

    attributeChangedCallback() {
      if (this.isConnected) this.#queueLoad()
    }

    /** Several attributes set at once load once. */
    #queueLoad() {
      if (this.#loadQueued) return
      this.#loadQueued = true
      queueMicrotask(() => {
        this.#loadQueued = false
        if (this.isConnected) void this.#load()
      })
    }

    async #load() {
      this.#request?.abort()
      const request = (this.#request = new AbortController())
      const wijk = (this.getAttribute('wijk') ?? '').trim()
      // Only what is still open: a site shows what its readers can still respond to or go to.
      const query = new URLSearchParams({ wijk, status: 'open', limit: String(limitOf(this.getAttribute('limit'))) })
      const kind = this.getAttribute('kind')
      if (kind && Object.hasOwn(text.kinds, kind)) {
        query.set('kind', kind)
        if (Object.hasOwn(text.sorts, kind)) query.set('sort', text.sorts[kind])
      }
      this.#show(wijk, wijk, 'Berichten worden geladen…', [])
      this.#feed.setAttribute('aria-busy', 'true')
      try {
        if (!wijk) throw new Error('no wijk attribute')
        const response = await fetch(`${origin}/api/items?${query}`, { credentials: 'omit', signal: request.signal })
        if (!response.ok) throw new Error(`HTTP ${response.status}`)
        /** @type {{ items: FeedItem[] }} */
        const { items } = await response.json()
        this.#show(wijk, items[0]?.wijk?.name ?? wijk, items.length === 0 ? 'Er zijn nu geen berichten.' : '', items)
      } catch {
        if (!request.signal.aborted) this.#show(wijk, wijk, 'De berichten konden niet worden geladen.', [])
      } finally {
        if (!request.signal.aborted) this.#feed.setAttribute('aria-busy', 'false')
      }
    }

    /**
     * @param {string} slug
     * @param {string} wijkName The items' wijk name; the slug until they are there.
     * @param {string} status
     * @param {FeedItem[]} items
     */
    #show(slug, wijkName, status, items) {
      const now = new Date()
      this.#feed.setAttribute('aria-label', `Buurtberichten uit ${wijkName}`)
      this.#status.textContent = status
      /** @type {HTMLElement[]} */
      const parts = []
      if (items.length > 0) {
        const list = node('ul', 'items')
        list.append(...items.map((item) => itemNode(item, now)))
        parts.push(list)
      }
      if (slug) {
        const all = node('p', 'all')
        all.append(link(`${origin}/wijk/${encodeURIComponent(slug)}`, '', `Alle berichten uit ${wijkName} op Buurtfeed`))
        parts.push(all)
      }
      this.#content.replaceChildren(...parts)
    }
  }

  if (!customElements.get(TAG)) customElements.define(TAG, BuurtfeedFeed)

  const wijk = script.dataset.wijk
  if (wijk) {
    const feed = document.createElement(TAG)
    feed.setAttribute('wijk', wijk)
    if (script.dataset.kind) feed.setAttribute('kind', script.dataset.kind)
    if (script.dataset.limit) feed.setAttribute('limit', script.dataset.limit)
    script.after(feed)
  }
})(WIDGET_TEXT)
