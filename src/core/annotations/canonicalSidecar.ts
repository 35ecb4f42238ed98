import { Annotation, Sidecar } from './model';
import { KeptComments, takeComments } from './sidecarComments';
import { sortAnnotations } from './sortAnnotations';

/**
 * The canonical text of a sidecar, and a fast reader for it. The general `yaml` Document API keeps
 * hand-written comments but reads about 2 MB a second; a sidecar in the store's own layout (block
 * style, no comments) is read by this line scanner instead. The scanner accepts only a strict
 * subset of YAML whose meaning it knows exactly (a unit test checks it against the full parser
 * on mutated files), and gives up on anything else, from a trailing comment to a flow list, so
 * that the full parser reads it. Whole-line comments and blank lines are set aside
 * (`sidecarComments.ts`) and kept, so one hand-written note does not cost the fast path.
 */

const PLAIN = /^[A-Za-z0-9_(/][A-Za-z0-9 _.,/()\-:]*$/;
/** Plain scalars the YAML core schema would read as something other than a string. */
const NOT_A_STRING = /^(?:~|null|Null|NULL|true|True|TRUE|false|False|FALSE|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
/** Characters a literal block could not carry unchanged. */
const NOT_FOR_BLOCKS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\ufeff\ud800-\udfff]|(?:^|\n)[ \t]+(?:\n|$)|^[ \t\n]/;
const BLOCK_KEYS = new Set(['note', 'exact']);

/**
 * The sidecar in the store's own layout: block style, fixed key order, sorted annotations. `header`
 * is the comment block to put on top (as `leadingComments` read it); without one, the store's own.
 */
export function writeCanonicalSidecar(sidecar: Sidecar, header?: string): string {
  const pieces: string[] = [];
  emitCanonical(sidecar, (piece) => pieces.push(piece), header);
  return pieces.join('');
}

/** The comment and blank lines a sidecar opens with, verbatim, so a write can keep them. */
export function leadingComments(text: string): string {
  let end = 0;
  for (;;) {
    const next = text.indexOf('\n', end);
    if (next < 0) return text.slice(0, end);
    const line = text.slice(end, next);
    if (!(line.startsWith('#') || line === '')) return text.slice(0, end);
    end = next + 1;
  }
}

/** Hands the canonical text to `sink` in pieces, in order. */
function emitCanonical(sidecar: Sidecar, sink: (piece: string) => void, ownHeader?: string): void {
  const header =
    ownHeader ??
    (/[\r\n]/.test(sidecar.source) ? '' : `# Marginalia annotations for ${sidecar.source}. Hand edits are welcome; run "marginalia check" after.\n\n`);
  const annotations = sortAnnotations(sidecar.annotations);
  sink(
    `${header}version: ${integer(sidecar.version)}\nsource: ${scalar(sidecar.source, 0)}\ntextHash: ${scalar(sidecar.textHash, 0)}\n` +
      (annotations.length ? 'annotations:\n' : 'annotations: []\n'),
  );
  for (const a of annotations) emitAnnotation(a, sink);
}

/** Emits one annotation in small pieces, so checking a text against it needs no concatenation. */
function emitAnnotation(a: Annotation, sink: (piece: string) => void): void {
  const line = (prefix: string, value: string) => {
    sink(prefix);
    sink(value);
    sink('\n');
  };
  line('  - id: ', scalar(a.id, 4));
  if (a.tags.length === 0) sink('    tags: []\n');
  else {
    sink('    tags:\n');
    for (const tag of a.tags) line('      - ', scalar(tag, 6));
  }
  if (a.note !== undefined) line('    note: ', scalar(a.note, 4, 'note'));
  line('    created: ', scalar(a.created, 4));
  line('    modified: ', scalar(a.modified, 4));
  const t = a.target;
  line('    target:\n      exact: ', scalar(t.exact, 6, 'exact'));
  // A hand-written quote not yet placed keeps only its quote, so it is still read as one.
  if (!t.loose) {
    line('      prefix: ', scalar(t.prefix, 6));
    line('      suffix: ', scalar(t.suffix, 6));
    line('      start: ', integer(t.start));
    line('      end: ', integer(t.end));
  }
  const c = a.correction;
  if (c) {
    line('    correction:\n      type: ', scalar(c.type, 6));
    if (c.type === 'speaker') line('      speaker: ', scalar(c.speaker, 6));
    if (c.type === 'dismiss') line('      finding: ', scalar(c.finding, 6));
    if (c.type === 'same-entity') {
      sink('      entities:\n');
      for (const e of c.entities) line('        - ', scalar(e, 8));
    }
  }
  if (a.orphaned) sink('    orphaned: true\n');
}

/** A string as a plain scalar when that is unambiguous, a literal block for multi-line notes and quotes, else JSON-quoted. */
function scalar(value: string, keyIndent: number, key = ''): string {
  if (typeof value !== 'string') throw new Error('not a string');
  if (isPlainString(value)) return value;
  if (BLOCK_KEYS.has(key) && value.includes('\n') && fitsBlock(value)) return block(value, keyIndent + 2);
  // JSON strings are YAML double-quoted scalars: the same escapes, printable characters only.
  return JSON.stringify(value);
}

/** Whether YAML reads this text, written bare, as this very string. */
function isPlainString(value: string): boolean {
  return PLAIN.test(value) && !value.endsWith(' ') && !value.endsWith(':') && !value.includes(': ') && !NOT_A_STRING.test(value);
}

/** Whether a literal block carries this text unchanged. */
function fitsBlock(value: string): boolean {
  return !NOT_FOR_BLOCKS.test(value) && /\S/.test(value);
}

function block(value: string, indent: number): string {
  const trailing = value.length - value.replace(/\n+$/, '').length;
  const header = trailing === 0 ? '|-' : trailing === 1 ? '|' : '|+';
  const body = trailing === 0 ? value : value.slice(0, -1);
  const pad = ' '.repeat(indent);
  return header + '\n' + body.split('\n').map((line) => (line ? pad + line : '')).join('\n');
}

function integer(n: number): string {
  if (!Number.isSafeInteger(n)) throw new Error('not an integer');
  return String(n);
}

/** The value of a sidecar the store wrote itself, or undefined when the text needs the full YAML parser. */
export function readCanonicalSidecar(text: string): unknown {
  return readCanonicalWithComments(text)?.value;
}

/**
 * The value of a sidecar in the store's own layout, with the whole-line comments and blank lines
 * below its header set aside by where they stand; undefined when the text needs the full parser.
 */
export function readCanonicalWithComments(text: string): { value: unknown; comments?: KeptComments } | undefined {
  try {
    const all = text.split('\n');
    let start = 0;
    while (all[start]?.startsWith('#') || (all[start] === '' && start < all.length - 1)) start++;
    const taken = takeComments(start === 0 ? all : all.slice(start));
    if (!taken) return undefined;
    const { lines, comments } = taken;
    const cursor = new Cursor(lines);
    const value = readMap(cursor, 0);
    return cursor.remaining() === 1 && cursor.peek() === '' ? { value, comments } : undefined;
  } catch {
    return undefined;
  }
}

class Cursor {
  private index = 0;
  constructor(private readonly lines: string[]) {}
  peek(): string | undefined {
    return this.lines[this.index];
  }
  next(): string {
    return this.lines[this.index++];
  }
  remaining(): number {
    return this.lines.length - this.index;
  }
}

/** The number of spaces a line starts with. */
function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

/** The index of the colon ending a letters-only key at `from`, or -1 when the line has no such key there. */
function keyEnd(line: string, from: number): number {
  const colon = line.indexOf(':', from);
  if (colon <= from) return -1;
  for (let i = from; i < colon; i++) {
    const c = line.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return -1;
  }
  // After the colon comes either the end of the line (a block follows) or one space and a value.
  return colon + 1 === line.length || line.charCodeAt(colon + 1) === 32 ? colon : -1;
}

function readMap(cursor: Cursor, indent: number, firstAt?: number): Record<string, unknown> {
  const map: Record<string, unknown> = {};
  // A sequence item's first key sits on the dash line, at `firstAt`.
  let line = firstAt === undefined ? undefined : cursor.next();
  let at = firstAt ?? indent;
  for (;;) {
    if (line === undefined) {
      const next = cursor.peek();
      if (next === undefined || next.length === indent || indentOf(next) !== indent || next.charCodeAt(indent) === 45) break;
      line = cursor.next();
      at = indent;
    }
    const colon = keyEnd(line, at);
    const key = colon < 0 ? '' : line.slice(at, colon);
    if (colon < 0 || key in map) throw new Error('not canonical');
    map[key] = colon + 1 === line.length ? readNested(cursor, indent + 2) : readScalar(line.slice(colon + 2), cursor, indent);
    line = undefined;
  }
  // An empty nested mapping is really a null value in YAML; leave such a file to the full parser.
  if (Object.keys(map).length === 0) throw new Error('not canonical');
  return map;
}

function isDashLine(line: string | undefined, indent: number): boolean {
  return line !== undefined && indentOf(line) === indent && line.charCodeAt(indent) === 45 && line.charCodeAt(indent + 1) === 32;
}

function readNested(cursor: Cursor, indent: number): unknown {
  return isDashLine(cursor.peek(), indent) ? readSequence(cursor, indent) : readMap(cursor, indent);
}

function readSequence(cursor: Cursor, indent: number): unknown[] {
  const items: unknown[] = [];
  for (let line = cursor.peek(); line !== undefined && isDashLine(line, indent); line = cursor.peek()) {
    if (keyEnd(line, indent + 2) >= 0) items.push(readMap(cursor, indent + 2, indent + 2));
    else items.push(readScalar(cursor.next().slice(indent + 2), cursor, indent));
  }
  return items;
}

function readScalar(text: string, cursor: Cursor, keyIndent: number): unknown {
  if (text === '[]') return [];
  if (text === 'true') return true;
  if (text.startsWith('"')) return JSON.parse(text);
  if (text === '|' || text === '|-' || text === '|+') return readBlock(text, cursor, keyIndent + 2);
  if (/^(?:0|-?[1-9][0-9]*)$/.test(text)) return Number(text);
  if (isPlainString(text)) return text;
  throw new Error('not canonical');
}

function readBlock(header: string, cursor: Cursor, indent: number): string {
  const pad = ' '.repeat(indent);
  const lines: string[] = [];
  for (let line = cursor.peek(); line !== undefined && (line === '' || line.startsWith(pad)); line = cursor.peek()) {
    // The text's final empty line is the end of the file, not block content.
    if (line === '' && cursor.remaining() === 1) break;
    lines.push(cursor.next().slice(indent));
  }
  let end = lines.length;
  while (end > 0 && lines[end - 1] === '') end--;
  const body = lines.slice(0, end).join('\n');
  const value = header === '|-' ? body : header === '|' ? body + '\n' : lines.join('\n') + '\n';
  // Only blocks the writer would make are read here: their indentation and ending are unambiguous.
  if (!fitsBlock(value)) throw new Error('not canonical');
  return value;
}
