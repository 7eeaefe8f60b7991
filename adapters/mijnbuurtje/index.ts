import { defineAdapter } from '../../src/domain/adapter.ts'
import { loadPage } from '../html/dom.ts'
import { mijnbuurtjeConfigSchema } from './config.ts'
import type { MijnbuurtjeConfig } from './config.ts'
import { readDetailPage } from './detail-page.ts'
import { readListPage } from './list-page.ts'
import { SELECTORS } from './markup.ts'
import { listUrl, postIdOf, siteRoot } from './urls.ts'

export type { MijnbuurtjeConfig } from './config.ts'

export const mijnbuurtjeAdapter = defineAdapter<MijnbuurtjeConfig>({
  id: 'mijnbuurtje',
  platform: 'mijnbuurtje',
  label: { nl: 'Mijnbuurtje-buurtsite', en: 'mijnbuurtje.nl neighbourhood site' },
  description: {
    nl: 'Leest "Elkaar helpen" (hulpvragen en aanbod) van een buurtsite op mijnbuurtje.nl, en desgewenst de agenda en berichten.',
    en: 'Reads "Elkaar helpen" (requests and offers) of a mijnbuurtje.nl neighbourhood site, and optionally its agenda and messages.',
  },
  configSchema: mijnbuurtjeConfigSchema,
  // maxPages may leave older posts unread.
  listing: 'window',
  example: { url: 'https://voorbeeldbuurt.nl/', config: { maxPages: 5, detailPages: true, sections: ['elkaar-helpen'] } },
  plan: ({ url, config }) => config.sections.map((section) => ({ url: listUrl(siteRoot(url), section, config, 1), role: 'list' })),
  parse(document, context) {
    const $ = loadPage(document.text)
    // A saved page parsed on its own (the CLI) comes without a role: a post page has a post's address or title heading.
    const isPost = postIdOf(context.request.url) !== undefined || $(SELECTORS.pageTitle).length > 0
    const role = context.request.role ?? (isPost ? 'detail' : 'list')
    return role === 'detail' ? readDetailPage($, document.url, context) : readListPage($, document.url, context)
  },
})
