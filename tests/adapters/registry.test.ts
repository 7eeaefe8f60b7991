import { describe, expect, it } from 'vitest'
import { adapters, getAdapter } from '../../adapters/index.ts'

// The ids are part of the contract (config files, the CLI, outside tools).
const CONTRACT_IDS = [
  'feed', 'ical', 'mijnbuurtje', 'nlvoorelkaar', 'deedmob', 'wordpress', 'jsonld', 'mobilizon', 'html', 'facebook-export', 'whatsapp-export', 'forwarded',
]

describe('adapter registry', () => {
  it('has every adapter of the contract, once', () => {
    const ids = adapters.map((adapter) => adapter.id)
    expect(new Set(ids).size).toBe(ids.length)
    expect(ids).toEqual(expect.arrayContaining(CONTRACT_IDS))
  })

  it('finds an adapter by id, and nothing for an unknown id', () => {
    for (const adapter of adapters) expect(getAdapter(adapter.id)).toBe(adapter)
    expect(getAdapter('nope')).toBeUndefined()
  })

  it.each(adapters.map((adapter) => [adapter.id, adapter] as const))('%s: Dutch and English metadata, and an example that validates', (_, adapter) => {
    expect(adapter.label.nl && adapter.label.en && adapter.description.nl && adapter.description.en).toBeTruthy()
    expect(adapter.configSchema.safeParse(adapter.example.config).success).toBe(true)
    const plan = adapter.plan({ url: adapter.example.url, config: adapter.example.config })
    // Pushed adapters (forwarded posts) fetch nothing; every other one fetches at least one document.
    expect(plan.length > 0).toBe(!adapter.pushed)
    for (const request of plan) expect(new URL(request.url).protocol).toMatch(/^(https?|file):$/)
  })
})
