import { sidecarPathFor } from '../documents';
import { AnnotationHistory } from './annotationHistory';
import { CodebookSet } from './codebookSet';
import type { CodebookStore } from './codebookStore';
import { anchoredOf, applyChanges, DocumentState, entriesFor, offsetMapOf, savedAnnotations } from './documentState';
import { FileSystem, WriteConflict } from './fileSystem';
import { AnchoredAnnotation, Annotation, AnnotationPatch, NewAnnotation, Problem, TextChange } from './model';
import { adoptDiskText, readSidecarText, SaveOutcome, writeSidecarOnce } from './sidecarDisk';
import { describeTarget } from './textTarget';

export type { SaveOutcome } from './sidecarDisk';

/** How many times a save merges and tries again when another writer keeps changing the sidecar. */
const MAX_WRITE_TRIES = 5;

/** What the store needs from its host: file access, and optionally a clock and an id source for tests. */
export interface AnnotationStoreOptions {
  fs: FileSystem;
  /**
   * The codebook's path for `fs`, or the path of the codebook each document's tags belong to (one
   * per workspace folder); without one, tags are tracked in memory only.
   */
  codebookPath?: string | ((documentPath: string) => string);
  now?: () => string;
  newId?: () => string;
  /** The most characters a written sidecar may have: the reader's own limit unless set lower. */
  maxSidecarLength?: number;
}

/** What changed in the store: one document's annotations, the codebook, or the problems list. */
export type StoreChange = { kind: 'annotations'; documentPath: string } | { kind: 'codebook' } | { kind: 'problems' };


/**
 * The one owner of annotation state. It loads each document's sidecar against the document's
 * text, keeps annotations placed (in UTF-16 offsets) while the text is edited, saves atomically,
 * merges changes made on disk by id, and reports problems. It never overwrites a sidecar it could
 * not parse, and never drops an annotation it cannot place: that one becomes an orphan.
 */
export class AnnotationStore {
  private readonly docs = new Map<string, DocumentState>();
  private readonly history = new AnnotationHistory();
  private readonly listeners: ((change: StoreChange) => void)[] = [];
  private readonly now: () => string;
  private readonly newId: () => string;
  /** Every codebook: one per file, as `codebookPath` names them. */
  readonly codebooks: CodebookSet;

  constructor(private readonly options: AnnotationStoreOptions) {
    this.now = options.now ?? (() => new Date().toISOString());
    this.newId = options.newId ?? (() => globalThis.crypto.randomUUID().replace(/-/g, '').slice(0, 12));
    const { codebookPath } = options;
    const pathFor = typeof codebookPath === 'function' ? codebookPath : () => codebookPath;
    this.codebooks = new CodebookSet(options.fs, pathFor, (change) => this.emit(change));
  }

  /** The codebook of a one-folder workspace (of the first folder with several): tags with colours and descriptions. */
  get codebook(): CodebookStore {
    return this.codebooks.of('');
  }

  /** The codebook a document's tags belong to. */
  codebookFor(documentPath: string): CodebookStore {
    return this.codebooks.of(documentPath);
  }

  /** Subscribes to changes; call `dispose` on the result to unsubscribe. */
  onDidChange(listener: (change: StoreChange) => void): { dispose(): void } {
    this.listeners.push(listener);
    return {
      dispose: () => {
        const index = this.listeners.indexOf(listener);
        if (index >= 0) this.listeners.splice(index, 1);
      },
    };
  }

  /**
   * Reads a document's sidecar (if any) and places its annotations in `text`, the document's
   * current text. Loading a document again starts afresh; use `reload` or `reanchor` to keep
   * unsaved changes.
   */
  async load(documentPath: string, text: string): Promise<void> {
    await this.codebookFor(documentPath).load();
    const sidecarPath = sidecarPathFor(documentPath);
    const state: DocumentState = { path: documentPath, sidecarPath, text, entries: new Map(), base: [], problems: [], dirty: false, revision: 0 };
    this.docs.set(documentPath, state);
    this.adoptDisk(state, await readSidecarText(this.options.fs, sidecarPath));
    this.emit({ kind: 'annotations', documentPath });
  }

  /** Whether a document has been loaded. */
  isLoaded(documentPath: string): boolean {
    return this.docs.has(documentPath);
  }

  /** Forgets a document (for instance when its editor closes); unsaved annotation changes are dropped. */
  close(documentPath: string): void {
    this.docs.delete(documentPath);
    this.history.forget(documentPath);
  }

  /** The annotations placed in the document's current text, in text order, with UTF-16 offsets. */
  anchored(documentPath: string): AnchoredAnnotation[] {
    return anchoredOf(this.state(documentPath));
  }

  /** The annotations that could not be placed, each with its last known text. */
  orphans(documentPath: string): Annotation[] {
    return [...this.state(documentPath).entries.values()].filter((e) => !e.range).map((e) => e.annotation);
  }

  /** The placed annotations marked for review: another place matched nearly as well, or the match was weak. */
  needingReview(documentPath: string): AnchoredAnnotation[] {
    return this.anchored(documentPath).filter((a) => a.review);
  }

  /** Accepts a placement marked for review, so the next save describes the annotation where it now is; false when it was not marked. */
  confirm(documentPath: string, id: string): boolean {
    const state = this.state(documentPath);
    const entry = state.entries.get(id);
    if (!entry?.review) return false;
    delete entry.review;
    this.changed(state);
    return true;
  }

  /** The placed annotations that cover a UTF-16 offset (a cursor at either end counts), innermost first. */
  annotationsAt(documentPath: string, offset: number): AnchoredAnnotation[] {
    return this.anchored(documentPath)
      .filter((a) => a.start <= offset && offset <= a.end)
      .sort((a, b) => a.end - a.start - (b.end - b.start));
  }

  /** The paths of the loaded documents. */
  documents(): string[] {
    return [...this.docs.keys()];
  }

  /** Every tag used by an annotation of a loaded document, sorted. */
  usedTags(): string[] {
    const tags = new Set<string>();
    for (const state of this.docs.values()) for (const { annotation } of state.entries.values()) annotation.tags.forEach((t) => tags.add(t));
    return [...tags].sort();
  }

  /** One annotation by id, placed or not. */
  get(documentPath: string, id: string): Annotation | undefined {
    return this.state(documentPath).entries.get(id)?.annotation;
  }

  /** Whether a document has annotation changes not yet written to its sidecar. */
  isDirty(documentPath: string): boolean {
    return this.state(documentPath).dirty;
  }

  /** Creates an annotation over [start, end) (UTF-16) of the current text; new tags join the codebook. */
  add(documentPath: string, input: NewAnnotation): Annotation {
    const state = this.state(documentPath);
    if (!(input.start >= 0 && input.start < input.end && input.end <= state.text.length)) {
      throw new Error(`cannot annotate [${input.start}, ${input.end}): not a non-empty range of the text`);
    }
    const codebook = this.codebookFor(documentPath);
    const tags = codebook.checkTags(input.tags ?? []);
    let id = this.newId();
    while (state.entries.has(id)) id = this.newId();
    const time = this.now();
    const annotation: Annotation = { id, tags, created: time, modified: time, target: describeTarget(offsetMapOf(state), input.start, input.end) };
    if (input.note !== undefined && input.note !== '') annotation.note = input.note;
    if (input.correction) annotation.correction = input.correction;
    state.entries.set(id, { annotation, range: { start: input.start, end: input.end } });
    this.history.remember(documentPath, { kind: 'added', id }, state.text);
    this.changed(state);
    codebook.addUsed(tags);
    return annotation;
  }

  /** Changes an annotation's tags, note or correction (null removes the note or correction). */
  update(documentPath: string, id: string, patch: AnnotationPatch): Annotation {
    const state = this.state(documentPath);
    const entry = state.entries.get(id);
    if (!entry) throw new Error(`no annotation ${id} in ${documentPath}`);
    const next: Annotation = { ...entry.annotation, modified: this.now() };
    const codebook = this.codebookFor(documentPath);
    if (patch.tags) next.tags = codebook.checkTags(patch.tags);
    if (patch.note === null || patch.note === '') delete next.note;
    else if (patch.note !== undefined) next.note = patch.note;
    if (patch.correction === null) delete next.correction;
    else if (patch.correction) next.correction = patch.correction;
    this.history.remember(documentPath, { kind: 'updated', before: entry.annotation }, state.text);
    entry.annotation = next;
    this.changed(state);
    codebook.addUsed(next.tags);
    return next;
  }

  /** Removes an annotation; false when there was none with that id. */
  remove(documentPath: string, id: string): boolean {
    const state = this.state(documentPath);
    const step = AnnotationHistory.removal(state, id);
    if (!step || !state.entries.delete(id)) return false;
    this.history.remember(documentPath, step, state.text);
    this.changed(state);
    return true;
  }

  /**
   * Whether the newest change of a document, its text edits included, is an annotation change, so
   * the editor's own undo should revert it (`undo`) rather than a text edit.
   */
  undoesAnnotation(documentPath: string): boolean {
    const state = this.docs.get(documentPath);
    return state !== undefined && this.history.isNewest(state);
  }

  /** Reverts the newest add, update or removal of an annotation in a document; false when none is left. */
  undo(documentPath: string): boolean {
    const state = this.state(documentPath);
    if (!this.history.undo(state)) return false;
    this.changed(state);
    return true;
  }

  /**
   * Moves annotations with unsaved edits of the document. Changes apply in sequence, each in
   * offsets of the text the previous one produced (as VS Code reports them). An annotation whose
   * whole text is replaced becomes an orphan; an orphan whose text comes back (an undo) is placed again.
   */
  applyTextChanges(documentPath: string, changes: readonly TextChange[]): void {
    applyChanges(this.state(documentPath), changes);
    this.emit({ kind: 'annotations', documentPath });
  }

  /** Places every annotation again in a new text, for changes the store did not see (a revert, a reload). */
  reanchor(documentPath: string, text: string): void {
    const state = this.state(documentPath);
    const annotations = savedAnnotations(state);
    state.text = text;
    state.entries = entriesFor(state, annotations);
    this.emit({ kind: 'annotations', documentPath });
  }

  /**
   * Writes the sidecar atomically, or deletes it when no annotation is left. A sidecar that did not
   * parse is never overwritten. One changed on disk since it was read is merged first, and again
   * whenever another writer changes it between this read and the rename (up to MAX_WRITE_TRIES).
   */
  async save(documentPath: string): Promise<SaveOutcome> {
    const state = this.state(documentPath);
    for (let attempt = 1; ; attempt++) {
      const onDisk = await readSidecarText(this.options.fs, state.sidecarPath);
      if (onDisk !== state.diskText) {
        this.adoptDisk(state, onDisk);
        this.emit({ kind: 'annotations', documentPath });
      }
      if (state.problems.length > 0) return 'refused';
      if (attempt === 1) await this.codebookFor(documentPath).save();
      try {
        return await writeSidecarOnce(this.options.fs, state, this.options.maxSidecarLength);
      } catch (err) {
        if (!(err instanceof WriteConflict) || attempt >= MAX_WRITE_TRIES) throw err;
      }
    }
  }

  /** Reads the sidecar again after a change on disk, merging by id with unsaved changes so nothing is lost. */
  async reload(documentPath: string): Promise<void> {
    const state = this.state(documentPath);
    const onDisk = await readSidecarText(this.options.fs, state.sidecarPath);
    if (onDisk === state.diskText && state.problems.length === 0) return;
    this.adoptDisk(state, onDisk);
    this.emit({ kind: 'annotations', documentPath });
  }

  /** Every problem that stops a sidecar or the codebook from being used, with file and line. */
  problems(): Problem[] {
    return [...[...this.docs.values()].flatMap((s) => [...s.problems, ...(s.invalid?.problems ?? [])]), ...this.codebooks.problems()];
  }

  /** Takes in the sidecar text now on disk and tells whoever listens what changed. */
  private adoptDisk(state: DocumentState, onDisk: string | undefined | Problem): void {
    const { problemsChanged, tags } = adoptDiskText(state, onDisk, this.now);
    if (tags) this.codebookFor(state.path).addUsed(tags);
    if (problemsChanged) this.emit({ kind: 'problems' });
  }

  private changed(state: DocumentState): void {
    state.dirty = true;
    state.revision++;
    this.emit({ kind: 'annotations', documentPath: state.path });
  }

  private state(documentPath: string): DocumentState {
    const state = this.docs.get(documentPath);
    if (!state) throw new Error(`annotations for ${documentPath} are not loaded`);
    return state;
  }

  private emit(change: StoreChange): void {
    for (const listener of [...this.listeners]) listener(change);
  }
}
