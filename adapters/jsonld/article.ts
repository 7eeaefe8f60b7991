import { z } from 'zod'
import type { ItemDraft } from '../../src/domain/item.ts'
import { dereference, isNode } from './graph.ts'
import type { JsonLdNode } from './graph.ts'
import { body, identity, moment, nameOf, plainTitle, terms, text } from './values.ts'
import type { PageContext } from './values.ts'

const ARTICLE_TYPES = new Set([
  'Article', 'NewsArticle', 'BlogPosting', 'LiveBlogPosting', 'Report', 'AnalysisNewsArticle', 'BackgroundNewsArticle',
  'OpinionNewsArticle', 'ReportageNews', 'ReviewNewsArticle', 'AskPublicNewsArticle',
])

const articleSchema = z.object({
  '@id': text,
  headline: text,
  name: text,
  articleBody: text,
  description: text,
  datePublished: text,
  dateModified: text,
  url: text,
})

export function isArticle(types: string[]): boolean {
  return types.some((type) => ARTICLE_TYPES.has(type))
}

/** News and blog posts: the platform calls them articles, so they are 'info'. */
export function articleDraft(node: JsonLdNode, page: PageContext): ItemDraft {
  const article = articleSchema.parse(node)
  const title = article.headline ?? article.name
  const { url, key } = identity(article['@id'], article.url ?? pageOf(node.mainEntityOfPage, page), title, page)
  return {
    externalId: key,
    url,
    title: plainTitle(title),
    ...body(article.articleBody ?? article.description),
    summary: article.articleBody ? article.description : undefined,
    kind: 'info',
    sourceCategories: [...terms(node.articleSection), ...terms(node.keywords)],
    publishedAt: moment(article.datePublished),
    updatedAt: moment(article.dateModified),
    author: nameOf(node.author, page.graph),
  }
}

/** mainEntityOfPage is the page's URL, or the WebPage node (by reference) whose @id or url it is. */
function pageOf(value: unknown, page: PageContext): string | undefined {
  const webPage = dereference(value, page.graph)
  if (!isNode(webPage)) return text.parse(webPage)
  return text.parse(webPage.url) ?? text.parse(webPage['@id'])
}
