import type { DocumentFacts } from '../analysis/documentFacts';

/** The layout of a cache entry; a change to it makes every older entry unreadable, hence ignored. */
const FORMAT = 1;

/** What an entry's first line records, checked before its payload is trusted. */
interface EntryHeader {
  format: number;
  engine: string;
  text: string;
  length: number;
  checksum: string;
}

// Maps (and Sets) do not survive JSON on their own; they are written as tagged entry lists.
function replacer(_key: string, value: unknown): unknown {
  if (value instanceof Map) return { $map: [...value] };
  if (value instanceof Set) return { $set: [...value] };
  return value;
}

function reviver(_key: string, value: unknown): unknown {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    const tagged = value as { $map?: [unknown, unknown][]; $set?: unknown[] };
    if (Array.isArray(tagged.$map)) return new Map(tagged.$map);
    if (Array.isArray(tagged.$set)) return new Set(tagged.$set);
  }
  return value;
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
  const payload = JSON.stringify(facts, replacer);
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
    const facts = JSON.parse(payload, reviver) as DocumentFacts;
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
    f.terms.surfaces instanceof Map
  );
}
