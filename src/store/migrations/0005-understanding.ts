import { sql, type Kysely } from 'kysely'

/**
 * What understanding adds to an item: its cluster (the id of the member shown for the same post on several
 * platforms; its own id when it stands alone), how its wijk was found, and the reactions its platform shows.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('items')
    .addColumn('cluster_id', 'text')
    .addColumn('placed_by', 'text', (c) => c.check(sql`placed_by IN ('coordinates', 'postcode', 'name', 'source')`))
    .addColumn('reactions', 'integer', (c) => c.check(sql`reactions >= 0`))
    .execute()
  await sql`UPDATE items SET cluster_id = id`.execute(db)
  await sql`ALTER TABLE items ALTER COLUMN cluster_id SET NOT NULL`.execute(db)
  await db.schema.createIndex('items_cluster_idx').on('items').column('cluster_id').execute()
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('items_cluster_idx').ifExists().execute()
  await db.schema.alterTable('items').dropColumn('cluster_id').dropColumn('placed_by').dropColumn('reactions').execute()
}
