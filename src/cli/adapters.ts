import { adapters } from '../../adapters/index.ts'
import { parseCommandArgs } from './args.ts'
import type { Command } from './io.ts'

export const adaptersCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs(args, { json: { type: 'boolean' } })
  for (const adapter of adapters) {
    if (values.json) {
      io.stdout.write(JSON.stringify({ id: adapter.id, platform: adapter.platform, label: adapter.label, description: adapter.description, example: adapter.example }) + '\n')
      continue
    }
    const config = JSON.stringify(adapter.example.config)
    io.stdout.write(`${adapter.id.padEnd(16)} ${adapter.description.en}\n`)
    io.stdout.write(`${''.padEnd(16)} example: buurtfeed sources add --adapter ${adapter.id} --url ${adapter.example.url} --wijk SLUG${config === '{}' ? '' : ` --config '${config}'`}\n`)
  }
  return 0
}
