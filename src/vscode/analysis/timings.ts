/** Evaluated first of the extension's modules (extension.ts imports it first): load time counts. */
const loadStarted = performance.now();
const MAX_SAMPLES = 5000;

/**
 * What the in-editor benchmark reads: how long loading and activating took, when the first
 * analysis arrived, and how long each provider call took (a bounded list of recent samples).
 */
export class Timings {
  readonly loadStarted = loadStarted;
  activatedMs?: number;
  firstAnalysisMs?: number;
  private readonly samples = new Map<string, number[]>();

  /** Runs `fn`, recording its duration under `name`. */
  measure<T>(name: string, fn: () => T): T {
    const start = performance.now();
    try {
      return fn();
    } finally {
      const list = this.samples.get(name) ?? [];
      if (list.length >= MAX_SAMPLES) list.shift();
      list.push(performance.now() - start);
      this.samples.set(name, list);
    }
  }

  /** Milliseconds since the extension's code started loading. */
  sinceLoad(): number {
    return performance.now() - loadStarted;
  }

  /** The recorded durations under `name`. */
  durations(name: string): readonly number[] {
    return this.samples.get(name) ?? [];
  }
}
