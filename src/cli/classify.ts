import { classifyPost } from '../understand/classify.ts'
import { parseCommandArgs } from './args.ts'
import type { Command } from './io.ts'
import { postInputSchema, postText, readJsonLines } from './post-input.ts'

/**
 * `classify`: NDJSON `{ title, body }` on stdin (optionally `platform` and `publishedAt`, for relative dates),
 * NDJSON `{ kind, categories }` on stdout in the same order; an event date read from the text is added as
 * `startsAt`, `endsAt`, `allDay`.
 */
export function createClassifyCommand(now: () => Date): Command {
  return async (args, io) => {
    parseCommandArgs(args, {})
    const posts = await readJsonLines(io.stdin, postInputSchema)
    const lines = posts.map((post) => {
      const { kind, categories, event } = classifyPost({
        title: post.title,
        body: postText(post),
        ...(post.platform ? { platform: post.platform } : {}),
        publishedAt: post.publishedAt ? new Date(post.publishedAt) : now(),
        startsAt: post.startsAt ?? null,
      })
      return JSON.stringify({ kind, categories, ...(event ? { startsAt: event.startsAt, endsAt: event.endsAt ?? null, allDay: event.allDay } : {}) }) + '\n'
    })
    io.stdout.write(lines.join(''))
    return 0
  }
}

export const classifyCommand: Command = createClassifyCommand(() => new Date())
