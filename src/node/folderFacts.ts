import { analyseDocument, type DocumentFacts } from '../core/analysis/documentFacts';
import { DiskFactsCache, textHash } from './diskFactsCache';
import { analyseInPool } from './documentPool';

/** Below this many documents to analyse, starting worker threads (each loads the tagger) costs more than it saves. */
const POOL_THRESHOLD = 64;
/** Cache entries written at once by one thread before analysing more. */
const WRITES_IN_FLIGHT = 32;

/** How `folderFacts` gets the per-document analysis: an optional cache folder and how many threads. */
export interface FactsOptions {
  cache?: DiskFactsCache;
  jobs: number;
}

/** What `folderFacts` found: each text's facts in order, and how many came from the cache. */
export interface FolderFacts {
  facts: DocumentFacts[];
  cached: number;
  /** Why writing the cache failed, if it did; the analysis itself is still complete. */
  writeError?: string;
}

/**
 * The per-document analysis of each text: read from the cache when a trusted entry exists,
 * otherwise computed (in a worker pool when `jobs` > 1 and there is enough work) and written back.
 */
export async function folderFacts(texts: string[], { cache, jobs }: FactsOptions): Promise<FolderFacts> {
  const hashes = cache ? texts.map(textHash) : [];
  const facts: (DocumentFacts | undefined)[] = cache ? await Promise.all(hashes.map((h) => cache.read(h))) : new Array(texts.length);
  const missing = [...facts.keys()].filter((i) => !facts[i]);
  const writes: Promise<void>[] = [];
  let writeError: string | undefined;
  const store = (i: number, f: DocumentFacts) => {
    facts[i] = f;
    if (cache) writes.push(cache.write(hashes[i], f).catch((err: Error) => void (writeError ??= err.message)));
  };
  if (jobs > 1 && missing.length >= POOL_THRESHOLD) {
    await analyseInPool(
      missing.map((i) => texts[i]),
      jobs,
      (k, f) => store(missing[k], f),
    );
  } else {
    for (const i of missing) {
      store(i, analyseDocument(texts[i]));
      // Entries waiting to be written hold their text twice over (string and buffer): a few at a time, not the corpus.
      if (writes.length >= WRITES_IN_FLIGHT) await Promise.all(writes.splice(0));
    }
  }
  await Promise.all(writes);
  return { facts: facts as DocumentFacts[], cached: texts.length - missing.length, writeError };
}
