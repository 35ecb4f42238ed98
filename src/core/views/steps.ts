/**
 * Work over a whole corpus written as a generator that yields wherever it may pause. `runSteps`
 * runs it through at once (the command line, tests); the editor runs it a slice of a few
 * milliseconds at a time, so that building a view over thousands of articles never holds the
 * extension host. Yielding costs next to nothing, so loops yield every few hundred items and the
 * runner decides when the time is up.
 */
export type Steps<T> = Generator<void, T, void>;

// How many items a loop handles between two points where it may pause.
const ITEMS_PER_STEP = 256;

/** Runs the steps through to their result. */
export function runSteps<T>(steps: Steps<T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

/** Calls `each` on every item, with a point to pause every few hundred items (every `per` items). */
export function* eachStep<T>(items: Iterable<T>, each: (item: T) => void, per = ITEMS_PER_STEP): Steps<void> {
  let count = 0;
  for (const item of items) {
    each(item);
    if (++count % per === 0) yield;
  }
}
