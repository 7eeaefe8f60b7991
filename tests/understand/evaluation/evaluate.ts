// `npm run eval`: measures classification, duplicates and matching on the labelled sets (dev and held-out),
// prints the numbers and writes them to bench-results/understanding.json.
import { mkdirSync, writeFileSync } from 'node:fs'
import { crossWriterKindAccuracy } from './kind-training.ts'
import { evaluateClassification, evaluateDedupe, evaluateMatching, SPLITS, type ClassificationReport } from './run-evaluation.ts'

const TARGETS = { kind: 0.95, firstCategory: 0.85, pairwise: 0.9, firstSuggestion: 0.8 }

const percent = (value: number) => `${(value * 100).toFixed(1)} %`
const verdict = (value: number, target: number) => (value >= target ? 'ok' : 'BELOW TARGET')

function printClassification(split: string, report: ClassificationReport) {
  console.log(`\nClassification, ${split} (${report.posts} posts)`)
  console.log(`  kind right            ${percent(report.kindAccuracy).padStart(8)}  target ${percent(TARGETS.kind)}  ${verdict(report.kindAccuracy, TARGETS.kind)}`)
  console.log(`  first category right  ${percent(report.firstCategoryAccuracy).padStart(8)}  target ${percent(TARGETS.firstCategory)}  ${verdict(report.firstCategoryAccuracy, TARGETS.firstCategory)}`)
  console.log(`  first category among the predicted ones ${percent(report.firstCategoryInPredicted)}`)
  console.log(`  event dates from text  ${report.eventDates.right}/${report.eventDates.events} right, ${report.eventDates.missed} not found`)
  console.log('  label                 precision   recall  support')
  for (const [label, score] of [...Object.entries(report.kinds), ...Object.entries(report.categories)]) {
    console.log(`  ${label.padEnd(20)} ${percent(score.precision).padStart(9)} ${percent(score.recall).padStart(8)} ${String(score.support).padStart(8)}`)
  }
}

// The kind model is trained on the development sets, so their own score says little; this one does.
const crossWriter = crossWriterKindAccuracy()
console.log('\nKind, each development writer left out of training and measured')
for (const set of crossWriter.sets) console.log(`  ${set.file.padEnd(20)} ${String(set.right).padStart(4)}/${set.posts}  ${percent(set.right / set.posts)}`)
console.log(`  all writers          ${percent(crossWriter.accuracy).padStart(8)}  target ${percent(TARGETS.kind)}  ${verdict(crossWriter.accuracy, TARGETS.kind)}`)

const results = Object.fromEntries(
  SPLITS.map((split) => [split, { classification: evaluateClassification(split), dedupe: evaluateDedupe(split), matching: evaluateMatching(split) }]),
)
for (const [split, result] of Object.entries(results)) {
  printClassification(split, result.classification)
  const { dedupe, matching } = result
  console.log(`\nDuplicates, ${split} (${dedupe.items} items, ${dedupe.clusters} clusters, ${dedupe.expectedPairs} pairs)`)
  console.log(`  pairwise precision ${percent(dedupe.precision)} ${verdict(dedupe.precision, TARGETS.pairwise)}, recall ${percent(dedupe.recall)} ${verdict(dedupe.recall, TARGETS.pairwise)} (target ${percent(TARGETS.pairwise)} each)`)
  console.log(`\nMatching, ${split} (${matching.requests} requests, ${matching.offers} offers)`)
  console.log(`  first suggestion right ${percent(matching.firstRight)}  target ${percent(TARGETS.firstSuggestion)}  ${verdict(matching.firstRight, TARGETS.firstSuggestion)}`)
  console.log(`  requests with a fitting offer: ${percent(matching.withFitFirstRight)} of ${matching.withFit}; without one, left alone: ${percent(matching.withoutFitLeftAlone)} of ${matching.withoutFit}`)
}

mkdirSync('bench-results', { recursive: true })
writeFileSync('bench-results/understanding.json', JSON.stringify({ measuredAt: new Date().toISOString(), targets: TARGETS, crossWriterKind: crossWriter, results }, null, 2) + '\n')
console.log('\nwritten to bench-results/understanding.json')
