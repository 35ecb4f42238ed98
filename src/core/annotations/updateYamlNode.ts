import { Document, isMap, isScalar, isSeq, Node, parse, Scalar, YAMLMap } from 'yaml';

/**
 * Makes a YAML node hold a plain value while keeping every unchanged child node (and so the
 * comments attached to it). Returns the node to use: the same one when it could be updated in
 * place, otherwise a new one that inherits the old node's comments. Map keys end up in the
 * value's key order; with `exclusive`, keys the value lacks are removed.
 */
export function updateNode(doc: Document, node: unknown, value: unknown, exclusive: boolean, key = ''): Node {
  if (isPlainObject(value)) {
    const map = isMap(node) ? node : inheritComments(doc.createNode({}) as YAMLMap, node);
    // An empty `{}` written by hand becomes a block once it has content, as the format asks.
    if (map.items.length === 0) map.flow = false;
    updateMap(doc, map, value, exclusive);
    return map;
  }
  if (Array.isArray(value) && isSeq(node) && value.length === node.items.length && node.items.every((item, i) => isScalar(item) && item.value === value[i])) {
    return node;
  }
  if (!isPlainObject(value) && !Array.isArray(value) && isScalar(node) && node.value === value) return node;
  const created = doc.createNode(value) as Node;
  // A multi-line note or quote reads and diffs best as a literal block; short context reads best
  // double-quoted, as does the rare text a block cannot hold exactly (lines of only spaces).
  if (isScalar(created) && typeof value === 'string' && value.includes('\n')) {
    created.type = BLOCK_KEYS.has(key) && literalRoundTrips(value) ? Scalar.BLOCK_LITERAL : Scalar.QUOTE_DOUBLE;
  }
  return inheritComments(created, node);
}

/** Whether a string reads back unchanged from a literal block; lines of only spaces may not. */
function literalRoundTrips(value: string): boolean {
  // Checked nested in a mapping, as it will be written, since a block's indentation matters.
  const doc = new Document({ k: value });
  (doc.get('k', true) as Scalar).type = Scalar.BLOCK_LITERAL;
  try {
    return parse(doc.toString()).k === value;
  } catch {
    return false;
  }
}

function inheritComments<T extends Node>(created: T, old: unknown): T {
  if (isScalar(old) || isMap(old) || isSeq(old)) {
    created.commentBefore = old.commentBefore;
    created.comment = old.comment;
    created.spaceBefore = old.spaceBefore;
  }
  return created;
}

function updateMap(doc: Document, map: YAMLMap, value: Record<string, unknown>, exclusive: boolean): void {
  const order = Object.keys(value).filter((k) => value[k] !== undefined);
  for (const key of Object.keys(value)) {
    if (value[key] === undefined) {
      map.delete(key);
      continue;
    }
    const current = map.get(key, true);
    const next = updateNode(doc, current, value[key], true, key);
    if (next !== current) map.set(key, next);
  }
  if (exclusive) {
    for (const pair of [...map.items]) {
      const key = isScalar(pair.key) ? pair.key.value : pair.key;
      if (typeof key !== 'string' || !order.includes(key)) map.delete(pair.key);
    }
  }
  const rank = (pair: (typeof map.items)[number]) => {
    const key = isScalar(pair.key) ? pair.key.value : pair.key;
    const index = order.indexOf(key as string);
    return index < 0 ? order.length : index;
  };
  // Array.prototype.sort is stable, so keys outside the canonical order keep their relative order.
  map.items.sort((a, b) => rank(a) - rank(b));
}

/** Keys whose multi-line values are written as literal blocks. */
const BLOCK_KEYS = new Set(['note', 'exact', 'description']);

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
