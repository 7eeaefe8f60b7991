import { InvalidSourceError, createSource } from '../sources/create-source.ts'
import { listSources, removeSource, type Source } from '../store/sources.ts'
import { parseCommandArgs, parseJsonOption } from './args.ts'
import { withStore } from './context.ts'
import { UsageError, type Command } from './io.ts'
import { formatTable } from './table.ts'

export const sourcesCommand: Command = async ([sub, ...args], io) => {
  if (sub === 'add') {
    const { values } = parseCommandArgs(args, {
      adapter: { type: 'string' },
      url: { type: 'string' },
      'site-url': { type: 'string' },
      wijk: { type: 'string' },
      name: { type: 'string' },
      config: { type: 'string' },
      local: { type: 'boolean' },
    })
    if (!values.adapter || !values.url || !values.wijk) throw new UsageError('sources add needs --adapter ID --url URL --wijk SLUG')
    const config = parseJsonOption(values.config, 'config')
    return withStore(async ({ db }) => {
      try {
        const source = await createSource(db, {
          adapter: values.adapter!,
          url: values.url!,
          wijk: values.wijk!,
          local: values.local ?? false,
          ...(values.name ? { name: values.name } : {}),
          ...(values['site-url'] ? { siteUrl: values['site-url'] } : {}),
          ...(config ? { config } : {}),
        })
        io.stdout.write(`${source.id}\n`)
        return 0
      } catch (error) {
        if (error instanceof InvalidSourceError) throw new UsageError(error.message)
        throw error
      }
    })
  }
  if (sub === 'list') {
    const { values } = parseCommandArgs(args, { json: { type: 'boolean' }, wijk: { type: 'string' } })
    return withStore(async ({ db }) => {
      const sources = await listSources(db, values.wijk ? { wijk: values.wijk } : {})
      if (values.json) io.stdout.write(sources.map((s) => JSON.stringify(s)).join('\n') + (sources.length ? '\n' : ''))
      else io.stdout.write(formatTable(['id', 'adapter', 'wijk', 'name', 'health', 'items', 'last success', 'last error'], sources.map(sourceRow)))
      return 0
    })
  }
  if (sub === 'remove') {
    const { positionals } = parseCommandArgs(args, {}, true)
    const [id] = positionals
    if (!id || positionals.length > 1) throw new UsageError('usage: sources remove ID')
    return withStore(async ({ db }) => {
      if (!(await removeSource(db, id))) throw new UsageError(`no source '${id}' (see 'buurtfeed sources list')`)
      io.stdout.write(`removed ${id}\n`)
      return 0
    })
  }
  throw new UsageError('usage: sources add --adapter ID --url URL --wijk SLUG [--name NAME] [--site-url URL] [--config JSON] [--local] | sources list [--wijk SLUG] [--json] | sources remove ID')
}

function sourceRow(source: Source): string[] {
  const { health } = source
  const state = health.state === 'failing' || health.state === 'suspect' ? `${health.state} x${health.consecutiveErrors}` : health.state
  const error = health.lastError ? `${health.lastError.at.slice(0, 16)} ${health.lastError.type}: ${health.lastError.message}`.slice(0, 80) : ''
  return [source.id, source.adapter, source.wijk, source.name, state, String(health.itemCount), health.lastSuccessAt?.slice(0, 16) ?? '', error]
}
