import { describe, expect, it } from 'vitest'
import { feedAdapter } from '../../adapters/feed/index.ts'
import { icalAdapter } from '../../adapters/ical/index.ts'
import { adapters, getAdapter } from '../../adapters/index.ts'

describe('adapter registry', () => {
  it('lists the adapters by id', () => {
    expect(adapters.map((adapter) => adapter.id)).toEqual(['feed', 'ical'])
  })

  it.each([
    ['feed', feedAdapter],
    ['ical', icalAdapter],
    ['nope', undefined],
  ])('finds %s', (id, adapter) => {
    expect(getAdapter(id)).toBe(adapter)
  })

  it.each(adapters.map((adapter) => [adapter.id, adapter] as const))('%s: its example config validates', (_, adapter) => {
    expect(adapter.configSchema.safeParse(adapter.example.config).success).toBe(true)
    expect(adapter.plan({ url: adapter.example.url, config: adapter.example.config })).toHaveLength(1)
  })
})
