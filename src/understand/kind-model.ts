import { NeuralNetwork } from '@nlpjs/neural'
import type { NeuralNetworkJson } from '@nlpjs/neural'
import { KINDS } from '../domain/taxonomy.ts'
import type { Kind } from '../domain/taxonomy.ts'
import trained from './kind-model.json' with { type: 'json' }
import { stemKey } from './similarity.ts'

/**
 * The kind of a post learned from the labelled posts in tests/understand/data (`npm run train`): one perceptron per
 * kind over the stems and stem pairs of the title and body. Measured across writers (trained on the posts of all
 * writers but one, tested on that one), it reads unseen phrasings better than hand-written cue tables did.
 */

/** A post as the model reads it: folded title (or first sentence) and body, platform, and whether the text gives a date. */
export interface KindText {
  title: string
  body: string
  platform: string | undefined
  hasDate: boolean
}

export interface KindExample {
  features: Record<string, number>
  kind: Kind
}

/** A feature seen in fewer labelled posts says more about one writer than about Dutch posts: left out. */
const MIN_POSTS_WITH_FEATURE = 2
const TRAINING = { iterations: 200, learningRate: 0.01 }
/** Decimals kept of a weight in the committed model: smaller file, same decisions. */
const WEIGHT_DECIMALS = 5
const TOKEN = /\p{L}+|[?!€]|\p{Extended_Pictographic}/gu
const LETTER = /\p{L}/u

/** Stems and neighbouring stem pairs of title (`t:`, also counted as body words) and body (`b:`), platform, date. */
export function kindFeatures({ title, body, platform, hasDate }: KindText): Record<string, number> {
  const features: Record<string, number> = {}
  const add = (prefixes: string[], text: string) => {
    const tokens = (text.match(TOKEN) ?? []).map((token) => (LETTER.test(token) ? stemKey(token) : token))
    tokens.forEach((token, index) => {
      for (const prefix of prefixes) features[prefix + token] = 1
      if (index > 0) features[`${prefixes[0]}${tokens[index - 1]}_${token}`] = 1
    })
  }
  add(['t:', 'b:'], title)
  add(['b:'], body)
  if (platform) features[`p:${platform}`] = 1
  if (hasDate) features.date = 1
  return features
}

/** Trains the model on labelled examples; the result is what `kind-model.json` holds. Deterministic. */
export function trainKindModel(examples: KindExample[]): NeuralNetworkJson {
  const postsWith = new Map<string, number>()
  for (const { features } of examples) for (const feature of Object.keys(features)) postsWith.set(feature, (postsWith.get(feature) ?? 0) + 1)
  const kept = (features: Record<string, number>) =>
    Object.fromEntries(Object.entries(features).filter(([feature]) => (postsWith.get(feature) ?? 0) >= MIN_POSTS_WITH_FEATURE))
  const network = new NeuralNetwork({ ...TRAINING, log: false })
  network.train(examples.map(({ features, kind }) => ({ input: kept(features), output: { [kind]: 1 } })))
  const json = network.toJSON()
  const factor = 10 ** WEIGHT_DECIMALS
  return { ...json, perceptrons: json.perceptrons?.map((weights) => weights.map((weight) => Math.round(weight * factor) / factor || 0)) }
}

export interface KindModel {
  /** The score of each kind, 0 when the post gives no sign of it. */
  scores(features: Record<string, number>): Map<Kind, number>
}

export function loadKindModel(json: NeuralNetworkJson): KindModel {
  const network = new NeuralNetwork()
  network.fromJSON(json)
  return {
    scores(features) {
      const output = network.run(features) ?? {}
      return new Map(KINDS.map((kind) => [kind, output[kind] ?? 0]))
    },
  }
}

export const kindModel = loadKindModel(trained)
