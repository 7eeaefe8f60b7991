import { InvalidSubmissionError, submitPost } from '../ingest/submit-post.ts'
import { parseCommandArgs } from './args.ts'
import { withStore } from './context.ts'
import { readAll, UsageError, type Command } from './io.ts'

const USAGE =
  'usage: submit --wijk SLUG --platform facebook|hoplr|nextdoor|wehelpen|whatsapp|overig --group-name NAME --group-url URL ' +
  '[--link URL] [--title TEXT] [--posted-at ISO] [--kind request|offer|event|info] [--author NAME] [--text TEXT | text on stdin]'

/** `submit`: forward one post from a closed platform, as POST /api/submissions does. Prints the item as JSON. */
export const submitCommand: Command = async (args, io) => {
  const { values } = parseCommandArgs(args, {
    wijk: { type: 'string' },
    platform: { type: 'string' },
    'group-name': { type: 'string' },
    'group-url': { type: 'string' },
    link: { type: 'string' },
    title: { type: 'string' },
    'posted-at': { type: 'string' },
    kind: { type: 'string' },
    author: { type: 'string' },
    text: { type: 'string' },
  })
  if (!values.wijk || !values.platform || !values['group-name'] || !values['group-url']) throw new UsageError(USAGE)
  const text = values.text ?? (await readAll(io.stdin)).toString('utf8')
  const submission = {
    wijk: values.wijk,
    platform: values.platform,
    group: { name: values['group-name'], url: values['group-url'] },
    text,
    ...(values.link ? { link: values.link } : {}),
    ...(values.title ? { title: values.title } : {}),
    ...(values['posted-at'] ? { postedAt: values['posted-at'] } : {}),
    ...(values.kind ? { kind: values.kind } : {}),
    ...(values.author ? { author: values.author } : {}),
  }
  return withStore(async ({ db }) => {
    try {
      io.stdout.write(JSON.stringify(await submitPost(db, submission)) + '\n')
      return 0
    } catch (error) {
      if (error instanceof InvalidSubmissionError) throw new UsageError(error.message)
      throw error
    }
  })
}
