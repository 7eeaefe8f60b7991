import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { z } from 'zod'
import { adapters, getAdapter } from '../../adapters/index.ts'
import type { Adapter, FetchedDocument, ParseContext, ParseResult } from '../domain/adapter.ts'
import { decodeBody } from '../fetch/charset.ts'
import { parseDocument } from '../ingest/parse-document.ts'
import { normaliseDraft } from '../normalise/index.ts'
import { parseCommandArgs, parseJsonOption } from './args.ts'
import { readAll, UsageError } from './io.ts'
import type { CliIo, Command } from './io.ts'

const USAGE = 'usage: buurtfeed parse --adapter ID [--config JSON] [--url URL] FILE|-'
const STDIN_URL = 'file:///dev/stdin'

/** `parse`: one saved document through an adapter and the normaliser, printed as NDJSON items. No database. */
export function createParseCommand(now: () => Date): Command {
  return async (args, io) => {
    const { values, positionals } = parseCommandArgs(
      args,
      { adapter: { type: 'string' }, config: { type: 'string' }, url: { type: 'string' } },
      true,
    )
    const [file, ...extra] = positionals
    if (!values.adapter || !file || extra.length > 0) throw new UsageError(USAGE)
    const adapter = getAdapter(values.adapter)
    if (!adapter) {
      throw new UsageError(`unknown adapter '${values.adapter}' (known: ${adapters.map((known) => known.id).join(', ')})`)
    }
    const config = adapterConfig(adapter, parseJsonOption(values.config, 'config') ?? {})
    const url = values.url === undefined ? fileUrl(file) : absoluteUrl(values.url)
    const bytes = await readDocument(file, io)
    const document: FetchedDocument = { url, status: 200, contentType: null, headers: {}, text: decodeBody(bytes, null), bytes }
    const source = { id: 'parse', name: file === '-' ? 'stdin' : basename(file), url }

    const { items: drafts, follow = [] } = await readDocumentResult(adapter, document, { config, request: { url }, source, now: now() })
    if (follow.length > 0) {
      // The runtime would fetch these (next pages, detail pages); parse reads one saved document.
      io.stderr.write(`${follow.length} more document(s) would be fetched, not by parse: ${follow.slice(0, 3).map((f) => f.url).join(' ')}${follow.length > 3 ? ' ...' : ''}\n`)
    }
    const lines = drafts.map((draft) => {
      const { item } = normaliseDraft(draft, { source, platform: adapter.platformOf?.(config) ?? adapter.platform, documentUrl: url, wijk: null, now: now() })
      return JSON.stringify(item) + '\n'
    })
    io.stdout.write(lines.join(''))
    return 0
  }
}

export const parseCommand: Command = createParseCommand(() => new Date())

function adapterConfig(adapter: Adapter, json: Record<string, unknown>): unknown {
  const config = adapter.configSchema.safeParse(json)
  if (!config.success) {
    throw new UsageError(`--config does not fit adapter '${adapter.id}': ${z.prettifyError(config.error).replace(/\s*\n\s*/g, ' ')}`)
  }
  return config.data
}

/** A document the adapter cannot read is bad input here. */
async function readDocumentResult(adapter: Adapter, document: FetchedDocument, context: ParseContext<unknown>): Promise<ParseResult> {
  try {
    return await parseDocument(adapter, document, context)
  } catch (error) {
    throw new UsageError(`${context.source.name} is not readable as '${adapter.id}': ${(error as Error).message}`)
  }
}

function absoluteUrl(value: string): string {
  try {
    return new URL(value).href
  } catch {
    throw new UsageError(`--url must be an absolute URL, got '${value}'`)
  }
}

function fileUrl(file: string): string {
  return file === '-' ? STDIN_URL : pathToFileURL(resolve(file)).href
}

async function readDocument(file: string, io: CliIo): Promise<Buffer> {
  try {
    return file === '-' ? await readAll(io.stdin) : await readFile(file)
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${(error as Error).message}`)
  }
}
