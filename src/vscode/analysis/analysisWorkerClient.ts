import { AnalysisAssembler, type FromWorker, type ToWorker } from '../../engine/analysisProtocol';
import type { TopicDefinition } from '../../core/analysis/findTopics';
import type { CorpusAnalysis } from '../../core/analysis/model';
import type { StartWorker, WorkerTransport } from '../../engine/workerTransport';

/** A finished analysis, its time in the worker, and how many documents set before it came from the cache. */
export interface AnalysisResult {
  analysis: CorpusAnalysis;
  ms: number;
  cached: number;
  analysed: number;
}

interface Request {
  resolve: (result: AnalysisResult) => void;
  reject: (err: Error) => void;
  parts: AnalysisAssembler;
}

/**
 * The extension host's side of the analysis worker: it sends document changes, requests analyses
 * and collects their parts. A worker that crashes is replaced on the next message, and the new one
 * is given every document again, so one failure never leaves the corpus half known. The worker
 * itself comes from `startWorker`: a Node worker thread on the desktop, a Web Worker in the browser.
 */
export class AnalysisWorkerClient {
  private worker?: WorkerTransport;
  private nextId = 1;
  private readonly pending = new Map<number, Request>();
  // The last analysis received whole: the worker sends the next one as changes against it.
  private held?: { id: number; analysis: CorpusAnalysis };
  private topics: TopicDefinition[] = [];
  // Texts posted to the current worker and, as far as it has said, taken in by it; and who waits for it to catch up.
  private posted = 0;
  private taken = 0;
  private readonly catchingUp: { lead: number; resolve: () => void }[] = [];

  constructor(
    private readonly startWorker: StartWorker,
    /** Every document the worker should know, for replaying into a new worker. */
    private readonly documents: () => Iterable<[string, string]>,
    /** Called when the engine fails on one document; the others are still analysed. */
    private readonly onDocumentError: (path: string, message: string) => void,
    /** Called as the worker reads documents, with how many it has read since the last analysis. */
    private readonly onProgress: (read: number) => void = () => undefined,
    /** Called with each new cache entry the worker made for a text sent with its hash. */
    private readonly onCacheEntry: (hash: string, entry: string) => void = () => undefined,
  ) {}

  /** Starts the worker now, so that loading the engine overlaps finding and reading the documents. */
  start(): void {
    this.ensureWorker();
  }

  /** Sends a document's new text; a text read from disk comes with its hash and cached entry, if any. */
  set(path: string, text: string, cache?: { hash: string; entry?: string }): void {
    this.post({ type: 'set', path, text, ...(cache ? { cache } : {}) });
  }

  /** Sets the user's topic list (an empty list: topics are derived from the corpus alone). */
  setTopics(topics: TopicDefinition[]): void {
    this.topics = topics;
    this.post({ type: 'topics', topics });
  }

  /** Tells the worker to forget a document. */
  remove(path: string): void {
    this.post({ type: 'remove', path });
  }

  /** How many texts the worker has been sent and has not yet said it took in. */
  get behind(): number {
    return this.worker ? this.posted - this.taken : 0;
  }

  /**
   * Resolves once the worker is at most `lead` texts behind (or has stopped), so that a large
   * workspace is sent at the pace the engine takes it in and reading can stop where the user cancels.
   */
  caughtUp(lead: number): Promise<void> {
    if (this.behind <= lead) return Promise.resolve();
    return new Promise((resolve) => this.catchingUp.push({ lead, resolve }));
  }

  private release(all = false): void {
    for (let i = this.catchingUp.length - 1; i >= 0; i--) {
      const waiter = this.catchingUp[i];
      if (!all && this.behind > waiter.lead) continue;
      this.catchingUp.splice(i, 1);
      waiter.resolve();
    }
  }

  /** Analyses every document sent so far. */
  analyse(): Promise<AnalysisResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject, parts: new AnalysisAssembler(this.held?.analysis) });
      this.post({ type: 'analyse', id, base: this.held?.id });
    });
  }

  private post(message: ToWorker): void {
    this.ensureWorker().post(message);
    if (message.type === 'set') this.posted++;
  }

  private ensureWorker(): WorkerTransport {
    if (this.worker) return this.worker;
    const worker: WorkerTransport = this.startWorker({
      onMessage: (message) => this.receive(message),
      onFailure: (err) => this.fail(worker, err),
    });
    this.worker = worker;
    this.posted = this.taken = 0;
    if (this.topics.length) worker.post({ type: 'topics', topics: this.topics });
    for (const [path, text] of this.documents()) {
      worker.post({ type: 'set', path, text });
      this.posted++;
    }
    return worker;
  }

  private receive(message: FromWorker): void {
    if (message.type === 'progress') {
      this.taken = message.taken;
      this.release();
      return this.onProgress(message.read);
    }
    if (message.type === 'cacheEntry') return this.onCacheEntry(message.hash, message.entry);
    const request = message.id === undefined ? undefined : this.pending.get(message.id);
    if (message.type === 'part') {
      try {
        request?.parts.add(message);
      } catch (err) {
        // The rest of this analysis is still drained from the worker, and dropped.
        this.pending.delete(message.id);
        request?.reject(err instanceof Error ? err : new Error(String(err)));
      }
      // Asking for each part only after taking the last one gives other work a turn in between.
      this.post({ type: 'more', id: message.id });
    } else if (message.type === 'done') {
      this.pending.delete(message.id);
      if (!request) return;
      this.held = { id: message.id, analysis: request.parts.analysis };
      request.resolve({ analysis: request.parts.analysis, ms: message.ms, cached: message.cached, analysed: message.analysed });
    } else {
      if (message.path) this.onDocumentError(message.path, message.message);
      if (request && message.id !== undefined) {
        this.pending.delete(message.id);
        request.reject(new Error(message.message));
      }
    }
  }

  private fail(worker: WorkerTransport, err: Error): void {
    if (this.worker !== worker) return;
    this.worker = undefined;
    this.held = undefined;
    for (const { reject } of this.pending.values()) reject(err);
    this.pending.clear();
    // Whoever waits to send more sends it to the next worker, which is given every document anyway.
    this.release(true);
  }

  /** Stops the worker. */
  dispose(): void {
    const worker = this.worker;
    this.worker = undefined;
    worker?.terminate();
    this.release(true);
  }
}
