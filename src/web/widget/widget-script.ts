import { readFileSync } from 'node:fs'
import { KINDS, kindLabel } from '../../domain/taxonomy.ts'
import { NAMED_PLATFORM_NAMES } from '../platform-names.ts'
import { KIND_SORTS, WIDGET_LIMIT } from './widget-options.ts'

/** Where the client file takes the text the server gives it. */
const TEXT_PLACEHOLDER = '})(WIDGET_TEXT)'

/** The labels the widget shows, the order it asks for and the limits it checks, from the server's own tables. */
const widgetText = {
  kinds: Object.fromEntries(KINDS.map((kind) => [kind, kindLabel(kind)])),
  platforms: NAMED_PLATFORM_NAMES,
  sorts: KIND_SORTS,
  limit: WIDGET_LIMIT,
}

function buildWidgetScript(): string {
  const source = readFileSync(new URL('./buurtfeed-feed.js', import.meta.url), 'utf8')
  if (source.split(TEXT_PLACEHOLDER).length !== 2) throw new Error(`buurtfeed-feed.js must end its function with ${TEXT_PLACEHOLDER}`)
  return source.replace(TEXT_PLACEHOLDER, `})(${JSON.stringify(widgetText)})`)
}

/** /widget.js as served: read and filled in once, when the server starts. */
export const WIDGET_SCRIPT = buildWidgetScript()
