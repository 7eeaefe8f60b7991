import type { ColumnType, Generated, Insertable, Selectable } from 'kysely'
import type { Location } from '../domain/item.ts'
import type { PlacedBy } from '../domain/placement.ts'

type NullableTimestamp = ColumnType<Date | null, Date | string | null, Date | string | null>
type CreatedAt = ColumnType<Date, Date | string | undefined, never>
type Json<T> = ColumnType<T, string, string>

export interface WijkTable {
  slug: string
  name: string
  gemeente: string | null
  cbs_code: string | null
  cbs_year: number | null
  postcodes: ColumnType<string[], string[] | undefined, string[]>
  geojson: Json<unknown> | null
  demo: ColumnType<boolean, boolean | undefined, boolean>
  created_at: CreatedAt
}

export interface SourceTable {
  id: string
  adapter: string
  name: string
  url: string
  site_url: string | null
  wijk_slug: string
  config: ColumnType<Record<string, unknown>, string | undefined, string>
  local: ColumnType<boolean, boolean | undefined, boolean>
  interval_minutes: ColumnType<number, number | undefined, number>
  etag: string | null
  last_modified: string | null
  next_check_at: ColumnType<Date, Date | string | undefined, Date | string>
  consecutive_errors: ColumnType<number, number | undefined, number>
  last_error_type: string | null
  last_error_message: string | null
  last_error_at: NullableTimestamp
  last_success_at: NullableTimestamp
  last_item_count: number | null
  last_parsed_at: NullableTimestamp
  created_at: CreatedAt
}

export interface ItemTable {
  id: string
  source_id: string
  platform: string
  kind: string
  classified_by: string
  categories: string[]
  source_categories: ColumnType<string[], string[] | undefined, string[]>
  title: string
  summary: string
  body_html: string
  body_text: string
  url: string
  wijk_slug: string | null
  location: ColumnType<Location | null, string | null, string | null>
  starts_at: NullableTimestamp
  ends_at: NullableTimestamp
  all_day: boolean
  published_at: NullableTimestamp
  updated_at: NullableTimestamp
  expires_at: NullableTimestamp
  status: string
  hidden: ColumnType<boolean, boolean | undefined, boolean>
  content_hash: string
  /** The id of the member shown for its cluster; the item's own id when it stands alone. Set on insert. */
  cluster_id: string
  placed_by: PlacedBy | null
  /** Reactions the platform shows (comments, replies); null when it shows none. */
  reactions: number | null
  first_seen_at: CreatedAt
  sort_at: ColumnType<Date, never, never>
  search_vector: ColumnType<string, never, never>
  search_words: ColumnType<string, never, never>
  /** `id = cluster_id`, stored so the planner has statistics of it. */
  shows_cluster: ColumnType<boolean, never, never>
  /** When the item closes by time: the earliest of its expiry and its event's end (migration 0008). */
  closes_at: ColumnType<Date | null, never, never>
}

export interface TombstoneTable {
  item_id: string
  source_id: string
  reason: string
  created_at: CreatedAt
}

export interface SearchOutboxTable {
  id: Generated<number>
  item_id: string
  op: 'upsert' | 'delete'
  created_at: CreatedAt
}

export interface Database {
  wijken: WijkTable
  sources: SourceTable
  items: ItemTable
  tombstones: TombstoneTable
  search_outbox: SearchOutboxTable
}

export type WijkRow = Selectable<WijkTable>
export type SourceRow = Selectable<SourceTable>
export type ItemRow = Selectable<ItemTable>
export type NewItemRow = Insertable<ItemTable>
