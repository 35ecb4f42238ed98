import { Worker } from 'node:worker_threads';
import type { FromWorker } from '../../engine/analysisProtocol';
import type { StartWorker } from '../../engine/workerTransport';

/** Starts the analysis engine in a Node worker thread from the bundled script at `path`. */
export function nodeWorker(path: string): StartWorker {
  return ({ onMessage, onFailure }) => {
    const worker = new Worker(path);
    worker.on('message', (message: FromWorker) => onMessage(message));
    worker.on('error', onFailure);
    worker.on('exit', (code) => code !== 0 && onFailure(new Error(`the analysis worker stopped (exit code ${code})`)));
    return { post: (message) => worker.postMessage(message), terminate: () => void worker.terminate() };
  };
}
