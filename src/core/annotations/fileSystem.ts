/**
 * The file access the annotation store needs, so the core stays free of I/O. The CLI implements it
 * with Node's `fs`, the editor with `vscode.workspace.fs`. Paths are whatever the implementation
 * understands (the store only joins a document path with the sidecar suffix).
 */
export interface FileSystem {
  /** The file's text, or undefined when it does not exist. */
  read(path: string): Promise<string | undefined>;
  /** Replaces the file's content all at once: readers see the old or the new text, never a mix. */
  writeAtomic(path: string, text: string): Promise<void>;
  /** Removes the file; removing a file that does not exist is not an error. */
  delete(path: string): Promise<void>;
}
