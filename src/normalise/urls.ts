/** `value` made absolute against `base` when it is an http(s) URL afterwards; null otherwise (javascript:, mailto:, junk). */
export function absoluteHttpUrl(value: string | undefined, base: string): string | null {
  if (!value?.trim()) return null
  try {
    const url = new URL(value.trim(), base)
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null
  } catch {
    return null
  }
}
