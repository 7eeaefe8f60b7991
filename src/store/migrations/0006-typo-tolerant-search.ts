import { sql, type Kysely } from 'kysely'

/**
 * Typo tolerance: the title and summary, lower case without accents, with a trigram index, for the fallback search
 * when full text finds little ("boodschapen" still finds "boodschappen"). unaccent() is only stable, so a generated
 * column needs this immutable wrapper (with the dictionary named, it does not depend on the search path).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE OR REPLACE FUNCTION buurtfeed_unaccent(text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT public.unaccent('public.unaccent'::regdictionary, $1) $$`.execute(db)
  await db.schema
    .alterTable('items')
    .addColumn('search_words', 'text', (c) => c.notNull().generatedAlwaysAs(sql`lower(buurtfeed_unaccent(title || ' ' || summary))`).stored())
    .execute()
  await sql`CREATE INDEX items_search_words_trgm_idx ON items USING gin (search_words gin_trgm_ops)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('items').dropColumn('search_words').execute()
  await sql`DROP FUNCTION buurtfeed_unaccent(text)`.execute(db)
}
