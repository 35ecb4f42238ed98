import { Document } from 'yaml';
import { addMissingTags, Codebook, emptyCodebook, isValidTag, parseCodebook, serializeCodebook, TagInfo, TagNode, tagTree } from './codebook';
import { FileSystem, NotUtf8Error, notUtf8Problem } from './fileSystem';
import { Problem } from './model';

/**
 * The workspace codebook inside the annotation store: read once, grown with every tag used, and
 * written with the next save. A codebook that does not parse is reported and never overwritten.
 */
export class CodebookStore {
  private codebook: Codebook = emptyCodebook();
  private document?: Document;
  private diskText?: string;
  private loaded?: Promise<void>;
  private dirty = false;
  private fileProblems: Problem[] = [];

  constructor(
    private readonly fs: FileSystem,
    /** The codebook file's path for the file system; undefined when tags are kept in memory only. */
    readonly path: string | undefined,
    private readonly emit: (change: { kind: 'codebook' } | { kind: 'problems' }) => void,
  ) {}

  /** Reads the codebook file the first time it is called; later calls wait for that same read. */
  load(): Promise<void> {
    this.loaded ??= this.reload();
    return this.loaded;
  }

  /** Reads the codebook file again (after a change on disk), keeping tags added since in memory. */
  async reload(): Promise<void> {
    if (this.path === undefined) return;
    let text: string | undefined;
    try {
      text = await this.fs.read(this.path);
    } catch (err) {
      if (!(err instanceof NotUtf8Error)) throw err;
      this.fileProblems = [notUtf8Problem(err)];
      this.emit({ kind: 'problems' });
      return;
    }
    const unsaved = this.dirty ? [...this.codebook.tags] : [];
    const parsed = text === undefined ? undefined : parseCodebook(text, this.path);
    this.fileProblems = parsed && !parsed.ok ? parsed.problems : [];
    if (parsed?.ok || parsed === undefined) {
      this.codebook = parsed?.ok ? parsed.codebook : emptyCodebook();
      this.document = parsed?.ok ? parsed.document : undefined;
      this.diskText = text;
      for (const [tag, info] of unsaved) if (!this.codebook.tags.has(tag)) this.codebook.tags.set(tag, info);
      this.dirty = unsaved.some(([tag]) => !parsed?.ok || !parsed.codebook.tags.has(tag));
    }
    this.emit({ kind: 'codebook' });
    this.emit({ kind: 'problems' });
  }

  /** The tags and what the codebook says about each. */
  current(): Codebook {
    return this.codebook;
  }

  /** The tag hierarchy for a tree view: codebook tags plus any other tags given. */
  tree(usedTags: Iterable<string> = []): TagNode[] {
    return tagTree(usedTags, this.codebook);
  }

  /** Sets a tag's colour and description, adding the tag if it is new. */
  setTag(tag: string, info: TagInfo): void {
    this.checkTags([tag]);
    this.codebook.tags.set(tag, info);
    this.markDirty();
  }

  /** Trimmed, de-duplicated tags; throws on a name that is not a valid tag so nothing odd is saved. */
  checkTags(tags: readonly string[]): string[] {
    const clean = [...new Set(tags.map((t) => t.trim()))];
    const bad = clean.find((t) => !isValidTag(t));
    if (bad !== undefined) throw new Error(`"${bad}" is not a valid tag (use names like topic/taiwan)`);
    return clean;
  }

  /** Adds tags used by annotations that the codebook does not know yet. */
  addUsed(tags: Iterable<string>): void {
    if (addMissingTags(this.codebook, tags).length > 0) this.markDirty();
  }

  /** Whether the codebook has changes not yet written. */
  isDirty(): boolean {
    return this.dirty;
  }

  /** Writes the codebook atomically if it changed; never over a file that did not parse. */
  async save(): Promise<void> {
    if (this.path === undefined || !this.dirty || this.fileProblems.length > 0) return;
    this.document ??= new Document({});
    const text = serializeCodebook(this.codebook, this.document);
    if (text !== this.diskText) await this.fs.writeAtomic(this.path, text);
    this.diskText = text;
    this.dirty = false;
  }

  /** Why the codebook file cannot be used, if it cannot. */
  problems(): Problem[] {
    return this.fileProblems;
  }

  private markDirty(): void {
    this.dirty = true;
    this.emit({ kind: 'codebook' });
  }
}
