import { sql, type Kysely } from 'kysely'

// Written for PostgreSQL 15 to 18 (server and PGlite). Generated columns say STORED explicitly:
// PostgreSQL 18 makes them virtual by default, and a GIN index on a virtual column fails.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE EXTENSION IF NOT EXISTS unaccent`.execute(db)
  await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm`.execute(db)
  // Dutch stemming after accent folding, so "cafe" finds "café". A named configuration keeps
  // to_tsvector immutable, which a generated column needs (unaccent() itself is only stable).
  await sql`CREATE TEXT SEARCH CONFIGURATION buurtfeed_nl (COPY = pg_catalog.dutch)`.execute(db)
  await sql`ALTER TEXT SEARCH CONFIGURATION buurtfeed_nl
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part
    WITH unaccent, dutch_stem`.execute(db)

  await db.schema
    .createTable('wijken')
    .addColumn('slug', 'text', (c) => c.primaryKey().check(sql`slug ~ '^[a-z0-9]+(-[a-z0-9]+)*$'`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('gemeente', 'text')
    .addColumn('cbs_code', 'text')
    .addColumn('cbs_year', 'integer')
    .addColumn('postcodes', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('geojson', 'jsonb')
    .addColumn('demo', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('sources')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('adapter', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('wijk_slug', 'text', (c) => c.notNull().references('wijken.slug').onDelete('restrict'))
    .addColumn('config', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('local', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('interval_minutes', 'integer', (c) => c.notNull().defaultTo(60))
    .addColumn('etag', 'text')
    .addColumn('last_modified', 'text')
    .addColumn('next_check_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('consecutive_errors', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('last_error_type', 'text')
    .addColumn('last_error_message', 'text')
    .addColumn('last_error_at', 'timestamptz')
    .addColumn('last_success_at', 'timestamptz')
    .addColumn('last_item_count', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
  await db.schema.createIndex('sources_next_check_idx').on('sources').column('next_check_at').execute()

  await db.schema
    .createTable('items')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull().references('sources.id').onDelete('cascade'))
    .addColumn('platform', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind IN ('request', 'offer', 'event', 'info')`))
    .addColumn('classified_by', 'text', (c) => c.notNull())
    .addColumn('categories', sql`text[]`, (c) => c.notNull().check(sql`cardinality(categories) > 0`))
    .addColumn('source_categories', sql`text[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('summary', 'text', (c) => c.notNull())
    .addColumn('body_html', 'text', (c) => c.notNull())
    .addColumn('body_text', 'text', (c) => c.notNull())
    .addColumn('url', 'text', (c) => c.notNull())
    .addColumn('wijk_slug', 'text', (c) => c.references('wijken.slug').onDelete('set null'))
    .addColumn('location', 'jsonb')
    .addColumn('starts_at', 'timestamptz')
    .addColumn('ends_at', 'timestamptz')
    .addColumn('all_day', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('published_at', 'timestamptz')
    .addColumn('updated_at', 'timestamptz')
    .addColumn('expires_at', 'timestamptz')
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status IN ('open', 'closed')`))
    .addColumn('hidden', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('first_seen_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('sort_at', 'timestamptz', (c) =>
      c.notNull().generatedAlwaysAs(sql`coalesce(published_at, updated_at, first_seen_at)`).stored(),
    )
    .addColumn('search_vector', sql`tsvector`, (c) =>
      c
        .notNull()
        .generatedAlwaysAs(
          sql`setweight(to_tsvector('buurtfeed_nl', title), 'A')
            || setweight(to_tsvector('buurtfeed_nl', summary), 'B')
            || setweight(to_tsvector('buurtfeed_nl', left(body_text, 20000)), 'C')`,
        )
        .stored(),
    )
    .execute()
  await db.schema.createIndex('items_search_idx').on('items').using('gin').column('search_vector').execute()
  await db.schema.createIndex('items_categories_idx').on('items').using('gin').column('categories').execute()
  await db.schema.createIndex('items_wijk_sort_idx').on('items').columns(['wijk_slug', 'sort_at desc', 'id']).execute()
  await db.schema.createIndex('items_source_idx').on('items').column('source_id').execute()
  await db.schema.createIndex('items_starts_idx').on('items').column('starts_at').execute()

  await db.schema
    .createTable('tombstones')
    .addColumn('item_id', 'text', (c) => c.primaryKey())
    .addColumn('source_id', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()

  await db.schema
    .createTable('search_outbox')
    .addColumn('id', 'bigserial', (c) => c.primaryKey())
    .addColumn('item_id', 'text', (c) => c.notNull())
    .addColumn('op', 'text', (c) => c.notNull().check(sql`op IN ('upsert', 'delete')`))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['search_outbox', 'tombstones', 'items', 'sources', 'wijken']) {
    await db.schema.dropTable(table).ifExists().execute()
  }
  await sql`DROP TEXT SEARCH CONFIGURATION IF EXISTS buurtfeed_nl`.execute(db)
}
