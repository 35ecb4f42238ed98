import { Corpus } from '../core/analysis/corpus';
import { analyseDocument, type DocumentFacts } from '../core/analysis/documentFacts';
import type { TopicDefinition } from '../core/analysis/findTopics';
import type { CorpusAnalysis } from '../core/analysis/model';
import { corpusInputsText } from '../core/cache/corpusEntry';
import { SpeakerMemo } from '../core/quotes';
import { DiskFactsCache, textHash } from './diskFactsCache';
import { analyseInPool } from './documentPool';
import type { FolderDocument } from './readDocuments';

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

/** What `folderAnalysis` found: the engine's analysis, how many articles it did not analyse again, and whether the corpus-wide steps were skipped. */
export interface FolderAnalysis {
  analysis: CorpusAnalysis;
  cached: number;
  corpusReused: boolean;
  writeError?: string;
}

/**
 * The engine's analysis of a folder's documents. With a cache, an unchanged corpus (the same
 * paths, texts, topics and engine) is read back whole and nothing is analysed; otherwise only
 * the new or changed documents are analysed, the corpus-wide steps run over all of them, and
 * their result is stored for the next run.
 */
export async function folderAnalysis(folder: string, documents: FolderDocument[], topics: TopicDefinition[], options: FactsOptions): Promise<FolderAnalysis> {
  const { cache } = options;
  const texts = documents.map((d) => d.text);
  const hashes = cache ? texts.map(textHash) : [];
  const inputs = cache ? textHash(corpusInputsText(documents.map((d, i) => ({ path: d.path, hash: hashes[i] })), topics)) : '';
  const stored = cache ? await cache.readCorpus(folder, inputs) : undefined;
  if (stored) return { analysis: stored, cached: documents.length, corpusReused: true };
  const run = await folderFacts(texts, options, hashes);
  const speakers = cache ? new SpeakerMemo(await cache.readSpeakers(folder)) : undefined;
  const analysis = linkCorpus(documents, run.facts, topics, speakers);
  let error = run.writeError;
  if (cache && speakers && !error) {
    // Kept for the next run: unchanged articles with unchanged entities skip attribution, an unchanged corpus everything.
    try {
      await cache.writeSpeakers(folder, speakers.entries());
      await cache.writeCorpus(folder, inputs, analysis);
    } catch (err) {
      error = (err as Error).message;
    }
  }
  return { analysis, cached: run.cached, corpusReused: false, writeError: error };
}

/** The corpus-wide steps over the documents' facts; the corpus itself is dropped on return, keeping only its result. */
function linkCorpus(documents: FolderDocument[], facts: DocumentFacts[], topics: TopicDefinition[], speakers?: SpeakerMemo): CorpusAnalysis {
  const corpus = new Corpus({ topics }, speakers);
  documents.forEach((d, i) => corpus.setDocument(d.path, d.text, facts[i]));
  // The corpus holds what it needs of each document's facts; the list need not outlive the linking.
  facts.length = 0;
  return corpus.analyseOnce();
}

/**
 * The per-document analysis of each text: read from the cache when a trusted entry exists,
 * otherwise computed (in a worker pool when `jobs` > 1 and there is enough work) and written back.
 * `hashes` are the texts' cache keys, computed here when not given.
 */
export async function folderFacts(texts: string[], { cache, jobs }: FactsOptions, hashes = cache ? texts.map(textHash) : []): Promise<FolderFacts> {
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
