import type { OpenAPIHono } from '@hono/zod-openapi'
import { createApp } from '../../src/api/app.ts'
import { PostgresSearch } from '../../src/search/postgres.ts'
import { createTestStore, type TestStore } from '../helpers/database.ts'
import { NOW, seedVogelbuurt, type Vogelbuurt } from '../helpers/seed-items.ts'

export const ADMIN_TOKEN = 'test-admin-token-0123456789'

export interface TestApp {
  store: TestStore
  app: OpenAPIHono
  seed: Vogelbuurt
}

/** A fresh database with the Vogelbuurt seeded, and the app over it, looking at the data as of NOW. */
export async function createTestApp(): Promise<TestApp> {
  const store = await createTestStore()
  const seed = await seedVogelbuurt(store.db)
  const app = createApp({ db: store.db, search: new PostgresSearch(store.db, () => NOW), adminToken: ADMIN_TOKEN, now: () => NOW })
  return { store, app, seed }
}

export const asAdmin = (init: RequestInit = {}): RequestInit => ({
  ...init,
  headers: { Authorization: `Bearer ${ADMIN_TOKEN}`, 'Content-Type': 'application/json', ...init.headers },
})
