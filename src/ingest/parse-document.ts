import { DocumentParseError, type Adapter, type FetchedDocument, type ParseContext, type ParseResult } from '../domain/adapter.ts'
import { assertShallowHtml } from '../normalise/nesting.ts'

/**
 * Runs an adapter on one document, for ingestion and the `parse` command alike. Whatever goes wrong on a
 * document (the adapter's own DocumentParseError, a TypeError on JSON of the wrong shape) means that
 * document could not be read: it comes out as a DocumentParseError. Markup nested absurdly deep is
 * refused before any HTML parser sees it, because parse5 takes quadratic time on it.
 */
export async function parseDocument<C>(adapter: Adapter<C>, document: FetchedDocument, context: ParseContext<C>): Promise<ParseResult> {
  if (document.text.trimStart().startsWith('<')) assertShallowHtml(document.text)
  try {
    return await adapter.parse(document, context)
  } catch (error) {
    if (error instanceof DocumentParseError) throw error
    throw new DocumentParseError(error instanceof Error ? error.message : String(error))
  }
}
