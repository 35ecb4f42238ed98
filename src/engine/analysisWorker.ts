/**
 * The analysis worker as a Node worker thread, for the desktop extension host (see analysisEngine.ts).
 * The same script runs the pool's facts workers, which this thread starts beside itself when its
 * `workerData` asks for a pool (see factsPool.ts).
 */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';
import { analysisHandler, factsHandler } from './analysisEngine';
import type { ToWorker } from './analysisProtocol';
import { FactsPool, type FromFactsWorker, type StartFactsWorker, type ToFactsWorker } from './factsPool';

/** What the thread that starts this one says it is for. */
export interface AnalysisWorkerData {
  /** A facts worker of a pool, rather than the corpus's own thread. */
  facts?: boolean;
  /** How many facts workers compute documents' facts; 0 (the default): this thread computes them itself. */
  poolSize?: number;
}

lowerPriority();
const data = (workerData ?? {}) as AnalysisWorkerData;
if (data.facts) {
  const handle = factsHandler((reply) => parentPort?.postMessage(reply));
  parentPort?.on('message', (message: ToFactsWorker) => handle(message));
} else {
  const size = data.poolSize ?? 0;
  const pool = size > 0 ? new FactsPool(size, startFactsThread) : undefined;
  const handle = analysisHandler((message) => parentPort?.postMessage(message), pool && ((text) => pool.analyse(text)));
  parentPort?.on('message', (message: ToWorker) => handle(message));
}

/** Starts this script again as a facts worker. */
function startFactsThread(...[onReply, onFailure]: Parameters<StartFactsWorker>): ReturnType<StartFactsWorker> {
  const worker = new Worker(__filename, { workerData: { facts: true } satisfies AnalysisWorkerData });
  worker.on('message', (reply: FromFactsWorker) => onReply(reply));
  worker.on('error', onFailure);
  worker.on('exit', (code) => onFailure(new Error(`a facts worker stopped (exit code ${code})`)));
  // A pool that waits for work must not keep the thread alive on its own.
  worker.unref();
  return { post: (message) => worker.postMessage(message), terminate: () => void worker.terminate() };
}

/**
 * Lowers this thread's scheduling priority (Linux, where a thread has its own id), so that on a busy
 * machine the analysis yields the processor to the extension host's event loop and the window.
 * Elsewhere the thread keeps its priority; the analysis still runs off the event loop.
 */
function lowerPriority(): void {
  try {
    const thread = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(thread) && thread > 0) setPriority(thread, 10);
  } catch {
    // No per-thread id here (not Linux) or not allowed: the worker runs at normal priority.
  }
}
