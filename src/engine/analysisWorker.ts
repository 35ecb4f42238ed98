/** The analysis worker as a Node worker thread, for the desktop extension host (see analysisEngine.ts). */
import { readlinkSync } from 'node:fs';
import { setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { analysisHandler } from './analysisEngine';
import type { ToWorker } from './analysisProtocol';

lowerPriority();
const handle = analysisHandler((message) => parentPort?.postMessage(message));
parentPort?.on('message', (message: ToWorker) => handle(message));

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
