// The web worker extension host (vscode.dev) has no setImmediate; a zero timeout there also waits for a later turn.
const schedule: (callback: () => void) => void = typeof setImmediate === 'function' ? setImmediate : (callback) => setTimeout(callback, 0);

/** Resolves in a later turn of the event loop, so the extension host handles what waited meanwhile. */
export function laterTurn(): Promise<void> {
  return new Promise((resolve) => schedule(resolve));
}
