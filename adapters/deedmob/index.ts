import { z } from 'zod'
import { defineAdapter } from '../../src/domain/adapter.ts'
import type { DocumentRequest } from '../../src/domain/adapter.ts'
import { deedDraft } from './deed-draft.ts'
import { MAX_PAGE_SIZE, readDeedsPage } from './deeds-page.ts'
import type { DeedsPage } from './deeds-page.ts'

const API_HEADERS = { 'X-Requested-With': 'XMLHttpRequest', Accept: 'application/json' }

const deedmobConfigSchema = z.strictObject({
  pageSize: z.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  maxPages: z.number().int().min(1).max(50).default(10),
  /**
   * Where a deed's own page lives on the host. The API gives no link; '/deeds/{id}' is a guess that a
   * buurtmaker can correct per vacaturebank.
   */
  deedPath: z.string().regex(/^\/[^\s?#]*\{id\}[^\s?#]*$/, "a path starting with '/' holding {id}").default('/deeds/{id}'),
})
export type DeedmobConfig = z.infer<typeof deedmobConfigSchema>

export const deedmobAdapter = defineAdapter<DeedmobConfig>({
  id: 'deedmob',
  platform: 'deedmob',
  label: { nl: 'Deedmob-vacaturebank', en: 'Deedmob volunteer job board' },
  description: {
    nl: 'Leest de vrijwilligersvacatures van een vrijwilligerscentrale op Deedmob (eigen domein), via de API van de site.',
    en: "Reads the volunteer vacancies of a vrijwilligerscentrale on Deedmob (its own domain), through the site's API.",
  },
  configSchema: deedmobConfigSchema,
  // maxPages can stop a run before the last page, and the runtime would take what it did not read as gone.
  listing: 'window',
  example: { url: 'https://www.vrijwilligerswerkvoorbeeldstad.nl/', config: { pageSize: 50, maxPages: 10, deedPath: '/deeds/{id}' } },
  plan: ({ url, config }) => [pageRequest(url, 1, config.pageSize)],
  parse(document, { config }) {
    const page = readDeedsPage(document.text)
    // A members-only deed is meant for the members of the vacaturebank, not for a public feed.
    const deeds = page.results.filter((deed) => deed.members_only !== true)
    const next = nextPage(page, config.maxPages)
    return {
      items: deeds.map((deed) => deedDraft(deed, document.url, config.deedPath)),
      follow: next ? [pageRequest(document.url, next, config.pageSize)] : [],
    }
  },
})

function pageRequest(siteUrl: string, page: number, pageSize: number): DocumentRequest {
  return { url: new URL(`/api/deeds?page=${page}&pageSize=${pageSize}&withOrganization=true`, siteUrl).href, headers: API_HEADERS }
}

function nextPage({ pagination }: DeedsPage, maxPages: number): number | undefined {
  const page = pagination?.page
  const pages = pagination?.pages
  return page && pages && page < pages && page < maxPages ? page + 1 : undefined
}
