import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { classifyPost } from '../../src/understand/classify.ts'
import { kindFeatures, loadKindModel, trainKindModel } from '../../src/understand/kind-model.ts'
import { KIND_MODEL_FILE, kindModelFromPosts } from './evaluation/kind-training.ts'

describe('the learned kind model', () => {
  it('is the one `npm run train` makes from the labelled development posts (the committed file is not stale)', () => {
    const committed: unknown = JSON.parse(readFileSync(KIND_MODEL_FILE, 'utf8'))
    expect(kindModelFromPosts('dev')).toEqual(committed)
  })

  it('reads stems and neighbouring stem pairs, the title also as body words', () => {
    const features = kindFeatures({ title: 'oppas gezocht', body: 'voor onze honden?', platform: 'facebook', hasDate: false })
    expect(Object.keys(features)).toEqual(
      expect.arrayContaining(['t:oppas', 'b:oppas', 't:oppas_gezoch', 'b:hond', 'b:?', 'b:ons_hond', 'p:facebook']),
    )
    expect(features).not.toHaveProperty('date')
    expect(kindFeatures({ title: '', body: 'zaterdag 14 maart', platform: undefined, hasDate: true })).toHaveProperty('date', 1)
  })

  it('learns from examples: a model trained on other labels decides differently', () => {
    const posts = [
      { title: 'wie heeft een ladder', body: 'graag lenen voor zaterdag', kind: 'request' as const },
      { title: 'ladder te leen', body: 'kan opgehaald worden', kind: 'offer' as const },
      { title: 'wie heeft een boor', body: 'graag lenen', kind: 'request' as const },
      { title: 'boor te leen', body: 'kan opgehaald worden', kind: 'offer' as const },
    ]
    const example = ({ title, body }: { title: string; body: string }) => kindFeatures({ title, body, platform: 'facebook', hasDate: false })
    const model = loadKindModel(trainKindModel(posts.map((post) => ({ features: example(post), kind: post.kind }))))
    const swapped = loadKindModel(trainKindModel(posts.map((post) => ({ features: example(post), kind: post.kind === 'request' ? 'offer' : 'request' }))))
    const post = { title: 'wie heeft een ladder', body: 'graag lenen', platform: 'facebook' }
    expect(classifyPost(post, model).kind).toBe('request')
    expect(classifyPost(post, swapped).kind).toBe('offer')
  })
})
