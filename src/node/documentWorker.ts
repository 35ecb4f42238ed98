/** A worker thread of the CLI's pool: it analyses the documents it is sent, one at a time, on its own. */
import { parentPort } from 'node:worker_threads';
import { analyseDocument } from '../core/analysis/documentFacts';
import type { FromDocumentWorker, ToDocumentWorker } from './documentPool';

parentPort?.on('message', ({ id, text }: ToDocumentWorker) => {
  let reply: FromDocumentWorker;
  try {
    reply = { id, facts: analyseDocument(text) };
  } catch (err) {
    reply = { id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
  }
  parentPort?.postMessage(reply);
});
