/**
 * The file access the annotation store needs, so the core stays free of I/O. The CLI implements it
 * with Node's `fs`, the editor with `vscode.workspace.fs`. Paths are whatever the implementation
 * understands (the store only joins a document path with the sidecar suffix).
 */
export interface FileSystem {
  /** The file's text, or undefined when it does not exist. */
  read(path: string): Promise<string | undefined>;
  /**
   * Replaces the file's content all at once: readers see the old or the new text, never a mix.
   * With `guard`, the file is read again right before the replacement and a `WriteConflict` is
   * thrown (nothing written) when it no longer holds `guard.expected` (undefined: no file).
   */
  writeAtomic(path: string, text: string, guard?: WriteGuard): Promise<void>;
  /** Removes the file; removing a file that does not exist is not an error. */
  delete(path: string): Promise<void>;
}

/** What a guarded write expects to find on disk just before it replaces the file. */
export interface WriteGuard {
  expected: string | undefined;
}

/** Thrown by a guarded write that found the file changed by someone else since it was read. */
export class WriteConflict extends Error {
  constructor(readonly path: string) {
    super(`${path} changed on disk while it was being written`);
    this.name = 'WriteConflict';
  }
}
