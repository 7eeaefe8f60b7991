export type JsonLdNode = Record<string, unknown>

export interface Graph {
  /** Every node, in document order, with the ones nested in @graph, item lists and mainEntity. */
  nodes: JsonLdNode[]
  byId: Map<string, JsonLdNode>
}

const MAX_NODES = 5000
const MAX_DEPTH = 8
const NESTING_PROPERTIES = ['@graph', 'itemListElement', 'item', 'mainEntity']

/** The nodes of all blocks, bounded in number and depth. */
export function readGraph(blocks: unknown[]): Graph {
  const nodes: JsonLdNode[] = []
  const visit = (value: unknown, depth: number): void => {
    if (depth > MAX_DEPTH) return
    if (Array.isArray(value)) {
      for (const element of value) {
        if (nodes.length >= MAX_NODES) return
        visit(element, depth + 1)
      }
      return
    }
    if (!isNode(value) || nodes.length >= MAX_NODES) return
    nodes.push(value)
    for (const property of NESTING_PROPERTIES) visit(value[property], depth + 1)
  }
  for (const block of blocks) visit(block, 0)
  const byId = new Map<string, JsonLdNode>()
  for (const node of nodes) {
    const id = node['@id']
    if (typeof id === 'string' && !byId.has(id)) byId.set(id, node)
  }
  return { nodes, byId }
}

export function isNode(value: unknown): value is JsonLdNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** The node a reference (`{ "@id": ... }` alone) points at, when the page has it; any other value as it is. */
export function dereference(value: unknown, graph: Graph): unknown {
  if (!isNode(value) || typeof value['@id'] !== 'string') return value
  const isReference = Object.keys(value).every((key) => key === '@id' || key === '@type')
  return (isReference && graph.byId.get(value['@id'])) || value
}

/** Type names without their vocabulary: "Event", "schema:Event" and "https://schema.org/Event" are all "Event". */
export function typesOf(node: JsonLdNode): string[] {
  const types = Array.isArray(node['@type']) ? node['@type'] : [node['@type']]
  return types.filter((type) => typeof type === 'string').map((type) => type.replace(/^.*[/:#]/, ''))
}
