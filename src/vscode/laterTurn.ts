import { eachStep, type Steps } from '../core/views/steps';

// The web worker extension host (vscode.dev) has no setImmediate; a zero timeout there also waits for a later turn.
const schedule: (callback: () => void) => void = typeof setImmediate === 'function' ? setImmediate : (callback) => setTimeout(callback, 0);

/** Resolves in a later turn of the event loop, so the extension host handles what waited meanwhile. */
export function laterTurn(): Promise<void> {
  return new Promise((resolve) => schedule(resolve));
}

// How long one slice of work may hold the extension host's event loop.
const SLICE_MS = 8;

/**
 * Calls `each` on every item, giving the event loop a turn whenever a slice of a few milliseconds
 * has passed, so that a large corpus never holds the extension host. Stops, and returns false, when
 * `stale()` says newer work has made this one pointless.
 */
export async function inSlices<T>(items: Iterable<T>, each: (item: T) => void, stale: () => boolean = () => false): Promise<boolean> {
  // Stopped early or not, it is the stale check that says whether the work still counts.
  await inSteps(eachStep(items, each, 1), stale);
  return !stale();
}

/**
 * Runs core work written in steps to its result, a slice of a few milliseconds at a time; gives
 * undefined, having stopped, when `stale()` says newer work has made this one pointless.
 */
export async function inSteps<T>(steps: Steps<T>, stale: () => boolean = () => false): Promise<T | undefined> {
  let sliceStart = Date.now();
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
    if (Date.now() - sliceStart < SLICE_MS) continue;
    await laterTurn();
    if (stale()) return undefined;
    sliceStart = Date.now();
  }
}
