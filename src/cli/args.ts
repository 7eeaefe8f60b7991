import { parseArgs, type ParseArgsConfig } from 'node:util'
import { UsageError } from './io.ts'

/** node:util parseArgs, with its errors turned into one-line usage errors. */
export function parseCommandArgs<T extends ParseArgsConfig['options']>(args: string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args, options, allowPositionals, strict: true })
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message.split('\n')[0]! : String(error))
  }
}

export function parseJsonOption(value: string | undefined, name: string): Record<string, unknown> | undefined {
  if (value === undefined) return undefined
  try {
    const parsed: unknown = JSON.parse(value)
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>
  } catch {
    // reported below
  }
  throw new UsageError(`--${name} must be a JSON object, e.g. '{"kind":"event"}'`)
}
