/**
 * The per-document half of the engine spread over worker threads: each document's facts depend on
 * its text alone, so any thread may compute them and the corpus gets the same facts as from its
 * own thread. The corpus-wide steps stay with the one corpus that receives them (analysisEngine.ts).
 */
import type { DocumentFacts } from '../core/analysis/documentFacts';

/** A text for a facts worker to analyse, numbered by the pool. */
export interface ToFactsWorker {
  id: number;
  text: string;
}

/** A facts worker's answer: the document's facts, or why the engine failed on it. */
export type FromFactsWorker = { id: number; facts: DocumentFacts } | { id: number; error: string };

/** A running facts worker, whatever runs it. */
export interface FactsWorker {
  post(message: ToFactsWorker): void;
  terminate(): void;
}

/** Starts a facts worker that answers through `onReply`; `onFailure` means it stopped and is never used again. */
export type StartFactsWorker = (onReply: (reply: FromFactsWorker) => void, onFailure: (err: Error) => void) => FactsWorker;

/** The most threads a pool uses, whatever the machine: past this the corpus thread cannot take their results any faster. */
export const MAX_POOL_SIZE = 4;

// Each worker holds this many texts, so it never waits for the corpus thread between two.
const IN_FLIGHT = 2;

interface Job {
  text: string;
  resolve: (facts: DocumentFacts) => void;
  reject: (err: Error) => void;
}

interface Slot {
  worker: FactsWorker;
  jobs: Map<number, Job>;
}

/**
 * Analyses texts in up to `size` facts workers, started only as the work needs them. A worker that
 * stops fails the texts it held (their documents are reported, not lost in silence) and is replaced
 * for the next ones.
 */
export class FactsPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 0;

  constructor(
    private readonly size: number,
    private readonly start: StartFactsWorker,
  ) {}

  /** The facts of one text, computed in a worker thread. */
  analyse(text: string): Promise<DocumentFacts> {
    return new Promise((resolve, reject) => {
      this.queue.push({ text, resolve, reject });
      this.pump();
    });
  }

  private pump(): void {
    for (;;) {
      const slot = this.slots.find((s) => s.jobs.size < IN_FLIGHT) ?? (this.slots.length < this.size ? this.startSlot() : undefined);
      const job = slot && this.queue.shift();
      if (!slot || !job) return;
      const id = this.nextId++;
      slot.jobs.set(id, job);
      slot.worker.post({ id, text: job.text });
    }
  }

  private startSlot(): Slot {
    const jobs = new Map<number, Job>();
    const slot: Slot = {
      jobs,
      worker: this.start(
        (reply) => {
          const job = jobs.get(reply.id);
          jobs.delete(reply.id);
          if ('facts' in reply) job?.resolve(reply.facts);
          else job?.reject(new Error(reply.error));
          this.pump();
        },
        (err) => {
          const at = this.slots.indexOf(slot);
          if (at < 0) return;
          this.slots.splice(at, 1);
          for (const job of jobs.values()) job.reject(err);
          jobs.clear();
          this.pump();
        },
      ),
    };
    this.slots.push(slot);
    return slot;
  }

  /** Stops every worker; texts still waiting are failed. */
  dispose(): void {
    const stopped = new Error('the analysis stopped');
    for (const slot of this.slots.splice(0)) {
      slot.worker.terminate();
      for (const job of slot.jobs.values()) job.reject(stopped);
    }
    for (const job of this.queue.splice(0)) job.reject(stopped);
  }
}
