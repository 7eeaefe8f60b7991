import taxonomy from './taxonomy.json' with { type: 'json' }

export const KINDS = ['request', 'offer', 'event', 'info'] as const
export type Kind = (typeof KINDS)[number]

export const CATEGORIES = [
  'boodschappen', 'vervoer', 'klussen', 'tuin', 'digitaal', 'gezelschap', 'spullen', 'dieren',
  'kinderen', 'taal-administratie', 'eten', 'zorg', 'sport-cultuur', 'buurt', 'veiligheid', 'overig',
] as const
export type Category = (typeof CATEGORIES)[number]

export const STATUSES = ['open', 'closed'] as const
export type Status = (typeof STATUSES)[number]

/** Why a buurtmaker should look at an item again: an old request nobody visibly answered, or an item past its end date. */
export const FOLLOW_UPS = ['unanswered', 'expired'] as const
export type FollowUp = (typeof FOLLOW_UPS)[number]

const kindLabels = new Map(taxonomy.kinds.map((k) => [k.id, k.label]))
const categoryLabels = new Map(taxonomy.categories.map((c) => [c.id, c.label]))

/** The Dutch label residents see for a kind. */
export function kindLabel(kind: Kind): string {
  return kindLabels.get(kind) ?? kind
}

/** The Dutch label residents see for a category. */
export function categoryLabel(category: Category): string {
  return categoryLabels.get(category) ?? category
}

export function isKind(value: string): value is Kind {
  return (KINDS as readonly string[]).includes(value)
}

export function isCategory(value: string): value is Category {
  return (CATEGORIES as readonly string[]).includes(value)
}
