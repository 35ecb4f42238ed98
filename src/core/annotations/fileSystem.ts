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

/** Thrown by `FileSystem.read` for a file whose bytes are not UTF-8: the store reports it and never rewrites it. */
export class NotUtf8Error extends Error {
  constructor(
    readonly path: string,
    /** The 1-based line holding the first bytes that are not UTF-8. */
    readonly line: number,
  ) {
    super(`${path}:${line}: this line is not UTF-8 text`);
    this.name = 'NotUtf8Error';
  }
}

/**
 * Decodes a sidecar's or codebook's bytes as UTF-8 (a leading byte-order mark dropped), throwing
 * NotUtf8Error with the first bad line rather than replacing bytes with U+FFFD, which a later
 * write would make permanent.
 */
export function decodeStrictly(bytes: Uint8Array, path: string): string {
  const strict = new TextDecoder('utf-8', { fatal: true });
  try {
    const text = strict.decode(bytes);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  } catch {
    throw new NotUtf8Error(path, firstBadLine(bytes));
  }
}

function firstBadLine(bytes: Uint8Array): number {
  const strict = new TextDecoder('utf-8', { fatal: true });
  let line = 1;
  for (let start = 0; start <= bytes.length; line++) {
    const newline = bytes.indexOf(10, start);
    const end = newline < 0 ? bytes.length : newline;
    try {
      strict.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    start = end + 1;
  }
  return 1;
}

/** The problem a file that is not UTF-8 gives, naming its line and what to do. */
export function notUtf8Problem(err: NotUtf8Error): { file: string; line: number; message: string; severity: 'error' } {
  return { file: err.path, line: err.line, message: 'this line is not UTF-8 text: save the file as UTF-8; Marginalia leaves it untouched until then', severity: 'error' };
}
