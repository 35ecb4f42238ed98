/** The analysis worker as a browser Web Worker, for vscode.dev and github.dev (see analysisEngine.ts). */
import { analysisHandler } from './analysisEngine';
import type { FromWorker, ToWorker } from './analysisProtocol';

/** The part of a dedicated worker's global scope this file uses. */
declare const self: {
  postMessage(message: FromWorker): void;
  onmessage: ((event: { data: ToWorker }) => void) | null;
};

const handle = analysisHandler((message) => self.postMessage(message));
self.onmessage = (event) => handle(event.data);
