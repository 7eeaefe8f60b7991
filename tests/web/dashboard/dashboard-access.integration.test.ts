import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createApp } from '../../../src/api/app.ts'
import { PostgresSearch } from '../../../src/search/postgres.ts'
import { ADMIN_TOKEN, createTestApp, type TestApp } from '../../api/test-app.ts'
import { testDatabaseKind } from '../../helpers/database.ts'
import { NOW } from '../../helpers/seed-items.ts'

let t: TestApp
beforeAll(async () => {
  t = await createTestApp()
})
afterAll(() => t.store.destroy())

/** The same database seen by another server: another token, or a later moment. */
const appWith = (options: { adminToken?: string; now?: Date }) =>
  createApp({ db: t.store.db, search: new PostgresSearch(t.store.db, () => options.now ?? NOW), adminToken: options.adminToken, now: () => options.now ?? NOW })

const textOf = (html: string) => html.replace(/<style>[\s\S]*?<\/style>/, '').replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')

const bearer = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } })

function logIn(fields: Record<string, string>, app = t.app, origin = 'http://localhost') {
  // A browser sends the Origin of the page the form is on.
  return app.request(`${origin}/dashboard/login`, { method: 'POST', body: new URLSearchParams(fields), headers: { Origin: origin } })
}

/** `name=value` of the session cookie a login set, as a browser sends it back. */
async function sessionCookie(app = t.app, token = ADMIN_TOKEN): Promise<string> {
  const res = await logIn({ token }, app)
  expect(res.status).toBe(303)
  return res.headers.getSetCookie()[0]!.split(';')[0]!
}

const withCookie = (cookie: string) => ({ headers: { Cookie: cookie } })

describe(`access to the dashboard on ${testDatabaseKind}`, () => {
  it('sends a visitor without the token to the login page, remembering where to go back to', async () => {
    for (const path of ['/dashboard/rivierenbuurt', '/dashboard/rivierenbuurt/items.csv']) {
      const res = await t.app.request(path)
      expect(res.status).toBe(303)
      expect(res.headers.get('Location')).toBe(`/dashboard/login?next=${encodeURIComponent(path)}`)
      expect(res.headers.get('Cache-Control')).toBe('no-store')
    }
  })

  it('opens for the admin token as a Bearer header, uncached and not indexed', async () => {
    const res = await t.app.request('/dashboard/rivierenbuurt', bearer(ADMIN_TOKEN))
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    expect(res.headers.get('X-Robots-Tag')).toBe('noindex')
    expect(res.headers.get('Content-Security-Policy')).toBe("frame-ancestors 'none'")
    expect(res.headers.get('X-Frame-Options')).toBe('DENY')
    const html = await res.text()
    expect(html).toMatch(/^<!DOCTYPE html><html lang="nl">/)
    expect(textOf(html)).toContain('Dashboard Rivierenbuurt')
    // Only a login session can log out.
    expect(html).not.toContain('Uitloggen')
  })

  it('refuses a wrong Bearer token like no token at all', async () => {
    for (const header of [`Bearer ${ADMIN_TOKEN}x`, `Bearer ${ADMIN_TOKEN.slice(0, -1)}`, ADMIN_TOKEN, 'Basic dGVzdDp0ZXN0']) {
      const res = await t.app.request('/dashboard/rivierenbuurt', { headers: { Authorization: header } })
      expect(res.status, header).toBe(303)
    }
  })

  it('has a Dutch login form with a labelled password field', async () => {
    const res = await t.app.request('/dashboard/login?next=%2Fdashboard%2Frivierenbuurt')
    expect(res.status).toBe(200)
    expect(res.headers.get('Cache-Control')).toBe('no-store')
    const html = await res.text()
    expect(html).toContain('<form class="login" method="post" action="/dashboard/login">')
    expect(html).toContain('<label for="token">Beheersleutel</label>')
    expect(html).toMatch(/<input id="token" name="token" type="password"[^>]*required/)
    expect(html).toContain('<input type="hidden" name="next" value="/dashboard/rivierenbuurt"/>')
    expect(html).toContain('<button type="submit">Inloggen</button>')
    // The demo wijk is open to everyone: the page says so.
    expect(html).toContain('<a href="/dashboard/vogelbuurt">Dashboard Vogelbuurt</a>')
    expect(html).not.toContain('<a href="/dashboard/rivierenbuurt">')
  })

  it('logs in with the token: a signed, HttpOnly, SameSite=Lax cookie for 12 hours on /dashboard, then back to the page', async () => {
    const res = await logIn({ token: ADMIN_TOKEN, next: '/dashboard/rivierenbuurt' })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/dashboard/rivierenbuurt')
    const [cookie] = res.headers.getSetCookie()
    expect(cookie).toMatch(/^buurtfeed_dashboard=[^;]+; Max-Age=43200; Path=\/dashboard; HttpOnly; SameSite=Lax$/)
    // The cookie is signed, and does not hold the token.
    expect(cookie).not.toContain(ADMIN_TOKEN)
    const page = await t.app.request('/dashboard/rivierenbuurt', withCookie(cookie!.split(';')[0]!))
    expect(page.status).toBe(200)
    const html = await page.text()
    expect(textOf(html)).toContain('Dashboard Rivierenbuurt')
    expect(html).toContain('<form class="logout" method="post" action="/dashboard/logout"><button type="submit">Uitloggen</button></form>')
  })

  it('marks the cookie Secure when the request came over https', async () => {
    const direct = await logIn({ token: ADMIN_TOKEN }, t.app, 'https://buurtfeed.example')
    expect(direct.headers.getSetCookie()[0]).toMatch(/; Secure/)
    const proxied = await t.app.request('/dashboard/login', {
      method: 'POST',
      body: new URLSearchParams({ token: ADMIN_TOKEN }),
      headers: { 'X-Forwarded-Proto': 'https', Origin: 'http://localhost' },
    })
    expect(proxied.headers.getSetCookie()[0]).toMatch(/; Secure/)
  })

  it('answers a wrong token with 401, the form again and a Dutch error, and no cookie', async () => {
    const res = await logIn({ token: 'niet-de-goede-sleutel-123', next: '/dashboard/rivierenbuurt' })
    expect(res.status).toBe(401)
    expect(res.headers.getSetCookie()).toEqual([])
    const html = await res.text()
    expect(html).toContain('<p class="alert" role="alert" id="login-fout">Deze beheersleutel klopt niet. Controleer hem en probeer het opnieuw.</p>')
    expect(html).toMatch(/<input id="token" name="token" type="password"[^>]*aria-invalid="true" aria-describedby="login-fout"/)
    expect(html).toContain('<input type="hidden" name="next" value="/dashboard/rivierenbuurt"/>')
    expect((await logIn({})).status).toBe(401)
  })

  it('refuses a tampered cookie, one signed for another token, and one that has run out', async () => {
    const cookie = await sessionCookie()
    const [name, value] = cookie.split('=') as [string, string]
    const [endsAt, signature] = decodeURIComponent(value).split('.') as [string, string]
    const longer = `${name}=${encodeURIComponent(`${Number(endsAt) + 86_400_000}.${signature}`)}`
    expect((await t.app.request('/dashboard/rivierenbuurt', withCookie(longer))).status).toBe(303)
    expect((await t.app.request('/dashboard/rivierenbuurt', withCookie(`${name}=${endsAt}`))).status).toBe(303)

    // A new ADMIN_TOKEN logs everyone out: the old cookie is not valid for it, and a cookie of the new token not for the old.
    const newToken = 'een-nieuwe-beheersleutel-456'
    const renewed = appWith({ adminToken: newToken })
    expect((await renewed.request('/dashboard/rivierenbuurt', withCookie(cookie))).status).toBe(303)
    const renewedCookie = await sessionCookie(renewed, newToken)
    expect((await renewed.request('/dashboard/rivierenbuurt', withCookie(renewedCookie))).status).toBe(200)
    expect((await t.app.request('/dashboard/rivierenbuurt', withCookie(renewedCookie))).status).toBe(303)

    const later = (hours: number) => appWith({ adminToken: ADMIN_TOKEN, now: new Date(NOW.getTime() + hours * 3_600_000) })
    expect((await later(11.9).request('/dashboard/rivierenbuurt', withCookie(cookie))).status).toBe(200)
    expect((await later(12).request('/dashboard/rivierenbuurt', withCookie(cookie))).status).toBe(303)
  })

  it('only goes back to a dashboard page of this server after logging in (no open redirect)', async () => {
    const cases: [string, string][] = [
      ['https://evil.example/dashboard/x', '/dashboard/login'],
      ['//evil.example/dashboard/x', '/dashboard/login'],
      ['/\\evil.example', '/dashboard/login'],
      ['/dashboard/../wijk/rivierenbuurt', '/dashboard/login'],
      ['/wijk/rivierenbuurt', '/dashboard/login'],
      ['javascript:alert(1)', '/dashboard/login'],
      ['/dashboard/rivierenbuurt/items.csv', '/dashboard/rivierenbuurt/items.csv'],
    ]
    for (const [next, location] of cases) {
      const res = await logIn({ token: ADMIN_TOKEN, next })
      expect(res.headers.get('Location'), next).toBe(location)
    }
    const form = await (await t.app.request(`/dashboard/login?next=${encodeURIComponent('https://evil.example/')}`)).text()
    expect(form).not.toContain('name="next"')
  })

  it('logs out: the cookie is cleared', async () => {
    const cookie = await sessionCookie()
    // Not from another site's form: that would log a buurtmaker out behind their back.
    const forged = await t.app.request('/dashboard/logout', { method: 'POST', headers: { Cookie: cookie, Origin: 'https://evil.example', 'Content-Type': 'application/x-www-form-urlencoded' } })
    expect(forged.status).toBe(403)
    expect(forged.headers.getSetCookie()).toEqual([])
    const res = await t.app.request('/dashboard/logout', { method: 'POST', headers: { Cookie: cookie, Origin: 'http://localhost' } })
    expect(res.status).toBe(303)
    expect(res.headers.get('Location')).toBe('/dashboard/login')
    expect(res.headers.getSetCookie()[0]).toMatch(/^buurtfeed_dashboard=; Max-Age=0; Path=\/dashboard; HttpOnly; SameSite=Lax$/)
  })

  it('lists the wijken once logged in', async () => {
    const html = await (await t.app.request('/dashboard/login', withCookie(await sessionCookie()))).text()
    expect(textOf(html)).toContain('U bent ingelogd. Kies een wijk.')
    expect(html).toContain('<a href="/dashboard/rivierenbuurt">Dashboard Rivierenbuurt</a>')
    expect(html).not.toContain('name="token"')
    expect((await t.app.request('/dashboard')).headers.get('Location')).toBe('/dashboard/login')
  })

  it('opens a demo wijk to everyone, saying that a real wijk asks for the beheersleutel', async () => {
    const res = await t.app.request('/dashboard/vogelbuurt')
    expect(res.status).toBe(200)
    expect(textOf(await res.text())).toContain(
      'Dit is een demo. De cijfers komen uit voorbeelddocumenten, niet van echte buurtplatforms. Het dashboard van een echte wijk vraagt om de beheersleutel.',
    )
    expect((await t.app.request('/dashboard/vogelbuurt/items.csv')).status).toBe(200)
  })

  it('answers an unknown wijk with a Dutch 404, but only after the access check', async () => {
    expect((await t.app.request('/dashboard/atlantis')).status).toBe(303)
    for (const path of ['/dashboard/atlantis', '/dashboard/atlantis/items.csv']) {
      const res = await t.app.request(path, bearer(ADMIN_TOKEN))
      expect(res.status).toBe(404)
      expect(textOf(await res.text())).toContain('Er is geen wijk met de naam ‘atlantis’.')
    }
  })

  it('is off without ADMIN_TOKEN, saying how to turn it on, except for demo wijken', async () => {
    const off = appWith({})
    const res = await off.request('/dashboard/rivierenbuurt', bearer(ADMIN_TOKEN))
    expect(res.status).toBe(303)
    const page = await off.request(res.headers.get('Location')!)
    const html = await page.text()
    expect(textOf(html)).toContain('Het dashboard staat uit op deze server, want er is geen beheersleutel ingesteld.')
    expect(html).toContain('<code>ADMIN_TOKEN=een-lange-geheime-sleutel npm start</code>')
    expect(html).not.toContain('<form')
    expect((await logIn({ token: ADMIN_TOKEN }, off)).status).toBe(403)
    expect((await off.request('/dashboard/vogelbuurt')).status).toBe(200)
  })
})
