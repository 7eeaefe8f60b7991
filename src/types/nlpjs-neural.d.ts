// The parts of @nlpjs/neural (plain JS, no types of its own) that src/understand uses.
declare module '@nlpjs/neural' {
  /** What `toJSON` gives: the feature and output names, and per output its weights with the bias last. */
  export interface NeuralNetworkJson {
    settings: Record<string, number | boolean>
    features?: string[]
    intents?: string[]
    perceptrons?: number[][]
  }

  /** One perceptron per output over sparse named features, trained by gradient descent with momentum. */
  export class NeuralNetwork {
    constructor(settings?: { iterations?: number; learningRate?: number; log?: boolean })
    train(corpus: { input: Record<string, number>; output: Record<string, number> }[]): { error: number; iterations: number }
    /** The score of every output; the same object is reused by the next call. */
    run(input: Record<string, number>): Record<string, number> | undefined
    toJSON(): NeuralNetworkJson
    fromJSON(json: NeuralNetworkJson): void
  }
}
