/**
 * The analysis worker's work, the same in a Node worker thread and in a browser Web Worker: it owns
 * a Corpus so the engine's work never blocks the extension host. Messages take effect in the order
 * they arrive, so an `analyse` sees every earlier `set` and none after it; only the per-document
 * facts of a text may be computed ahead, elsewhere (a pool of threads), while earlier messages wait
 * for theirs. A text read from disk comes with its hash and cached entry: a trusted entry spares its
 * analysis, and a fresh analysis goes back as a new entry.
 */
import { Corpus } from '../core/analysis/corpus';
import { analyseDocument, type DocumentFacts } from '../core/analysis/documentFacts';
import { ENGINE_VERSION } from '../core/cache/engineVersion';
import { readFactsEntry, writeFactsEntry } from '../core/cache/factsEntry';
import { TOPIC_LIST_FILE } from '../core/analysis/topicList';
import type { CorpusAnalysis } from '../core/analysis/model';
import { splitAnalysis, type FromWorker, type ToWorker } from './analysisProtocol';
import type { FromFactsWorker, ToFactsWorker } from './factsPool';

// About this many objects go in one message; deserialising one part then takes a few milliseconds.
const PART_BUDGET = 2000;
// How many documents taken in between two progress messages to the host.
const PROGRESS_EVERY = 10;

/** Computes one document's facts, here or in another thread; they must be `analyseDocument`'s for the text. */
export type AnalyseFacts = (text: string) => DocumentFacts | Promise<DocumentFacts>;

/** A document's facts once known: computed, taken from the cache, or the engine's failure on it. */
type Facts = { facts: DocumentFacts; cached: boolean } | { error: unknown };

/** A message waiting its turn, with the facts of the text it sets while they are still being computed. */
interface Step {
  message: ToWorker;
  facts?: Facts | Promise<Facts>;
  /** A document set again after a new topic list, which the host did not send and does not count. */
  replay?: boolean;
}

/**
 * A handler for the host's messages that replies through `post`. `analyseFacts` computes a text's
 * facts: in this thread by default, or in a pool of threads, which changes when, never what.
 */
export function analysisHandler(post: (message: FromWorker) => void, analyseFacts: AnalyseFacts = analyseDocument): (message: ToWorker) => void {
  let corpus = new Corpus();
  // The texts set so far, so that a new topic list can rebuild the corpus without asking the host.
  const texts = new Map<string, string>();
  // The parts of each finished analysis not yet sent, by request id; the host asks for each in turn.
  const outbox = new Map<number, FromWorker[]>();
  // The last analysis sent, so the next one can send only what changed when the host still holds it.
  let sent: { id: number; analysis: CorpusAnalysis } | undefined;
  // Messages not yet in effect, in order; the first waits while its facts are computed.
  const steps: Step[] = [];
  let waiting = false;
  // Documents taken in since the last analysis (the host hears of every PROGRESS_EVERY of them), and since the start.
  let readSinceAnalysis = 0;
  let taken = 0;
  let reportedTaken = 0;
  // Of those since the last analysis, how many were taken from the host's cache and how many analysed afresh.
  let fromCache = 0;
  let analysedFresh = 0;

  const next = (id: number): FromWorker | undefined => {
    const parts = outbox.get(id);
    const part = parts?.shift();
    if (parts?.length === 0) outbox.delete(id);
    return part;
  };

  const factsOf = (text: string, cache?: { hash: string; entry?: string }): Facts | Promise<Facts> => {
    try {
      const cached = cache?.entry === undefined ? undefined : readFactsEntry(cache.entry, ENGINE_VERSION, cache.hash);
      if (cached) return { facts: cached, cached: true };
      const facts = analyseFacts(text);
      return facts instanceof Promise ? facts.then((f) => ({ facts: f, cached: false }), (error: unknown) => ({ error })) : { facts, cached: false };
    } catch (error) {
      return { error };
    }
  };

  const reportProgress = (): void => {
    reportedTaken = taken;
    post({ type: 'progress', read: readSinceAnalysis, taken });
  };

  const apply = (step: Step, facts: Facts | undefined): FromWorker | undefined => {
    const { message } = step;
    switch (message.type) {
      case 'set': {
        texts.set(message.path, message.text);
        if (!step.replay) {
          taken++;
          if (++readSinceAnalysis % PROGRESS_EVERY === 0) reportProgress();
        }
        if (!facts || 'error' in facts) throw facts?.error ?? new Error('no facts for this document');
        corpus.setDocument(message.path, message.text, facts.facts);
        if (step.replay) return undefined;
        if (facts.cached) fromCache++;
        else analysedFresh++;
        const { cache } = message;
        if (cache && !facts.cached) return { type: 'cacheEntry', hash: cache.hash, entry: writeFactsEntry(facts.facts, ENGINE_VERSION, cache.hash) };
        return undefined;
      }
      case 'remove':
        texts.delete(message.path);
        corpus.removeDocument(message.path);
        return undefined;
      case 'topics':
        // The user's topic list shapes topic choice across the corpus, so the corpus is rebuilt,
        // its documents set again ahead of whatever the host sent after the list.
        corpus = new Corpus({ topics: message.topics });
        steps.unshift(...[...texts].map(([path, text]): Step => ({ message: { type: 'set', path, text }, facts: factsOf(text), replay: true })));
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

  const run = (step: Step, facts: Facts | undefined): void => {
    try {
      const reply = apply(step, facts);
      if (reply) post(reply);
    } catch (err) {
      // One bad document must not stop the worker: report it and keep serving the rest.
      const { message } = step;
      const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
      const where = 'id' in message ? { id: message.id } : 'path' in message ? { path: message.path } : { path: TOPIC_LIST_FILE };
      post({ type: 'error', ...where, message: text });
    }
  };

  // Puts the waiting messages into effect in order, up to the first whose facts are still being computed.
  const drain = (): void => {
    while (!waiting && steps.length > 0) {
      const step = steps[0];
      const { facts } = step;
      if (facts instanceof Promise) {
        waiting = true;
        void facts.then((known) => {
          step.facts = known;
          waiting = false;
          drain();
        });
        return;
      }
      steps.shift();
      run(step, facts);
    }
    // With nothing left to take in, the host hears the last count, so it never waits for a tenth document that is not coming.
    if (steps.length === 0 && taken !== reportedTaken) reportProgress();
  };

  return (message) => {
    // Asking for the next part of a finished analysis changes nothing, so it need not wait its turn.
    if (message.type === 'more') return run({ message }, undefined);
    steps.push({ message, facts: message.type === 'set' ? factsOf(message.text, message.cache) : undefined });
    drain();
  };
}

/** A facts worker's side: answers each text with its facts, or with the engine's error on it. */
export function factsHandler(post: (reply: FromFactsWorker) => void): (message: ToFactsWorker) => void {
  return ({ id, text }) => {
    let reply: FromFactsWorker;
    try {
      reply = { id, facts: analyseDocument(text) };
    } catch (err) {
      reply = { id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    post(reply);
  };
}
