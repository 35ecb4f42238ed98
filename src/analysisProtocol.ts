/**
 * The messages between the extension host and the analysis worker. A finished analysis travels in
 * parts, one per acknowledgement, because copying a large corpus's analysis in one message would
 * hold the extension host's event loop for hundreds of milliseconds while it is deserialised.
 */
import type { CorpusAnalysis } from './core/analysis/model';

/** A message from the extension host to the worker. */
export type ToWorker =
  | { type: 'set'; path: string; text: string }
  | { type: 'remove'; path: string }
  | { type: 'analyse'; id: number }
  | { type: 'more'; id: number };

type ListKey = keyof CorpusAnalysis;

/** A message from the worker to the extension host. */
export type FromWorker =
  | { type: 'part'; id: number; key: ListKey; items: unknown[] }
  | { type: 'done'; id: number; ms: number }
  | { type: 'error'; id?: number; path?: string; message: string };

const KEYS: ListKey[] = ['documents', 'entities', 'topics', 'quotes', 'clusters'];

/** The rough number of objects one item carries, so parts hold similar amounts of data. */
function weight(key: ListKey, item: unknown): number {
  if (key === 'entities') return 1 + (item as CorpusAnalysis['entities'][number]).mentions.length;
  if (key === 'topics') return 1 + (item as CorpusAnalysis['topics'][number]).passages.length;
  if (key === 'clusters') return 1 + (item as CorpusAnalysis['clusters'][number]).quotes.length / 4;
  return 1;
}

/** Splits an analysis into parts of about `budget` objects each, every list in order. */
export function splitAnalysis(analysis: CorpusAnalysis, id: number, budget: number): FromWorker[] {
  const parts: FromWorker[] = [];
  for (const key of KEYS) {
    let items: unknown[] = [];
    let load = 0;
    for (const item of analysis[key] as unknown[]) {
      items.push(item);
      load += weight(key, item);
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

/** Collects the parts of one analysis back into a CorpusAnalysis. */
export class AnalysisAssembler {
  readonly analysis: CorpusAnalysis = { documents: [], entities: [], topics: [], quotes: [], clusters: [] };

  /** Appends one part's items to their list. */
  add(part: Extract<FromWorker, { type: 'part' }>): void {
    (this.analysis[part.key] as unknown[]).push(...part.items);
  }
}
