import { z } from 'zod'
import { DocumentParseError } from '../../src/domain/adapter.ts'

/** Which REST API a document answers, to say what is missing and which config option skips it. */
export interface RestApi {
  name: string
  option: 'posts' | 'events'
}

// WordPress and The Events Calendar never give more than 100 items a page.
const MAX_PAGE_LENGTH = 100

/** A page's list of items, its length checked before its items: junk in a 5 MB list is turned away at once. */
export function pageOf<T extends z.ZodType>(item: T) {
  return z.array(z.unknown()).max(MAX_PAGE_LENGTH).pipe(z.array(item))
}

const restErrorSchema = z.object({ code: z.string(), message: z.string().optional() })

/** A WordPress REST answer checked against `schema`. WordPress's error bodies and wrong types become DocumentParseErrors. */
export function readRestJson<T>(text: string, schema: z.ZodType<T>, api: RestApi): T {
  let json: unknown
  try {
    json = JSON.parse(text)
  } catch (error) {
    throw new DocumentParseError(`not JSON, so not the ${api.name} of a WordPress site: ${(error as Error).message}`)
  }
  const restError = restErrorSchema.safeParse(json)
  if (restError.success) throw errorFromSite(restError.data, api)
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw new DocumentParseError(`not a ${api.name} answer: ${firstIssue(parsed.error)}`)
  return parsed.data
}

function errorFromSite({ code, message }: z.infer<typeof restErrorSchema>, api: RestApi): DocumentParseError {
  if (code === 'rest_no_route') {
    return new DocumentParseError(`this site has no ${api.name} (rest_no_route); set "${api.option}": false to skip it`)
  }
  return new DocumentParseError(`the ${api.name} answered with the error '${code}'${message ? `: ${message}` : ''}`)
}

/** The first problem with its field path (`[3].title: ...`): a broken list can have thousands. */
function firstIssue(error: z.ZodError): string {
  const [issue] = error.issues
  if (!issue) return 'unreadable'
  const path = issue.path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '')
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more)` : ''
  return `${path || 'the document'}: ${issue.message}${more}`
}
