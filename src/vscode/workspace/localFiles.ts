/**
 * Faster paths for files on the extension host's own disk (`file:` URIs), which only the desktop
 * entry point supplies: the web build reaches every file through `workspace.fs` alone, and never
 * bundles Node's `fs`.
 */
export interface LocalFiles {
  /** The file's bytes with one open, stat and read, or its size when that is over `maxBytes`. */
  readUpTo(path: string, maxBytes: number): Promise<Uint8Array | number>;
  /** The files under a folder that `accept` takes, never entering an `exclude`d folder, as sorted paths relative to it with `/`. */
  listFiles(folder: string, accept: (path: string) => boolean, exclude: readonly string[]): Promise<string[]>;
  /** Moves a file over another in one step, so no reader ever finds the target missing. */
  replace(from: string, to: string): Promise<void>;
}

let local: LocalFiles | undefined;

/** Called once by the desktop entry point. */
export function useLocalFiles(files: LocalFiles): void {
  local = files;
}

/** The local fast paths, or undefined in the browser. */
export function localFiles(): LocalFiles | undefined {
  return local;
}
