/**
 * The analysis worker thread: it owns a Corpus so the engine's work never blocks the extension
 * host. Messages are handled in the order they arrive, so an `analyse` sees every earlier `set`.
 */
import { parentPort } from 'node:worker_threads';
import { Corpus } from './core/analysis/corpus';
import type { CorpusAnalysis } from './core/analysis/model';

/** A message from the extension host to the worker. */
export type ToWorker =
  | { type: 'set'; path: string; text: string }
  | { type: 'remove'; path: string }
  | { type: 'analyse'; id: number };

/** A message from the worker to the extension host. */
export type FromWorker =
  | { type: 'analysis'; id: number; analysis: CorpusAnalysis; ms: number }
  | { type: 'error'; id?: number; path?: string; message: string };

const corpus = new Corpus();

function handle(message: ToWorker): FromWorker | undefined {
  switch (message.type) {
    case 'set':
      corpus.setDocument(message.path, message.text);
      return undefined;
    case 'remove':
      corpus.removeDocument(message.path);
      return undefined;
    case 'analyse': {
      const started = performance.now();
      const analysis = corpus.analysis();
      return { type: 'analysis', id: message.id, analysis, ms: performance.now() - started };
    }
  }
}

parentPort?.on('message', (message: ToWorker) => {
  try {
    const reply = handle(message);
    if (reply) parentPort?.postMessage(reply);
  } catch (err) {
    // One bad document must not stop the worker: report it and keep serving the rest.
    const text = err instanceof Error ? (err.stack ?? err.message) : String(err);
    const where = message.type === 'analyse' ? { id: message.id } : { path: message.path };
    parentPort?.postMessage({ type: 'error', ...where, message: text } satisfies FromWorker);
  }
});
