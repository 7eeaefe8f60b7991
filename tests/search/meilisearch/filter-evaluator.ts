/**
 * Meilisearch's filter syntax as its parser reads it (filter-parser in the Meilisearch repository), for the part
 * the backend writes: AND, OR, NOT, parentheses, `=`, `<`, `<=`, `>`, `>=`, `IN [...]`. With its documented
 * meaning: a comparison never matches a missing or null value, NOT is the complement, `=` on an array matches
 * any element. `_geoRadius` is not modelled.
 */

export type Token =
  | { type: 'word'; text: string }
  | { type: 'string'; value: string }
  | { type: 'symbol'; text: string }

/**
 * A quoted value ends at the first quote not escaped by a backslash; a backslash escapes any character, and
 * only `\"` is unescaped afterwards (filter-parser's `quoted_by` and `unescape`).
 */
function readQuoted(input: string, start: number): { value: string; end: number } {
  let escapedQuote = false
  for (let i = start; i < input.length; i++) {
    if (input[i] === '"') {
      const raw = input.slice(start, i)
      return { value: escapedQuote ? raw.replaceAll('\\"', '"') : raw, end: i + 1 }
    }
    if (input[i] === '\\') {
      if (i + 1 >= input.length) throw new SyntaxError('malformed value: a backslash at the end')
      escapedQuote ||= input[i + 1] === '"'
      i++
    }
  }
  throw new SyntaxError('malformed value: no closing quote')
}

export function tokenize(input: string): Token[] {
  const tokens: Token[] = []
  let i = 0
  while (i < input.length) {
    const char = input[i]!
    if (/\s/.test(char)) {
      i++
    } else if (char === '"') {
      const { value, end } = readQuoted(input, i + 1)
      tokens.push({ type: 'string', value })
      i = end
    } else {
      const symbol = /^(>=|<=|!=|[=<>()[\],])/.exec(input.slice(i))?.[0]
      const word = symbol ? undefined : /^[^\s=<>!()[\],"]+/.exec(input.slice(i))?.[0]
      if (symbol) tokens.push({ type: 'symbol', text: symbol })
      else if (word) tokens.push({ type: 'word', text: word })
      else throw new SyntaxError(`unexpected '${char}' at ${i}`)
      i += (symbol ?? word)!.length
    }
  }
  return tokens
}

type Value = string | number | boolean | null | undefined | Value[]
/** A document as Meilisearch stores it: any JSON object. */
export type FilterDocument = object
type Predicate = (document: FilterDocument) => boolean

function literal(token: Token | undefined): string {
  if (token?.type === 'string') return token.value
  if (token?.type === 'word') return token.text
  throw new SyntaxError('expected a value')
}

const asString = (value: Value): string => String(value)

function parse(tokens: Token[]): Predicate {
  let at = 0
  const peekWord = (text: string) => tokens[at]?.type === 'word' && (tokens[at] as { text: string }).text === text
  const peekSymbol = (text: string) => tokens[at]?.type === 'symbol' && (tokens[at] as { text: string }).text === text
  const expectSymbol = (text: string) => {
    if (!peekSymbol(text)) throw new SyntaxError(`expected '${text}' at token ${at}`)
    at++
  }

  const or = (): Predicate => {
    const parts = [and()]
    while (peekWord('OR')) {
      at++
      parts.push(and())
    }
    return (document) => parts.some((part) => part(document))
  }
  const and = (): Predicate => {
    const parts = [not()]
    while (peekWord('AND')) {
      at++
      parts.push(not())
    }
    return (document) => parts.every((part) => part(document))
  }
  const not = (): Predicate => {
    if (!peekWord('NOT')) return primary()
    at++
    const inner = not()
    return (document) => !inner(document)
  }
  const primary = (): Predicate => {
    if (peekSymbol('(')) {
      at++
      const inner = or()
      expectSymbol(')')
      return inner
    }
    const attribute = literal(tokens[at++])
    const values = (document: FilterDocument): Value[] => {
      const value = (document as Record<string, unknown>)[attribute] as Value
      return Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]
    }
    if (peekWord('IN')) {
      at++
      expectSymbol('[')
      const wanted = [literal(tokens[at++])]
      while (peekSymbol(',')) {
        at++
        wanted.push(literal(tokens[at++]))
      }
      expectSymbol(']')
      return (document) => values(document).some((value) => wanted.includes(asString(value)))
    }
    const operator = tokens[at++]
    if (operator?.type !== 'symbol') throw new SyntaxError(`expected an operator after ${attribute}`)
    const operand = literal(tokens[at++])
    if (operator.text === '=') return (document) => values(document).some((value) => asString(value) === operand)
    const limit = Number(operand)
    const compare = { '<': (v: number) => v < limit, '<=': (v: number) => v <= limit, '>': (v: number) => v > limit, '>=': (v: number) => v >= limit }[
      operator.text
    ]
    if (!compare || Number.isNaN(limit)) throw new SyntaxError(`cannot read '${attribute} ${operator.text} ${operand}'`)
    return (document) => values(document).some((value) => typeof value === 'number' && compare(value))
  }

  const predicate = or()
  if (at !== tokens.length) throw new SyntaxError(`unexpected token ${at}`)
  return predicate
}

/** Whether a document matches a filter: one expression, or an array of expressions combined with AND. */
export function matches(filter: string | string[], document: FilterDocument): boolean {
  return (Array.isArray(filter) ? filter : [filter]).every((expression) => parse(tokenize(expression))(document))
}
