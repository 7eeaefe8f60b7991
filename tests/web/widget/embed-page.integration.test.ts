import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createTestApp, type TestApp } from '../../api/test-app.ts'
import { testDatabaseKind } from '../../helpers/database.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.store.destroy())

async function embed(path: string) {
  const res = await t.app.request(path)
  return { status: res.status, headers: res.headers, html: await res.text() }
}

/** The titles of the items on the page, in order. */
const titlesOf = (html: string) => [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((match) => match[1])

/** The open requests, newest first: the expired DigiD request is not something a site's readers can still answer. */
const REQUESTS = ['Wie doet een boodschap voor mij?', 'Hond uitlaten gezocht']

describe(`the embed page /embed/:slug on ${testDatabaseKind}`, () => {
  it('is a compact Dutch page without site header or scripts, that any site may frame', async () => {
    const { status, headers, html } = await embed('/embed/vogelbuurt')
    expect(status).toBe(200)
    expect(headers.get('Content-Type')).toMatch(/^text\/html/)
    expect(headers.get('X-Frame-Options')).toBeNull()
    expect(headers.get('Content-Security-Policy')).toBe("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors *")
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nl">/)
    expect(html).toContain('<meta name="viewport" content="width=device-width, initial-scale=1"/>')
    expect(html).toContain('<h1>Buurtberichten uit Vogelbuurt</h1>')
    expect(html).not.toContain('<header')
    expect(html).not.toMatch(/<script|<link rel="stylesheet"|src="http/)
  })

  it('shows the newest five items by default, each linking to its source, and the full wijk page', async () => {
    const { html } = await embed('/embed/vogelbuurt')
    expect(titlesOf(html)).toEqual([
      'Wie doet een boodschap voor mij?',
      'Handige buurman helpt met klusjes',
      'Nieuwe bankjes in het park',
      'Hond uitlaten gezocht',
      'Let op: oplichters aan de deur',
    ])
    expect(html).toContain('href="https://vogelbuurt.mijnbuurtje.nl/bericht/boodschap"')
    expect(html).toContain('href="https://www.nlvoorelkaar.nl/bericht/hond"')
    expect(html).toContain('<a href="http://localhost/wijk/vogelbuurt">Alle berichten uit Vogelbuurt op Buurtfeed</a>')
  })

  it('opens every link in the whole window, not inside the frame', async () => {
    const { html } = await embed('/embed/vogelbuurt')
    expect(html).toContain('<base target="_top"/>')
    expect(html).not.toMatch(/target="_(blank|self|parent)"/)
  })

  it('honours kind and limit', async () => {
    expect(titlesOf((await embed('/embed/vogelbuurt?kind=request')).html)).toEqual(REQUESTS)
    expect(titlesOf((await embed('/embed/vogelbuurt?kind=request&limit=1')).html)).toEqual(REQUESTS.slice(0, 1))
    // Ten visible items, three of them closed (an expired request, a past event, a given-away bike).
    expect(titlesOf((await embed('/embed/vogelbuurt?limit=20')).html)).toHaveLength(7)
  })

  it('shows activities as an agenda: the next one first, past ones left out', async () => {
    expect(titlesOf((await embed('/embed/vogelbuurt?kind=event')).html)).toEqual(['Repair Café in De Kolibrie', 'Rommelmarkt op het Merelplein'])
  })

  it('ignores a kind or limit it does not know, instead of failing', async () => {
    const newestFive = titlesOf((await embed('/embed/vogelbuurt')).html)
    for (const query of ['kind=hulp', 'limit=0', 'limit=21', 'limit=abc', 'limit=2.5', 'kind=&limit=']) {
      const { status, html } = await embed(`/embed/vogelbuurt?${query}`)
      expect(status, query).toBe(200)
      expect(titlesOf(html), query).toEqual(newestFive)
    }
  })

  it('says so when there is nothing to show', async () => {
    const { html } = await embed('/embed/rivierenbuurt?kind=event')
    expect(html).toContain('<p>Er zijn nu geen berichten.</p>')
    expect(html).not.toContain('<ol class="items">')
  })

  it('says when the wijk is a demo', async () => {
    expect((await embed('/embed/vogelbuurt')).html).toContain('<strong>Dit is een demo.</strong>')
    expect((await embed('/embed/rivierenbuurt')).html).not.toContain('class="demo"')
  })

  it('answers an unknown wijk with a Dutch 404 page', async () => {
    const { status, html } = await embed('/embed/atlantis')
    expect(status).toBe(404)
    expect(html).toContain('lang="nl"')
    expect(html).toContain('Er is geen wijk met de naam ‘atlantis’.')
  })
})
