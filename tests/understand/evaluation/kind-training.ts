import { classifyPost, kindFeaturesOf } from '../../../src/understand/classify.ts'
import type { ClassifyInput } from '../../../src/understand/classify.ts'
import { loadKindModel, trainKindModel } from '../../../src/understand/kind-model.ts'
import { labelledPosts, writerSets, type Split } from './run-evaluation.ts'

export const KIND_MODEL_FILE = new URL('../../../src/understand/kind-model.json', import.meta.url)

type LabelledPost = ReturnType<typeof labelledPosts>[number]

const inputOf = (post: LabelledPost): ClassifyInput => ({ title: post.title, body: post.body, platform: post.platform, publishedAt: new Date(post.publishedAt) })

export function kindModelFromPosts(split: Split) {
  return trainKindModel(labelledPosts(split).map((post) => ({ features: kindFeaturesOf(inputOf(post)), kind: post.kind })))
}

/**
 * Leave one writer out: for each development set (each was written by another writer), train on the others and
 * count how often the model, with the rules around it, gets the kind of that writer's posts right.
 */
export function crossWriterKindAccuracy(): { sets: { file: string; posts: number; right: number }[]; accuracy: number } {
  const sets = writerSets('dev')
  const results = sets.map(({ file, posts }) => {
    const others = sets.filter((set) => set.file !== file).flatMap((set) => set.posts)
    const model = loadKindModel(trainKindModel(others.map((post) => ({ features: kindFeaturesOf(inputOf(post)), kind: post.kind }))))
    const right = posts.filter((post) => classifyPost(inputOf(post), model).kind === post.kind).length
    return { file, posts: posts.length, right }
  })
  const total = results.reduce((sum, set) => sum + set.posts, 0)
  return { sets: results, accuracy: results.reduce((sum, set) => sum + set.right, 0) / total }
}
