import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { FromWorker } from '../../engine/analysisProtocol';
import type { AnalysisWorkerData } from '../../engine/analysisWorker';
import { MAX_POOL_SIZE } from '../../engine/factsPool';
import type { StartWorker } from '../../engine/workerTransport';

/** One facts worker per processor, up to the pool's limit; none on a single processor, where the analysis worker does it all. */
export function defaultPoolSize(): number {
  const cores = availableParallelism();
  return cores < 2 ? 0 : Math.min(cores, MAX_POOL_SIZE);
}

/**
 * Starts the analysis engine in a Node worker thread from the bundled script at `path`; it computes
 * documents' facts in `poolSize` threads of its own (0: in itself).
 */
export function nodeWorker(path: string, poolSize = defaultPoolSize()): StartWorker {
  return ({ onMessage, onFailure }) => {
    const worker = new Worker(path, { workerData: { poolSize } satisfies AnalysisWorkerData });
    worker.on('message', (message: FromWorker) => onMessage(message));
    worker.on('error', onFailure);
    worker.on('exit', (code) => code !== 0 && onFailure(new Error(`the analysis worker stopped (exit code ${code})`)));
    return { post: (message) => worker.postMessage(message), terminate: () => void worker.terminate() };
  };
}
