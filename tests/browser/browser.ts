import { existsSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core'

/** Chromium from Debian (`apt-get install chromium`); never a downloaded browser. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium'
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking']

/**
 * Whether the browser tests run: they need Chromium. Without it they are skipped with the reason, except
 * where BROWSER_TESTS=required (`.ci/run`, which installs it): there a missing browser fails.
 */
export function browserTestsSkipReason(): string | null {
  if (existsSync(CHROMIUM_PATH)) return null
  const reason = `no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set CHROMIUM_PATH)`
  if (process.env.BROWSER_TESTS === 'required') throw new Error(`browser tests are required here, but there is ${reason}`)
  return reason
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_FLAGS, headless: true })
}

/** Where screenshots go: test artifacts, not committed (the README's come from `npm run screenshots`). */
export const SCREENSHOT_DIR = process.env.SCREENSHOT_DIR || join('test-results', 'screenshots')

/** The top of the page, as `<name>.png`: the viewport's width, at most `height` pixels down. */
export async function screenshot(page: Page, name: string, height = 1400): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true })
  const path = join(SCREENSHOT_DIR, `${name}.png`)
  const { width } = page.viewportSize()!
  const pageHeight = (await page.evaluate('document.documentElement.scrollHeight')) as number
  await page.screenshot({ path, fullPage: true, clip: { x: 0, y: 0, width, height: Math.min(height, pageHeight) } })
  return path
}

/**
 * Every request the pages make to a host other than the allowed ones is answered here with a small page and
 * recorded, so tests can follow links to sources (which are on the internet) and prove that no face loads
 * anything from elsewhere.
 */
export async function recordOutsideRequests(context: BrowserContext, allowedOrigins: string[]): Promise<string[]> {
  const outside: string[] = []
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (allowedOrigins.some((origin) => url.startsWith(`${origin}/`) || url === origin)) return route.continue()
    outside.push(url)
    await route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><title>Bron</title><h1>De bron</h1>' })
  })
  return outside
}

const axeSource = (createRequire(import.meta.url)('axe-core') as { source: string }).source

export interface AxeViolation {
  id: string
  impact: string | null
  help: string
  nodes: { target: unknown[]; failureSummary?: string }[]
}

/**
 * axe-core's WCAG 2.0/2.1 A and AA rules on the page as it is now (open shadow roots included), on the whole
 * document or only inside the elements `within` selects.
 */
export async function axeViolations(page: Page, within?: string): Promise<AxeViolation[]> {
  await page.addScriptTag({ content: axeSource })
  const context = within ? `{ include: [[${JSON.stringify(within)}]] }` : 'document'
  // Runs in the page (no DOM types here): axe is the global the script tag defined.
  const violations = await page.evaluate(`(async () => {
    const result = await axe.run(${context}, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
    return result.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map(({ target, failureSummary }) => ({ target, failureSummary })) }))
  })()`)
  return violations as AxeViolation[]
}

/** The serious and critical ones, readable in a test failure. */
export async function seriousViolations(page: Page, within?: string): Promise<string[]> {
  const violations = await axeViolations(page, within)
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => JSON.stringify(node.target)).join(', ')}`)
}
