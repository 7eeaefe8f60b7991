/** How an item's wijk was found: its coordinates, its postcode, a wijk name in it, or its source's wijk. */
export const PLACED_BY = ['coordinates', 'postcode', 'name', 'source'] as const
export type PlacedBy = (typeof PLACED_BY)[number]
