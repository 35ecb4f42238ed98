/**
 * The messages between the extension host and the analysis worker. A finished analysis travels in
 * parts, one per acknowledgement, because copying a large corpus's analysis in one message would
 * hold the extension host's event loop for hundreds of milliseconds while it is deserialised.
 * After the first analysis only what changed travels: the host names the analysis it holds, and
 * items the engine kept from that one are sent as runs of positions in it instead of copies.
 */
import type { CorpusAnalysis } from '../core/analysis/model';
import type { TopicDefinition } from '../core/analysis/findTopics';

/** A message from the extension host to the worker; `base` is the id of the analysis the host holds. */
export type ToWorker =
  /** `cache` comes with a text read from disk: its hash, and the cached entry for that hash when there is one. */
  | { type: 'set'; path: string; text: string; cache?: { hash: string; entry?: string } }
  | { type: 'remove'; path: string }
  | { type: 'topics'; topics: TopicDefinition[] }
  | { type: 'analyse'; id: number; base?: number }
  | { type: 'more'; id: number };

type ListKey = keyof CorpusAnalysis;

/**
 * A message from the worker to the extension host. An item of a part is either the item itself or,
 * as a number, its position in the same list of the analysis the host said it holds.
 */
export type FromWorker =
  | { type: 'part'; id: number; key: ListKey; items: unknown[] }
  /** `cached`: how many of the documents set since the last analysis came from the cache. */
  | { type: 'done'; id: number; ms: number; cached: number; analysed: number }
  /** `read`: documents taken in since the last analysis; `taken`: since the worker started, for the host to pace its sending. */
  | { type: 'progress'; read: number; taken: number }
  /** A new cache entry for a text that came with a hash and no usable entry, for the host to store. */
  | { type: 'cacheEntry'; hash: string; entry: string }
  | { type: 'error'; id?: number; path?: string; message: string };

const KEYS: ListKey[] = ['documents', 'entities', 'topics', 'quotes', 'clusters'];

// A position costs far less to copy than an item; this many of them weigh as much as one object.
const POSITIONS_PER_OBJECT = 64;

/** The rough number of objects one item carries, so parts hold similar amounts of data. */
function weight(key: ListKey, item: unknown): number {
  if (key === 'entities') return 1 + (item as CorpusAnalysis['entities'][number]).mentions.length;
  if (key === 'topics') return 1 + (item as CorpusAnalysis['topics'][number]).passages.length;
  if (key === 'clusters') return 1 + (item as CorpusAnalysis['clusters'][number]).quotes.length / 4;
  return 1;
}

/**
 * What makes an item the same as one in the base analysis: the engine keeps the objects of what an
 * edit did not reach, while the document list is rebuilt each time from paths and lengths.
 */
function sameness(key: ListKey, item: unknown): unknown {
  if (key !== 'documents') return item;
  const { path, length } = item as CorpusAnalysis['documents'][number];
  return `${length}:${path}`;
}

/**
 * Splits an analysis into parts of about `budget` objects each, every list in order. With a base
 * (the analysis the receiver already holds), an item found in it is sent as its position there.
 */
export function splitAnalysis(analysis: CorpusAnalysis, id: number, budget: number, base?: CorpusAnalysis): FromWorker[] {
  const parts: FromWorker[] = [];
  for (const key of KEYS) {
    const known = new Map<unknown, number>();
    (base?.[key] as unknown[] | undefined)?.forEach((item, i) => known.set(sameness(key, item), i));
    let items: unknown[] = [];
    let load = 0;
    for (const item of analysis[key] as unknown[]) {
      const at = known.get(sameness(key, item));
      items.push(at ?? item);
      load += at === undefined ? weight(key, item) : 1 / POSITIONS_PER_OBJECT;
      if (load >= budget) {
        parts.push({ type: 'part', id, key, items });
        items = [];
        load = 0;
      }
    }
    if (items.length > 0) parts.push({ type: 'part', id, key, items });
  }
  return parts;
}

/** Collects the parts of one analysis back into a CorpusAnalysis, taking items sent as positions from the base. */
export class AnalysisAssembler {
  readonly analysis: CorpusAnalysis = { documents: [], entities: [], topics: [], quotes: [], clusters: [] };

  constructor(private readonly base?: CorpusAnalysis) {}

  /** Appends one part's items to their list. */
  add(part: Extract<FromWorker, { type: 'part' }>): void {
    const list = this.analysis[part.key] as unknown[];
    const base = this.base?.[part.key] as unknown[] | undefined;
    for (const item of part.items) {
      if (typeof item !== 'number') list.push(item);
      else if (base && item < base.length) list.push(base[item]);
      else throw new Error('the analysis worker referred to an analysis this window does not hold');
    }
  }
}
