import * as vscode from 'vscode';
import type { FromWorker, ToWorker } from '../../engine/analysisProtocol';
import type { StartWorker } from '../../engine/workerTransport';

/** The browser's Worker, as far as this file uses it (the extension compiles without the DOM types). */
interface BrowserWorker {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: { data: FromWorker }) => void) | null;
  onerror: ((event: { message?: string }) => void) | null;
}
declare const Worker: new (url: string, options?: { name?: string }) => BrowserWorker;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

/**
 * Starts the analysis engine in a Web Worker from the bundled script at `script`. Served over
 * http(s) (vscode.dev installs extensions from a CDN), the worker loads it by its address; any other
 * scheme (a server's `vscode-remote:`, a development folder) cannot be loaded by a worker, so the
 * script is read through `workspace.fs` and started from a blob. Messages wait until it runs.
 */
export function webWorker(script: vscode.Uri): StartWorker {
  return ({ onMessage, onFailure }) => {
    const queue: ToWorker[] = [];
    let worker: BrowserWorker | undefined;
    let stopped = false;
    void workerUrl(script).then(
      (url) => {
        if (stopped) return;
        worker = new Worker(url, { name: 'Marginalia analysis' });
        worker.onmessage = (event) => onMessage(event.data);
        worker.onerror = (event) => onFailure(new Error(`the analysis worker failed: ${event.message ?? 'unknown error'}`));
        for (const message of queue.splice(0)) worker.postMessage(message);
      },
      (err: unknown) => onFailure(new Error(`the analysis worker could not be loaded from ${script.toString(true)}: ${String(err)}`)),
    );
    return {
      post: (message) => (worker ? worker.postMessage(message) : queue.push(message)),
      terminate: () => {
        stopped = true;
        worker?.terminate();
      },
    };
  };
}

async function workerUrl(script: vscode.Uri): Promise<string> {
  if (script.scheme === 'https' || script.scheme === 'http') return script.toString(true);
  const bytes = await vscode.workspace.fs.readFile(script);
  return URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
}
