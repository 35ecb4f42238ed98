import type { DocumentFacts } from '../analysis/documentFacts';

/** The layout of a cache entry; a change to it makes every older entry unreadable, hence ignored. */
const FORMAT = 3;

/** What an entry's first line records, checked before its payload is trusted. */
interface EntryHeader {
  format: number;
  engine: string;
  text: string;
  length: number;
  checksum: string;
}

// Maps do not survive JSON on their own, and arrays of same-shaped objects (name candidates,
// sentences, quotations) would repeat every key: both are written in a tagged form, read back by
// one walk over the parsed value (far cheaper than a JSON.parse reviver).
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function shapeOf(value: object): string[] {
  return Object.keys(value).filter((k) => (value as Record<string, unknown>)[k] !== undefined);
}

// The keys of an array of plain objects, in order of first appearance; an item without one of them
// (or with it undefined, which the engine never tells apart) holds the ABSENT marker in its row.
function rowKeys(items: unknown[]): string[] | undefined {
  if (items.length < 2 || !items.every((x) => x !== null && typeof x === 'object' && Object.getPrototypeOf(x) === Object.prototype)) return undefined;
  const keys = new Set<string>();
  for (const item of items) for (const k of shapeOf(item as object)) keys.add(k);
  return [...keys];
}

const ABSENT = { $absent: 0 };

function encode(value: unknown): Json {
  if (value instanceof Map) return { $map: [...value].map(([k, v]) => [encode(k), encode(v)]) };
  if (Array.isArray(value)) {
    const keys = rowKeys(value);
    if (!keys) return value.map(encode);
    const rows: Json[] = [];
    for (const item of value as Record<string, unknown>[]) for (const k of keys) rows.push(item[k] === undefined ? ABSENT : encode(item[k]));
    return { $keys: keys, $rows: rows };
  }
  if (value !== null && typeof value === 'object') {
    const out: { [key: string]: Json } = {};
    for (const k of shapeOf(value)) out[k] = encode((value as Record<string, unknown>)[k]);
    return out;
  }
  return value as Json;
}

function decode(value: Json): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(decode);
  if (Array.isArray(value.$map)) return new Map((value.$map as [Json, Json][]).map(([k, v]) => [decode(k), decode(v)]));
  if (Array.isArray(value.$keys) && Array.isArray(value.$rows)) {
    const keys = value.$keys as string[];
    const rows = value.$rows;
    const out: Record<string, unknown>[] = [];
    for (let i = 0; i + keys.length <= rows.length; i += keys.length) {
      const item: Record<string, unknown> = {};
      for (let k = 0; k < keys.length; k++) {
        const v = rows[i + k];
        if (!(v !== null && typeof v === 'object' && '$absent' in v)) item[keys[k]] = decode(v);
      }
      out.push(item);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k in value) out[k] = decode(value[k]);
  return out;
}

/** FNV-1a over UTF-16 code units, as 8 hex digits: enough to catch a torn or damaged payload. */
export function checksum(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** Serialises one document's facts as a cache entry tied to the engine version and the text's hash. */
export function writeFactsEntry(facts: DocumentFacts, engine: string, textHash: string): string {
  const payload = JSON.stringify(encode(facts));
  const header: EntryHeader = { format: FORMAT, engine, text: textHash, length: payload.length, checksum: checksum(payload) };
  return `${JSON.stringify(header)}\n${payload}`;
}

/**
 * Reads a cache entry back, or returns undefined when it cannot be trusted: another format or
 * engine version, another text, a payload cut short or damaged, or a shape that is not facts.
 */
export function readFactsEntry(content: string, engine: string, textHash: string): DocumentFacts | undefined {
  const newline = content.indexOf('\n');
  if (newline < 0) return undefined;
  const payload = content.slice(newline + 1);
  try {
    const header = JSON.parse(content.slice(0, newline)) as Partial<EntryHeader>;
    if (header.format !== FORMAT || header.engine !== engine || header.text !== textHash) return undefined;
    if (header.length !== payload.length || header.checksum !== checksum(payload)) return undefined;
    const facts = decode(JSON.parse(payload) as Json) as DocumentFacts;
    return looksLikeFacts(facts) ? facts : undefined;
  } catch {
    return undefined;
  }
}

function looksLikeFacts(f: DocumentFacts): boolean {
  const e = f?.entities;
  return (
    !!e &&
    [e.candidates, e.ties, e.references, e.acronyms, f.quotes, f.terms?.sentences].every(Array.isArray) &&
    ['words', 'ids', 'gaps', 'lengths'].every((k) => typeof (f.linkTokens as unknown as Record<string, unknown>)?.[k] === 'string') &&
    f.terms.surfaces instanceof Map
  );
}
