import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { holdStrings, type DocumentFacts } from '../core/analysis/documentFacts';

/** A document to analyse, numbered by its caller. */
export interface ToDocumentWorker {
  id: number;
  text: string;
}

/** A worker's answer: the document's facts, or why it failed. */
export type FromDocumentWorker = { id: number; facts: DocumentFacts } | { id: number; error: string };

// Each worker keeps this many documents queued, so it never waits for the main thread between two.
const IN_FLIGHT = 2;

/**
 * Analyses texts in `jobs` worker threads (the bundled `documentWorker.js` beside this file) and
 * returns their facts in the order of the texts. Each document's facts depend on its text alone,
 * so the result is the same as one thread's.
 */
export async function analyseInPool(texts: string[], jobs: number, onDone?: (index: number, facts: DocumentFacts) => void): Promise<DocumentFacts[]> {
  const results: DocumentFacts[] = new Array(texts.length);
  const workers = Array.from({ length: Math.min(jobs, texts.length) }, () => new Worker(join(__dirname, 'documentWorker.js')));
  let next = 0;
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            let pending = 0;
            const send = () => {
              while (pending < IN_FLIGHT && next < texts.length) {
                worker.postMessage({ id: next, text: texts[next] } satisfies ToDocumentWorker);
                next++;
                pending++;
              }
              if (pending === 0) resolve();
            };
            worker.on('message', (reply: FromDocumentWorker) => {
              pending--;
              if ('error' in reply) return reject(new Error(`analysing document ${reply.id}: ${reply.error}`));
              // The copy a message makes holds each document's words apart; they are shared again here.
              holdStrings(reply.facts);
              results[reply.id] = reply.facts;
              onDone?.(reply.id, reply.facts);
              send();
            });
            worker.on('error', reject);
            worker.on('exit', (code) => reject(new Error(`an analysis worker stopped (exit code ${code})`)));
            send();
          }),
      ),
    );
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
  return results;
}
