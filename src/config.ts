import { z } from 'zod'

const emptyAsUndefined = (value: unknown) => (value === '' ? undefined : value)

const configSchema = z.object({
  DATABASE_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^postgres(ql)?$/ }).optional()),
  BUURTFEED_DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default('./data')),
  MEILI_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  MEILI_KEY: z.preprocess(emptyAsUndefined, z.string().optional()),
  /** The address residents reach Buurtfeed at (behind a proxy: its https address); unset: as each request came in. */
  PUBLIC_URL: z.preprocess(emptyAsUndefined, z.url({ protocol: /^https?$/ }).optional()),
  PORT: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(1).max(65535).default(8787)),
  ADMIN_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(16, 'ADMIN_TOKEN must be at least 16 characters').optional()),
  BUURTFEED_USER_AGENT: z.preprocess(
    emptyAsUndefined,
    z.string().default('Buurtfeed/0.1 (neighbourhood feed aggregator; +https://github.com/buurtfeed/buurtfeed)'),
  ),
  /** `auto`: load the demo wijk while no sources are configured; `off`: never. */
  BUURTFEED_DEMO: z.preprocess(emptyAsUndefined, z.enum(['auto', 'off']).default('auto')),
  /** How often the scheduler looks for due sources. */
  BUURTFEED_SCHEDULER_SECONDS: z.preprocess(emptyAsUndefined, z.coerce.number().int().min(0).default(60)),
})

export type Config = z.infer<typeof configSchema>

export class ConfigError extends Error {
  override readonly name = 'ConfigError'
}

/** Parses the environment once; a bad value gives one line naming the variable and the problem. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const result = configSchema.safeParse(env)
  if (result.success) return result.data
  const problems = result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`)
  throw new ConfigError(`invalid configuration: ${problems.join('; ')}`)
}
