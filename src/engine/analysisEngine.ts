/**
 * The analysis worker's work, the same in a Node worker thread and in a browser Web Worker: it owns
 * a Corpus so the engine's work never blocks the extension host. Messages are handled in the order
 * they arrive, so an `analyse` sees every earlier `set`. A text read from disk comes with its hash and
 * cached entry: a trusted entry spares its analysis, and a fresh analysis goes back as a new entry.
 */
import { Corpus } from '../core/analysis/corpus';
import { analyseDocument } from '../core/analysis/documentFacts';
import { ENGINE_VERSION } from '../core/cache/engineVersion';
import { readFactsEntry, writeFactsEntry } from '../core/cache/factsEntry';
import { TOPIC_LIST_FILE } from '../core/analysis/topicList';
import type { CorpusAnalysis } from '../core/analysis/model';
import { splitAnalysis, type FromWorker, type ToWorker } from './analysisProtocol';

// About this many objects go in one message; deserialising one part then takes a few milliseconds.
const PART_BUDGET = 2000;
// How many documents read between two progress messages to the host.
const PROGRESS_EVERY = 10;

/** A handler for the host's messages that replies through `post`. */
export function analysisHandler(post: (message: FromWorker) => void): (message: ToWorker) => void {
  let corpus = new Corpus();
  // The texts set so far, so that a new topic list can rebuild the corpus without asking the host.
  const texts = new Map<string, string>();
  // The parts of each finished analysis not yet sent, by request id; the host asks for each in turn.
  const outbox = new Map<number, FromWorker[]>();
  // The last analysis sent, so the next one can send only what changed when the host still holds it.
  let sent: { id: number; analysis: CorpusAnalysis } | undefined;
  // Documents read since the last analysis; the host hears of every PROGRESS_EVERY of them.
  let readSinceAnalysis = 0;
  // Of those, how many were taken from the host's cache and how many analysed afresh.
  let fromCache = 0;
  let analysedFresh = 0;

  const next = (id: number): FromWorker | undefined => {
    const parts = outbox.get(id);
    const part = parts?.shift();
    if (parts?.length === 0) outbox.delete(id);
    return part;
  };

  const handle = (message: ToWorker): FromWorker | undefined => {
    switch (message.type) {
      case 'set': {
        texts.set(message.path, message.text);
        const { cache } = message;
        const cached = cache?.entry === undefined ? undefined : readFactsEntry(cache.entry, ENGINE_VERSION, cache.hash);
        const facts = cached ?? analyseDocument(message.text);
        corpus.setDocument(message.path, message.text, facts);
        if (cached) fromCache++;
        else analysedFresh++;
        if (cache && !cached) post({ type: 'cacheEntry', hash: cache.hash, entry: writeFactsEntry(facts, ENGINE_VERSION, cache.hash) });
        return ++readSinceAnalysis % PROGRESS_EVERY === 0 ? { type: 'progress', read: readSinceAnalysis } : undefined;
      }
      case 'remove':
        texts.delete(message.path);
        corpus.removeDocument(message.path);
        return undefined;
      case 'topics':
        // The user's topic list shapes topic choice across the corpus, so the corpus is rebuilt.
        corpus = new Corpus({ topics: message.topics });
        for (const [path, text] of texts) corpus.setDocument(path, text);
        return undefined;
      case 'analyse': {
        const counts = { cached: fromCache, analysed: analysedFresh };
        readSinceAnalysis = fromCache = analysedFresh = 0;
        const started = performance.now();
        const analysis = corpus.analysis();
        const base = message.base !== undefined && message.base === sent?.id ? sent.analysis : undefined;
        const parts = splitAnalysis(analysis, message.id, PART_BUDGET, base);
        sent = { id: message.id, analysis };
        parts.push({ type: 'done', id: message.id, ms: performance.now() - started, ...counts });
        outbox.set(message.id, parts);
        return next(message.id);
      }
      case 'more':
        return next(message.id);
    }
  };

  return (message) => {
    try {
      const reply = handle(message);
      if (reply) post(reply);
    } catch (err) {
      // One bad document must not stop the worker: report it and keep serving the rest.
      const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
      const where = 'id' in message ? { id: message.id } : 'path' in message ? { path: message.path } : { path: TOPIC_LIST_FILE };
      post({ type: 'error', ...where, message: text });
    }
  };
}
