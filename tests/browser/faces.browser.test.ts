import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_WIJK } from '../../src/demo/demo.ts'
import { createTestDatabaseEnv, testDatabaseKind } from '../helpers/database.ts'
import { startServer, waitFor, type ServerProcess } from '../helpers/server-process.ts'
import { browserTestsSkipReason, launchChromium, recordOutsideRequests, screenshot, seriousViolations } from './browser.ts'

const skipReason = browserTestsSkipReason()
const ADMIN_TOKEN = 'browser-test-admin-token-4821'
const PHONE = { width: 390, height: 844 }

let database: Awaited<ReturnType<typeof createTestDatabaseEnv>>
let server: ServerProcess
let browser: Browser
let context: BrowserContext
let outside: string[]

/** A fresh page in the shared context (phone-sized, JavaScript on). */
async function open(path: string): Promise<Page> {
  const page = await context.newPage()
  const response = await page.goto(`${server.base}${path}`)
  expect(response?.status(), path).toBe(200)
  return page
}

describe.skipIf(skipReason !== null)(`the three faces in headless Chromium, on ${testDatabaseKind}${skipReason ? ` (skipped: ${skipReason})` : ''}`, () => {
  beforeAll(async () => {
    database = await createTestDatabaseEnv()
    server = await startServer({ ...database.env, ADMIN_TOKEN, BUURTFEED_SCHEDULER_SECONDS: '0' })
    // The demo wijk, filled by the real ingest of the bundled samples, as a newcomer sees it after `npm start`.
    await waitFor(
      'the demo items',
      async () => {
        const response = await fetch(`${server.base}/api/items?wijk=${DEMO_WIJK.slug}&limit=1`)
        const body = (await response.json()) as { total: number; facets: { platform: Record<string, number> } }
        return Object.keys(body.facets.platform).length >= 8 ? body.total : undefined
      },
      90_000,
      () => server.log(),
    )
    browser = await launchChromium()
    context = await browser.newContext({ viewport: PHONE, locale: 'nl-NL', timezoneId: 'Europe/Amsterdam' })
    outside = await recordOutsideRequests(context, [server.base])
  }, 180_000)

  afterAll(async () => {
    await browser?.close()
    await server?.kill()
    await database?.destroy()
  })

  describe('the wijk page', () => {
    it('shows the demo feed, passes axe, and is saved as a screenshot', async () => {
      const page = await open(`/wijk/${DEMO_WIJK.slug}`)
      await expect.poll(() => page.locator('article').count()).toBeGreaterThan(10)
      expect(await seriousViolations(page)).toEqual([])
      await screenshot(page, 'wijk-page')
      expect(outside).toEqual([])
      await page.close()
    })
  })
})
