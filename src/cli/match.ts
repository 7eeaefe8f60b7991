import { z } from 'zod'
import { classifyPost } from '../understand/classify.ts'
import { matchRequests, type MatchItem } from '../understand/match.ts'
import { parseCommandArgs } from './args.ts'
import type { Command } from './io.ts'
import { postInputSchema, postText, readJsonDocument, type PostInput } from './post-input.ts'

const itemInputSchema = postInputSchema.required({ id: true })
const matchInputSchema = z.object({ requests: z.array(itemInputSchema), offers: z.array(itemInputSchema) })

/**
 * `match`: JSON `{ requests, offers }` on stdin, JSON `{ requestId: [offerId, ...] }` on stdout: for every
 * request the offers that really fit it, best first (an empty list when none does). `--explain` gives each
 * suggestion as `{ offerId, score, reason }`.
 */
export const matchCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs(args, { explain: { type: 'boolean' } })
  const input = await readJsonDocument(io.stdin, matchInputSchema)
  const suggestions = matchRequests(input.requests.map(toMatchItem), input.offers.map(toMatchItem))
  const output = Object.fromEntries(
    input.requests.map((request) => {
      const found = suggestions.get(request.id) ?? []
      return [request.id, values.explain ? found : found.map((suggestion) => suggestion.offerId)]
    }),
  )
  io.stdout.write(JSON.stringify(output, null, 2) + '\n')
  return 0
}

/** Posts without categories (plain `{ title, body }`) are classified first. */
function toMatchItem(post: PostInput & { id: string }): MatchItem {
  const body = postText(post)
  const categories = post.categories?.length
    ? post.categories
    : classifyPost({ title: post.title, body, ...(post.platform ? { platform: post.platform } : {}) }).categories
  return { id: post.id, title: post.title, body, categories, ...(post.platform ? { platform: post.platform } : {}), publishedAt: post.publishedAt ?? null }
}
