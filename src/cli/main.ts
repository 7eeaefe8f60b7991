import { ConfigError } from '../config.ts'
import { DataDirInUseError } from '../store/database.ts'
import { UsageError, type CliIo, type Command } from './io.ts'

// Loaded on demand: `parse` and `adapters` start without the database code.
const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  serve: { summary: 'serve [--port N]: API, pages, feeds and the fetch scheduler', load: async () => (await import('./serve.ts')).serveCommand },
  ingest: { summary: 'ingest [--source ID | --all]: fetch due sources once and exit', load: async () => (await import('./ingest.ts')).ingestCommand },
  parse: { summary: 'parse --adapter ID [--config JSON] [--url URL] FILE|-: print a saved document as NDJSON items', load: async () => (await import('./parse.ts')).parseCommand },
  classify: { summary: 'classify: NDJSON { title, body } on stdin, NDJSON { kind, categories } on stdout', load: async () => (await import('./classify.ts')).classifyCommand },
  dedupe: { summary: 'dedupe: NDJSON items on stdin, NDJSON { id, cluster } on stdout (equal clusters = same post)', load: async () => (await import('./dedupe.ts')).dedupeCommand },
  match: { summary: 'match [--explain]: JSON { requests, offers } on stdin, JSON { requestId: [offerId, ...] } on stdout', load: async () => (await import('./match.ts')).matchCommand },
  adapters: { summary: 'adapters: list the adapters', load: async () => (await import('./adapters.ts')).adaptersCommand },
  sources: { summary: 'sources add|list|remove: manage sources', load: async () => (await import('./sources.ts')).sourcesCommand },
  wijken: { summary: 'wijken add|list|import: manage wijken (import: CBS map and postcode table)', load: async () => (await import('./wijken.ts')).wijkenCommand },
  submit: { summary: 'submit --wijk SLUG --platform P --group-name NAME --group-url URL [--link URL] ...: forward one post from a closed platform', load: async () => (await import('./submit.ts')).submitCommand },
  migrate: { summary: 'migrate: bring the database schema up to date', load: async () => (await import('./migrate.ts')).migrateCommand },
  reindex: { summary: 'reindex: rebuild the search index from the database', load: async () => (await import('./reindex.ts')).reindexCommand },
}

function usage(): string {
  return ['usage: buurtfeed <command> [options]', '', ...Object.values(commands).map((c) => `  ${c.summary}`), ''].join('\n')
}

/** Runs one CLI command; returns the exit code (2 for bad input, with one line on stderr). */
export async function main(argv: string[], io: CliIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const [name, ...args] = argv
  if (!name) {
    io.stderr.write("buurtfeed: missing command (try 'buurtfeed --help')\n")
    return 2
  }
  if (name === '--help' || name === '-h' || name === 'help') {
    io.stdout.write(usage())
    return 0
  }
  const command = commands[name]
  if (!command) {
    io.stderr.write(`buurtfeed: unknown command '${name}' (try 'buurtfeed --help')\n`)
    return 2
  }
  try {
    return await (await command.load())(args, io)
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.stderr.write(`buurtfeed ${name}: ${error.message}\n`)
      return 2
    }
    if (error instanceof DataDirInUseError) {
      io.stderr.write(`buurtfeed ${name}: ${error.message}\n`)
      return 1
    }
    throw error
  }
}
