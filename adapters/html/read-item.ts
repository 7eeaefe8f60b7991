import type { Cheerio, CheerioAPI } from 'cheerio'
import { DateTime } from 'luxon'
import type { ItemDraft } from '../../src/domain/item.ts'
import type { Kind } from '../../src/domain/taxonomy.ts'
import { DEFAULT_ZONE } from '../../src/domain/time.ts'
import { collapseWhitespace } from '../../src/normalise/text.ts'
import { absoluteHttpUrl } from '../../src/normalise/urls.ts'
import { draftDates, parseDutchDate } from '../../src/understand/dutch-date.ts'
import type { DutchDate } from '../../src/understand/dutch-date.ts'
import type { HtmlConfig } from './config.ts'
import { textOf } from './dom.ts'
import type { AnyNode } from './dom.ts'

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?/

/** Reads one post of a list with the source's selectors; undefined when it has no title or no usable link. */
export function createItemReader($: CheerioAPI, config: HtmlConfig, documentUrl: string, now: Date) {
  const kindLabels = config.kind && typeof config.kind === 'object'
    ? Object.entries(config.kind.map).map(([label, kind]) => [labelKey(label), kind] as const)
    : []
  return (item: Cheerio<AnyNode>): ItemDraft | undefined => {
    const title = textOf(item.find(config.title))
    const url = absoluteHttpUrl(linkOf(item, config.link), documentUrl)
    if (!title || !url) return undefined
    const kind = typeof config.kind === 'string' ? config.kind : config.kind && kindOfLabel(textOf(item.find(config.kind.selector)), kindLabels)
    const date = config.date === undefined ? undefined : dateOf(item.find(config.date).first(), config.dateAttribute, now)
    const body = config.body === undefined ? undefined : item.find(config.body)
    return {
      url,
      title,
      bodyHtml: body && body.length > 0 ? $.html(body) : undefined,
      kind,
      // On an agenda the date is when the activity is; elsewhere when the post was placed.
      ...(date && draftDates(date, kind === 'event' ? 'starts' : 'published')),
    }
  }
}

/** The href of the link element (or of the first link in it); by default the first link in the item, or the item. */
function linkOf(item: Cheerio<AnyNode>, selector: string | undefined): string | undefined {
  if (selector === undefined) return item.is('a[href]') ? item.attr('href') : item.find('a[href]').first().attr('href')
  const link = item.find(selector).addBack(selector).first()
  return link.attr('href') ?? link.find('a[href]').first().attr('href')
}

/** The label's kind: the label exactly, else the first mapped label it contains ("Vraag · Klussen"). */
function kindOfLabel(text: string | undefined, labels: (readonly [string, Kind])[]): Kind | undefined {
  if (text === undefined) return undefined
  const label = labelKey(text)
  return (labels.find(([key]) => key === label) ?? labels.find(([key]) => label.includes(key)))?.[1]
}

function labelKey(label: string): string {
  return collapseWhitespace(label).toLowerCase()
}

function dateOf(element: Cheerio<AnyNode>, attribute: string | undefined, now: Date): DutchDate | undefined {
  const from = attribute ?? (element.is('time[datetime]') ? 'datetime' : undefined)
  const value = (from === undefined ? textOf(element) : element.attr(from))?.trim()
  if (!value) return undefined
  const iso = ISO_DATE.exec(value)
  if (!iso) return parseDutchDate(value, now)
  const start = DateTime.fromISO(value.replace(' ', 'T'), { zone: DEFAULT_ZONE })
  return start.isValid ? { start, hasTime: iso[0].length > 10 } : undefined
}
