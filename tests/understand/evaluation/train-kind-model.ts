// `npm run train`: trains the kind model on the labelled development posts and writes src/understand/kind-model.json.
// The held-out posts are never trained on: they measure the model.
import { writeFileSync } from 'node:fs'
import { kindModelFromPosts, KIND_MODEL_FILE } from './kind-training.ts'

writeFileSync(KIND_MODEL_FILE, JSON.stringify(kindModelFromPosts('dev')) + '\n')
console.log(`written to ${KIND_MODEL_FILE.pathname}`)
