/** Precision and recall of one label, with how often it is the right answer (support). */
export interface LabelScore {
  precision: number
  recall: number
  support: number
}

/** Per-label precision and recall of single-label predictions; a label never predicted scores precision 0 when it was expected (missed), 1 when not. */
export function perLabelScores(pairs: { expected: string; predicted: string }[], labels: readonly string[]): Record<string, LabelScore> {
  return Object.fromEntries(
    labels.map((label) => {
      const truePositives = pairs.filter((p) => p.expected === label && p.predicted === label).length
      const predicted = pairs.filter((p) => p.predicted === label).length
      const support = pairs.filter((p) => p.expected === label).length
      return [label, { precision: predicted ? truePositives / predicted : support ? 0 : 1, recall: support ? truePositives / support : 1, support }]
    }),
  )
}

export function accuracy(pairs: { expected: string; predicted: string }[]): number {
  return pairs.length ? pairs.filter((p) => p.expected === p.predicted).length / pairs.length : 0
}

/**
 * Pairwise clustering scores: of the pairs put together, how many belong together (precision); of the pairs
 * that belong together, how many were put together (recall).
 */
export function pairwiseScores(expected: Map<string, string>, predicted: Map<string, string>): { precision: number; recall: number; expectedPairs: number; predictedPairs: number } {
  const ids = [...expected.keys()]
  let together = 0
  let expectedPairs = 0
  let predictedPairs = 0
  for (let i = 0; i < ids.length; i++) {
    for (let j = i + 1; j < ids.length; j++) {
      const a = ids[i]!
      const b = ids[j]!
      const shouldBe = expected.get(a) === expected.get(b)
      const is = predicted.get(a) === predicted.get(b)
      if (shouldBe) expectedPairs += 1
      if (is) predictedPairs += 1
      if (shouldBe && is) together += 1
    }
  }
  return {
    precision: predictedPairs ? together / predictedPairs : 1,
    recall: expectedPairs ? together / expectedPairs : 1,
    expectedPairs,
    predictedPairs,
  }
}

/**
 * How often the first suggestion is right: one of the expected offers, or no suggestion at all when none is
 * expected.
 */
export function firstSuggestionScores(cases: { expected: string[]; suggested: string[] }[]) {
  const right = (c: { expected: string[]; suggested: string[] }) =>
    c.expected.length === 0 ? c.suggested.length === 0 : c.suggested[0] !== undefined && c.expected.includes(c.suggested[0])
  const withFit = cases.filter((c) => c.expected.length > 0)
  const withoutFit = cases.filter((c) => c.expected.length === 0)
  return {
    requests: cases.length,
    firstRight: cases.length ? cases.filter(right).length / cases.length : 0,
    withFit: withFit.length,
    withFitFirstRight: withFit.length ? withFit.filter(right).length / withFit.length : 0,
    withoutFit: withoutFit.length,
    withoutFitLeftAlone: withoutFit.length ? withoutFit.filter(right).length / withoutFit.length : 0,
  }
}
