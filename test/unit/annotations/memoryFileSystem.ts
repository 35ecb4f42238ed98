import { FileSystem, WriteConflict, WriteGuard } from '../../../src/core/annotations';

/** An in-memory FileSystem for tests; `failWrites` makes the next writes throw like a full disk. */
export class MemoryFileSystem implements FileSystem {
  readonly files = new Map<string, string>();
  failWrites = false;
  writes = 0;

  constructor(initial: Record<string, string> = {}) {
    for (const [path, text] of Object.entries(initial)) this.files.set(path, text);
  }

  async read(path: string): Promise<string | undefined> {
    return this.files.get(path);
  }

  /** Runs right before a write's guard is checked: where a test plays another writer. */
  beforeReplace?: (path: string) => void;

  async writeAtomic(path: string, text: string, guard?: WriteGuard): Promise<void> {
    if (this.failWrites) throw new Error('disk full');
    this.beforeReplace?.(path);
    if (guard && this.files.get(path) !== guard.expected) throw new WriteConflict(path);
    this.writes++;
    this.files.set(path, text);
  }

  async delete(path: string): Promise<void> {
    this.files.delete(path);
  }
}
