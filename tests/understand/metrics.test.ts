import { describe, expect, it } from 'vitest'
import { accuracy, firstSuggestionScores, pairwiseScores, perLabelScores } from './evaluation/metrics.ts'

describe('perLabelScores', () => {
  it('counts precision over predictions and recall over expectations', () => {
    const pairs = [
      { expected: 'request', predicted: 'request' },
      { expected: 'request', predicted: 'offer' },
      { expected: 'offer', predicted: 'offer' },
      { expected: 'info', predicted: 'request' },
    ]
    const scores = perLabelScores(pairs, ['request', 'offer', 'info', 'event'])
    expect(scores.request).toEqual({ precision: 0.5, recall: 0.5, support: 2 })
    expect(scores.offer).toEqual({ precision: 0.5, recall: 1, support: 1 })
    expect(scores.info).toEqual({ precision: 0, recall: 0, support: 1 })
    expect(scores.event).toEqual({ precision: 1, recall: 1, support: 0 })
    expect(accuracy(pairs)).toBe(0.5)
  })
})

describe('pairwiseScores', () => {
  it('scores the pairs put together against the pairs that belong together', () => {
    const expected = new Map([['a', '1'], ['b', '1'], ['c', '1'], ['d', '2']])
    // {a,b} right, {c,d} wrong, {a,c} and {b,c} missed.
    const predicted = new Map([['a', 'x'], ['b', 'x'], ['c', 'y'], ['d', 'y']])
    expect(pairwiseScores(expected, predicted)).toEqual({ precision: 0.5, recall: 1 / 3, expectedPairs: 3, predictedPairs: 2 })
  })
})

describe('firstSuggestionScores', () => {
  it('counts an empty answer as right only when nothing fits', () => {
    const scores = firstSuggestionScores([
      { expected: ['o1', 'o2'], suggested: ['o2', 'o9'] },
      { expected: ['o3'], suggested: ['o9', 'o3'] },
      { expected: [], suggested: [] },
      { expected: [], suggested: ['o1'] },
    ])
    expect(scores).toEqual({ requests: 4, firstRight: 0.5, withFit: 2, withFitFirstRight: 0.5, withoutFit: 2, withoutFitLeftAlone: 0.5 })
  })
})
