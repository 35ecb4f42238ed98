import { CodebookStore } from './codebookStore';
import { FileSystem } from './fileSystem';
import { Problem } from './model';

/**
 * The codebooks of a workspace, one per file path: a one-folder workspace has one, a workspace of
 * several folders one per folder. `pathFor` names the codebook a document's tags belong to.
 */
export class CodebookSet {
  private readonly stores = new Map<string | undefined, CodebookStore>();

  constructor(
    private readonly fs: FileSystem,
    private readonly pathFor: (documentPath: string) => string | undefined,
    private readonly emit: (change: { kind: 'codebook' } | { kind: 'problems' }) => void,
  ) {}

  /** The codebook a document's tags belong to. */
  of(documentPath: string): CodebookStore {
    return this.at(this.pathFor(documentPath));
  }

  /** The codebook kept at a file path (created empty, not yet read, on first use). */
  at(path: string | undefined): CodebookStore {
    let store = this.stores.get(path);
    if (!store) {
      store = new CodebookStore(this.fs, path, this.emit);
      this.stores.set(path, store);
    }
    return store;
  }

  /** Every codebook in use so far. */
  all(): CodebookStore[] {
    return [...this.stores.values()];
  }

  /** Why any codebook file cannot be used. */
  problems(): Problem[] {
    return this.all().flatMap((c) => c.problems());
  }
}
