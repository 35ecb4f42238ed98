import { Document, isMap, isSeq, Node, visit, YAMLMap } from 'yaml';
import { leadingComments, readCanonicalWithComments, writeCanonicalSidecar } from './canonicalSidecar';
import { KeptComments, putComments } from './sidecarComments';
import { completeSidecar, handWrittenId } from './handWritten';
import { Annotation, Problem, Sidecar } from './model';
import { MAX_YAML_LENGTH, parseYamlSafely } from './safeYaml';
import { sortAnnotations } from './sortAnnotations';
import { validateSidecar } from './validateSidecar';
import { updateNode } from './updateYamlNode';

/**
 * A sidecar read from a file: its content, and the YAML document it came from (comments and all)
 * unless it was in the store's own layout, which has nothing a person added to preserve.
 */
export interface ParsedSidecar {
  sidecar: Sidecar;
  document?: Document;
  /** The comment lines on top of a sidecar in the store's own layout, kept by the next write. */
  header?: string;
  /** The comment and blank lines further down such a sidecar, kept by the next write. */
  comments?: KeptComments;
  /** Annotations that break the schema, each reported with its line and kept verbatim by writes. */
  invalid?: { problems: Problem[]; nodes: Node[] };
}

/** Either a parsed sidecar or the problems (file, line, reason) that make it unusable. */
export type SidecarParseResult = ({ ok: true } & ParsedSidecar) | { ok: false; problems: Problem[] };

/** Parses and validates a sidecar's text; `file` only labels the problems it reports. */
export function parseSidecar(text: string, file: string): SidecarParseResult {
  if (text.length <= MAX_YAML_LENGTH) {
    const canonical = readCanonicalWithComments(text);
    const { sidecar, errors } = validateSidecar(canonical?.value);
    // The canonical reader only builds keys that have values, so its result needs no normalising.
    // A canonical text that fails validation takes the slow path below, which knows line numbers.
    if (sidecar && errors.length === 0) {
      const result: SidecarParseResult = { ok: true, sidecar: completeSidecar(sidecar), header: leadingComments(text) };
      if (canonical?.comments) result.comments = canonical.comments;
      return result;
    }
  }
  const parsed = parseYamlSafely(text, file);
  if (!parsed.ok) return parsed;
  const { sidecar, errors, invalid } = validateSidecar(parsed.yaml.value);
  const problems = errors.map((e): Problem => ({ file, line: parsed.yaml.lineOf(e.path), message: e.message, severity: 'error' }));
  if (!sidecar) return { ok: false, problems };
  const document = parsed.yaml.document;
  const result: SidecarParseResult = { ok: true, sidecar: completeSidecar({ ...sidecar, annotations: sidecar.annotations.map(normaliseAnnotation) }), document };
  if (invalid) {
    const list = document.get('annotations', true);
    const nodes = isSeq(list) ? list.items.filter((_, i) => invalid.has(i)) : [];
    nodes.forEach(keepIntegersAsWritten);
    result.invalid = { problems: problems.map((p) => ({ ...p, message: `${p.message} (this annotation is kept as written and left out until fixed)` })), nodes: nodes as Node[] };
  }
  return result;
}

/**
 * The text of a sidecar in block style with a stable key order and annotations sorted by position,
 * one per block. Given the document it was read from, that document is updated in place, so
 * comments and formatting a person wrote around unchanged values survive; without one, the
 * store's own layout is written, under `header` (the file's own comment lines) when given and
 * with `comments` put back above their lines. `kept` are the nodes of invalid annotations, written
 * after the others exactly as they were.
 */
export function serializeSidecar(sidecar: Sidecar, document?: Document, header?: string, kept: readonly Node[] = [], comments?: KeptComments): string {
  if (!document || !isMap(document.contents)) {
    const text = writeCanonicalSidecar(sidecar, header);
    return comments ? putComments(text, comments) : text;
  }
  const annotations = sortAnnotations(sidecar.annotations);
  const doc = document;
  const root = doc.contents as YAMLMap;
  updateNode(doc, root, { version: sidecar.version, source: sidecar.source, textHash: sidecar.textHash }, false);
  const existing = root.get('annotations', true);
  const byId = new Map<string, Node>();
  if (isSeq(existing)) {
    if (existing.items.length === 0) existing.flow = false;
    // The parser gives a comment above the first item to the list; it belongs to that annotation.
    const first = existing.items[0];
    if (existing.commentBefore && isMap(first) && !first.commentBefore) {
      first.commentBefore = existing.commentBefore;
      existing.commentBefore = undefined;
    }
    existing.items.forEach((item, index) => {
      if (!isMap(item)) return;
      const id = item.get('id');
      const exact = item.getIn(['target', 'exact']);
      // An annotation written without an id is found under the id its reading gave it.
      if (typeof id === 'string') byId.set(id, item as Node);
      else if (id === undefined && typeof exact === 'string') byId.set(handWrittenId(index, exact), item as Node);
    });
  }
  const items = [...annotations.map((a) => updateNode(doc, byId.get(a.id), toPlain(a), true)), ...kept];
  if (isSeq(existing)) existing.items = items;
  else root.set('annotations', doc.createNode(items));
  return doc.toString({ lineWidth: 0, indentSeq: true });
}

/**
 * Integers too large for a float (a position of 23 digits) are written back digit for digit, not
 * rounded to `1e+23`: an invalid annotation is kept as the person wrote it.
 */
function keepIntegersAsWritten(node: unknown): void {
  visit(node as Node, {
    Scalar(_, scalar) {
      const { source, value } = scalar as { source?: unknown; value: unknown };
      if (typeof value === 'number' && !Number.isSafeInteger(value) && typeof source === 'string' && /^[-+]?[0-9]+$/.test(source)) scalar.value = BigInt(source);
    },
  });
}

/** A short, stable fingerprint of a text (64-bit FNV-1a in two 32-bit halves), to notice changed sources. */
export function hashText(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x01000193) ^ (h1 >>> 15);
  }
  return 'fnv1a:' + (h1 >>> 0).toString(16).padStart(8, '0') + (h2 >>> 0).toString(16).padStart(8, '0');
}

/** The annotation as a plain object in the canonical key order; absent optional fields are left out. */
function toPlain(a: Annotation): Record<string, unknown> {
  return {
    id: a.id,
    tags: [...a.tags],
    note: a.note,
    created: a.created,
    modified: a.modified,
    target: a.target.loose ? { exact: a.target.exact } : { exact: a.target.exact, prefix: a.target.prefix, suffix: a.target.suffix, start: a.target.start, end: a.target.end },
    correction: a.correction && { ...a.correction },
    orphaned: a.orphaned,
  };
}

/** A fresh annotation with only the keys that have values, built without `delete` so objects stay fast. */
function normaliseAnnotation(a: Annotation): Annotation {
  const t = a.target;
  const result: Annotation = {
    id: a.id,
    tags: [...a.tags],
    created: a.created,
    modified: a.modified,
    target: { exact: t.exact, prefix: t.prefix, suffix: t.suffix, start: t.start, end: t.end },
  };
  if (a.note !== undefined) result.note = a.note;
  if (a.correction !== undefined) result.correction = { ...a.correction };
  if (a.orphaned) result.orphaned = true;
  return result;
}
