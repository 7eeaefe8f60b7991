import { classifyPost } from '../understand/classify.ts'
import { clusterItems } from '../understand/dedupe.ts'
import { parseCommandArgs } from './args.ts'
import { UsageError, type Command } from './io.ts'
import { postInputSchema, postText, readJsonLines } from './post-input.ts'

const itemInputSchema = postInputSchema.required({ id: true })

/** `dedupe`: NDJSON items on stdin, NDJSON `{ id, cluster }` on stdout in the same order; equal clusters = same post. */
export const dedupeCommand: Command = async (args, io) => {
  parseCommandArgs(args, {})
  const items = await readJsonLines(io.stdin, itemInputSchema)
  const ids = new Set<string>()
  for (const item of items) {
    if (ids.has(item.id)) throw new UsageError(`id '${item.id}' occurs twice`)
    ids.add(item.id)
  }
  const clusters = clusterItems(
    items.map((item) => {
      const body = postText(item)
      return {
        id: item.id,
        platform: item.platform ?? '',
        // A bare post is classified first: only posts of fitting kinds can be the same post.
        kind: item.kind ?? classifyPost({ title: item.title, body, ...(item.platform ? { platform: item.platform } : {}) }).kind,
        title: item.title,
        body,
        publishedAt: item.publishedAt ?? null,
        startsAt: item.startsAt ?? null,
        endsAt: item.endsAt ?? null,
        allDay: item.allDay ?? false,
        location: item.location ?? null,
        ...(item.source?.id ? { sourceId: item.source.id } : {}),
        ...(item.url ? { url: item.url } : {}),
      }
    }),
  )
  io.stdout.write(items.map((item) => JSON.stringify({ id: item.id, cluster: clusters.get(item.id) ?? item.id }) + '\n').join(''))
  return 0
}
