import type { FromWorker, ToWorker } from './analysisProtocol';

/** What the extension host's side of the analysis worker hears from it. */
export interface WorkerEvents {
  onMessage(message: FromWorker): void;
  /** The worker stopped or could not start; it is never used again. */
  onFailure(err: Error): void;
}

/** A running analysis worker, whatever runs it: a Node worker thread or a browser Web Worker. */
export interface WorkerTransport {
  post(message: ToWorker): void;
  terminate(): void;
}

/** Starts a new analysis worker; the desktop and the web entry points each supply one. */
export type StartWorker = (events: WorkerEvents) => WorkerTransport;
