import { readFile, stat } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { decodeBody } from './charset.ts'
import { failure } from './types.ts'
import type { FetchOutcome } from './types.ts'

/** Reads a file: URL of a local source (an uploaded export) as a fetched document. */
export async function readLocalFile(url: URL, maxBytes: number): Promise<FetchOutcome> {
  let path: string
  try {
    path = fileURLToPath(url)
  } catch (error) {
    return failure('bad_url', `Not a readable file URL: ${url.href} (${(error as Error).message})`, url.href)
  }
  try {
    const info = await stat(path)
    if (!info.isFile()) return failure('bad_url', `Not a file: ${path}`, url.href)
    if (info.size > maxBytes) return failure('too_large', `File ${path} is larger than ${maxBytes} bytes`, url.href)
    const bytes = new Uint8Array(await readFile(path))
    const document = { url: url.href, status: 200, contentType: null, headers: {}, text: decodeBody(bytes, null), bytes }
    return { ok: true, notModified: false, document, etag: null, lastModified: null, maxAgeSeconds: null }
  } catch (error) {
    return failure('bad_url', `Cannot read file ${path} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`, url.href)
  }
}
