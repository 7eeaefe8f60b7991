export type MobilizonFormat = 'ics' | 'atom'

// Group pages live at the root: /@groenoost, or /@groenoost@other.instance for a group from elsewhere.
const GROUP_PATH = /^\/@[^/]+/

/**
 * The group's feed in `format`. The group page, one of its sub-pages (/@groenoost/events) and either of
 * its feeds all lead there.
 */
export function groupFeedUrl(url: string, format: MobilizonFormat): string {
  const parsed = new URL(url)
  const groupPath = GROUP_PATH.exec(parsed.pathname)?.[0] ?? parsed.pathname.replace(/\/+$/, '')
  return `${parsed.origin}${groupPath}/feed/${format}`
}
