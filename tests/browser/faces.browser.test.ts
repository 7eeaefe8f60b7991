import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_WIJK } from '../../src/demo/demo.ts'
import { createTestDatabaseEnv, testDatabaseKind } from '../helpers/database.ts'
import { startServer, waitFor, type ServerProcess } from '../helpers/server-process.ts'
import { browserTestsSkipReason, launchChromium, recordOutsideRequests, screenshot, seriousViolations } from './browser.ts'
import { startHostSite, type HostSite } from './host-site.ts'

const skipReason = browserTestsSkipReason()
const ADMIN_TOKEN = 'browser-test-admin-token-4821'
const PHONE = { width: 390, height: 844 }
const DESKTOP = { width: 1100, height: 900 }
const slug = DEMO_WIJK.slug

let database: Awaited<ReturnType<typeof createTestDatabaseEnv>>
let server: ServerProcess
let host: HostSite
let browser: Browser
/** Requests to any other host than Buurtfeed's and the host site's, answered with a stand-in page. */
let outside: string[]

interface ApiItem {
  id: string
  kind: string
  title: string
  url: string
  platform: string
}

async function api<T>(path: string): Promise<T> {
  const response = await fetch(`${server.base}${path}`)
  expect(response.status, path).toBe(200)
  return (await response.json()) as T
}

/** A new browser context: Dutch, Amsterdam time, phone-sized unless said otherwise. */
async function newContext(options: { viewport?: { width: number; height: number }; javaScript?: boolean } = {}): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: options.viewport ?? PHONE,
    locale: 'nl-NL',
    timezoneId: 'Europe/Amsterdam',
    javaScriptEnabled: options.javaScript ?? true,
  })
  outside = await recordOutsideRequests(context, [server.base, host.origin])
  return context
}

async function open(context: BrowserContext, path: string): Promise<Page> {
  const page = await context.newPage()
  const response = await page.goto(`${server.base}${path}`)
  expect(response?.status(), path).toBe(200)
  return page
}

/** The first label of each item on a wijk page: its kind. */
const kindLabels = (page: Page) => page.locator('#berichten article .labels .label:first-child').allTextContents()

describe.skipIf(skipReason !== null)(`the three faces in headless Chromium, on ${testDatabaseKind}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    database = await createTestDatabaseEnv()
    server = await startServer({ ...database.env, ADMIN_TOKEN, BUURTFEED_SCHEDULER_SECONDS: '0' })
    // The demo wijk, filled by the real ingest of the bundled samples, as a newcomer sees it after `npm start`.
    await waitFor(
      'the demo items of ten platforms',
      async () => {
        const response = await fetch(`${server.base}/api/items?wijk=${slug}&limit=1`)
        const body = (await response.json()) as { facets: { platform: Record<string, number> } }
        return Object.keys(body.facets.platform).length >= 10 ? true : undefined
      },
      90_000,
      () => server.log(),
    )
    host = await startHostSite(server.base, slug)
    browser = await launchChromium()
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await host?.close()
    await server?.kill()
    await database?.destroy()
  })

  describe('the wijk page', () => {
    let context: BrowserContext
    beforeAll(async () => {
      context = await newContext()
    })
    afterAll(() => context.close())

    it('shows the demo feed with no serious accessibility problems, and nothing from other sites', async () => {
      const page = await open(context, `/wijk/${slug}`)
      const { total } = await api<{ total: number }>(`/api/items?wijk=${slug}&limit=1`)
      await expect.poll(() => page.locator('#berichten article').count()).toBe(Math.min(total, 25))
      await expect.poll(() => page.getByRole('status').first().textContent()).toContain(`${total} berichten`)
      expect(await seriousViolations(page)).toEqual([])
      await screenshot(page, 'wijk-page')
      expect(outside).toEqual([])
    })

    it('searches: the words go into a shareable address and the matching items show', async () => {
      const page = await open(context, `/wijk/${slug}`)
      await page.getByLabel(`Zoeken in ${DEMO_WIJK.name}`).fill('koffieochtend')
      await page.keyboard.press('Enter')
      await page.waitForURL(/\?q=koffieochtend$/)
      const titles = await page.locator('#berichten article h2').allTextContents()
      expect(titles.length).toBeGreaterThan(0)
      expect(titles.join(' ')).toMatch(/koffieochtend/i)
      expect(await page.getByRole('status').first().textContent()).toContain('gevonden voor ‘koffieochtend’')
    })

    it('filters with chips that combine with a search, and keeps them in the address', async () => {
      const page = await open(context, `/wijk/${slug}`)
      await page.getByRole('link', { name: /^Hulpvragen/ }).click()
      await page.waitForURL(/kind=request/)
      expect(new Set(await kindLabels(page))).toEqual(new Set(['Hulpvraag']))
      await page.getByLabel(`Zoeken in ${DEMO_WIJK.name}`).fill('boodschappen')
      await page.keyboard.press('Enter')
      await page.waitForURL(/q=boodschappen/)
      expect(page.url()).toContain('kind=request')
      expect(new Set(await kindLabels(page))).toEqual(new Set(['Hulpvraag']))
      // The address alone gives the same page: it can be shared.
      const shared = await open(context, new URL(page.url()).pathname + new URL(page.url()).search)
      expect(await shared.locator('#berichten article h2').allTextContents()).toEqual(await page.locator('#berichten article h2').allTextContents())
    })

    it('lists activities by day, soonest first, only those not over', async () => {
      const page = await open(context, `/wijk/${slug}?kind=event`)
      const days = await page.locator('#berichten h2').allTextContents()
      expect(days.length).toBeGreaterThan(0)
      const whens = page.locator('#berichten article dl div', { has: page.locator('dt', { hasText: 'Wanneer' }) }).locator('time')
      const startTimes = (await whens.evaluateAll((nodes) => nodes.map((node) => node.getAttribute('datetime')!))).map((start) => Date.parse(start))
      expect(startTimes.length).toBe(await page.locator('#berichten article').count())
      expect(startTimes).toEqual([...startTimes].sort((a, b) => a - b))
      expect(await page.locator('#berichten .label-closed').count()).toBe(0)
      await screenshot(page, 'wijk-agenda')
    })

    it('takes the resident back to the source with the respond button', async () => {
      const page = await open(context, `/wijk/${slug}?kind=request`)
      const respond = page.locator('#berichten a.respond').first()
      const href = await respond.getAttribute('href')
      expect(await respond.textContent()).toMatch(/^Reageer op /)
      await respond.click()
      await page.waitForURL(href!)
      expect(outside).toContain(href)
      expect(await page.locator('h1').textContent()).toBe('De bron')
    })

    it('can be used with the keyboard: the first Tab reaches the skip link, which jumps to the items', async () => {
      const page = await open(context, `/wijk/${slug}`)
      await page.keyboard.press('Tab')
      const focused = page.locator(':focus')
      expect(await focused.textContent()).toBe('Direct naar de berichten')
      const box = await focused.boundingBox()
      expect(box!.y).toBeGreaterThanOrEqual(0)
      await page.keyboard.press('Enter')
      await page.waitForURL(/#berichten$/)
    })

    it('works without JavaScript: a chip still filters', async () => {
      const noScript = await newContext({ javaScript: false })
      try {
        const page = await open(noScript, `/wijk/${slug}`)
        await page.getByRole('link', { name: /^Aanbod/ }).click()
        await page.waitForURL(/kind=offer/)
        expect(new Set(await kindLabels(page))).toEqual(new Set(['Aanbod']))
      } finally {
        await noScript.close()
      }
    })
  })

  describe('the buurtmaker dashboard', () => {
    let context: BrowserContext
    beforeAll(async () => {
      context = await newContext({ viewport: DESKTOP })
    })
    afterAll(() => context.close())

    it("shows the demo wijk's activity, unanswered requests, matches and the broken source, accessibly", async () => {
      const page = await open(context, `/dashboard/${slug}`)
      const chart = page.locator('svg[role="img"]').first()
      expect(await chart.locator('title').textContent()).toBeTruthy()
      const unanswered = await api<{ total: number }>(`/api/items?wijk=${slug}&kind=request&followUp=unanswered&limit=1`)
      expect(await page.getByRole('heading', { name: 'Hulpvragen zonder reactie' }).isVisible()).toBe(true)
      expect(await page.locator('main').textContent()).toContain(`${unanswered.total} hulpvragen zonder reactie`)
      // The demo's Wijkconnect source reads a page whose markup changed: explained in Dutch, with what to do.
      const sources = page.locator('section', { has: page.getByRole('heading', { name: /^Bronnen/ }) })
      expect(await sources.textContent()).toContain('Wijkconnect Vogelbuurt')
      expect(await sources.textContent()).toContain('Werkt niet')
      expect(await seriousViolations(page)).toEqual([])
      await screenshot(page, 'dashboard', 2000)
    })

    it('asks for the beheersleutel for a real wijk, refuses a wrong one and lets the right one in', async () => {
      const created = await fetch(`${server.base}/api/wijken`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ slug: 'lindenbuurt', name: 'Lindenbuurt' }),
      })
      expect(created.status).toBe(201)
      const page = await context.newPage()
      await page.goto(`${server.base}/dashboard/lindenbuurt`)
      await page.waitForURL(/\/dashboard\/login\?next=/)
      await page.getByLabel('Beheersleutel').fill('niet-de-goede-sleutel')
      await page.getByRole('button', { name: 'Inloggen' }).click()
      expect(await page.getByRole('alert').textContent()).toBeTruthy()
      expect(await seriousViolations(page)).toEqual([])
      await page.getByLabel('Beheersleutel').fill(ADMIN_TOKEN)
      await page.getByRole('button', { name: 'Inloggen' }).click()
      await page.waitForURL(`${server.base}/dashboard/lindenbuurt`)
      expect(await page.locator('h1').textContent()).toContain('Lindenbuurt')
    })

    it("downloads the wijk's items as a CSV file for Dutch Excel", async () => {
      const page = await open(context, `/dashboard/${slug}`)
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: /CSV/ }).first().click()])
      expect(download.suggestedFilename()).toMatch(new RegExp(`^buurtfeed-${slug}-\\d{4}-\\d{2}-\\d{2}\\.csv$`))
      const chunks: Buffer[] = []
      for await (const chunk of (await download.createReadStream())!) chunks.push(chunk as Buffer)
      const text = Buffer.concat(chunks).toString('utf8')
      expect(text.startsWith('\uFEFFid;soort;')).toBe(true)
      const { facets } = await api<{ facets: { kind: Record<string, number> } }>(`/api/items?wijk=${slug}&limit=1`)
      // Every visible item, copies on other platforms too: at least as many rows as the feed shows.
      const rows = text.trim().split('\n').length - 1
      expect(rows).toBeGreaterThanOrEqual(Object.values(facets.kind).reduce((sum, n) => sum + n, 0))
    })
  })

  describe('the widget and the iframe on another site', () => {
    let context: BrowserContext
    beforeAll(async () => {
      context = await newContext()
    })
    afterAll(() => context.close())

    /** The window's own properties by name; frames (the iframe) are also numbered properties, left out. */
    const globalNames = (page: Page) => page.evaluate('Object.keys(window).filter((key) => !/^\\d+$/.test(key)).sort().join(",")')

    /** Computed styles of elements the host page owns, to compare with and without the widget. */
    const hostStyles = (page: Page) =>
      page.evaluate(`[...document.querySelectorAll('h1, .host-text, .host-after, body')].map((node) => {
        const style = getComputedStyle(node)
        return [node.tagName, node.className, style.color, style.fontSize, style.fontFamily, style.margin, style.visibility, style.textTransform].join('|')
      })`)

    it('renders the feed in a shadow root that the host CSS cannot break, and leaves the host as it was', async () => {
      const control = await context.newPage()
      await control.goto(`${host.origin}/without`)
      const page = await context.newPage()
      const globalsBefore = await globalNames(control)
      await page.goto(`${host.origin}/with-widget`)
      const feed = page.locator('buurtfeed-feed')
      await expect.poll(() => feed.locator('section.feed').getAttribute('aria-busy')).toBe('false')
      const items = feed.locator('li.item')
      expect(await items.count()).toBe(3)
      const { items: expected } = await api<{ items: ApiItem[] }>(`/api/items?wijk=${slug}&status=open&limit=3`)
      expect(await feed.locator('a.title').allTextContents()).toEqual(expected.map((item) => item.title))
      // Inside: readable whatever the host says (the host asks for 7px, magenta, uppercase, hidden links).
      const inside = (await page.evaluate(`(() => {
        const style = getComputedStyle(document.querySelector('buurtfeed-feed').shadowRoot.querySelector('a.title'))
        return { fontSize: parseFloat(style.fontSize), color: style.color, transform: style.textTransform, display: style.display, visibility: style.visibility }
      })()`)) as { fontSize: number; color: string; transform: string; display: string; visibility: string }
      expect(inside.fontSize).toBeGreaterThanOrEqual(16)
      expect(inside.color).not.toBe('rgb(255, 0, 255)')
      expect(inside.transform).toBe('none')
      expect(inside.display).not.toBe('none')
      expect(inside.visibility).toBe('visible')
      // Outside: the host's own elements look exactly as without the widget, and no globals were added.
      expect(await hostStyles(page)).toEqual(await hostStyles(control))
      expect(await globalNames(page)).toBe(globalsBefore)
      expect(await seriousViolations(page, 'buurtfeed-feed')).toEqual([])
      expect(outside).toEqual([])
      await screenshot(page, 'widget-on-a-site')
    })

    it('follows a link in the widget and one in the iframe to the source, in the whole window', async () => {
      const page = await context.newPage()
      await page.goto(`${host.origin}/with-widget`)
      const link = page.locator('buurtfeed-feed a.title').first()
      await link.waitFor()
      const href = await link.getAttribute('href')
      await link.click()
      await page.waitForURL(href!)

      await page.goto(`${host.origin}/with-widget`)
      const frame = page.frameLocator('iframe')
      const respond = frame.locator('a.respond').first()
      const frameHref = await respond.getAttribute('href')
      await respond.click()
      // <base target="_top">: the source opens in the window, not squeezed into the frame.
      await page.waitForURL(frameHref!)
      expect(outside).toEqual(expect.arrayContaining([href, frameHref]))
    })

    it('shows what fits in the iframe, with no serious accessibility problems', async () => {
      // The page forbids every script (its CSP): axe is let in by the browser's test switch.
      const axeAllowed = await browser.newContext({ viewport: PHONE, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam', bypassCSP: true })
      const page = await open(axeAllowed, `/embed/${slug}?kind=request&limit=2`)
      expect(new Set(await page.locator('article .labels .label:first-child').allTextContents())).toEqual(new Set(['Hulpvraag']))
      expect(await page.locator('article').count()).toBe(2)
      expect(await seriousViolations(page)).toEqual([])
      await axeAllowed.close()
    })

    it('makes the embed code on /insluiten, with a live preview that follows the choices', async () => {
      const page = await open(context, `/insluiten?wijk=${slug}`)
      await expect.poll(() => page.locator('.preview buurtfeed-feed section.feed').getAttribute('aria-busy')).toBe('false')
      expect(await page.locator('#script-code').textContent()).not.toContain('data-kind')
      await page.getByLabel('Soort berichten').selectOption('event')
      await expect.poll(() => page.locator('#script-code').textContent()).toContain('data-kind="event"')
      expect(await page.locator('#iframe-code').textContent()).toContain('kind=event')
      await expect.poll(() => page.locator('.preview buurtfeed-feed').getAttribute('kind')).toBe('event')
      await expect.poll(() => page.frameLocator('.preview iframe').locator('article .labels .label:first-child').allTextContents()).toEqual(
        expect.arrayContaining(['Activiteit']),
      )
      expect(page.url()).toContain('kind=event')
      expect(await seriousViolations(page)).toEqual([])
      await screenshot(page, 'embed-code')
    })
  })
})
