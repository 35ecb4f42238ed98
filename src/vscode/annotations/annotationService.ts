import * as vscode from 'vscode';
import { AnchoredAnnotation, Annotation, AnnotationStore, CODEBOOK_FILE, StoreChange } from '../../core/annotations';
import { decodeText, isSourceDocumentPath, SIDECAR_SUFFIX } from '../../core/documents';
import { folderFilePath } from '../../core/workspaceFolders';
import { folderPathKeys, prefixOf, toCorpusPath, toUri } from '../adapter';
import { WorkspaceFileSystem } from '../workspace/workspaceFileSystem';
import { listWorkspaceFiles } from '../workspace/workspaceDocuments';

/** A placed annotation together with the document it belongs to. */
export interface PlacedAnnotation extends AnchoredAnnotation {
  documentPath: string;
}

/**
 * Owns the workspace's one AnnotationStore: loads sidecars as documents open (and every sidecar
 * for the Tags tree), moves annotations with unsaved edits, writes sidecars when their source is
 * saved, and reloads what changes on disk. Views and providers listen to `onDidChange`.
 */
export class AnnotationService implements vscode.Disposable {
  readonly store: AnnotationStore;
  private readonly emitter = new vscode.EventEmitter<StoreChange>();
  readonly onDidChange = this.emitter.event;
  private readonly loaded = new Set<string>();
  private readonly loading = new Map<string, Promise<void>>();
  private readonly disposables: vscode.Disposable[] = [this.emitter];
  private readonly fs = new WorkspaceFileSystem(toUri);
  private io: Promise<unknown> = Promise.resolve();

  constructor() {
    // Each workspace folder keeps its own codebook at its root, for the documents inside it.
    this.store = new AnnotationStore({ fs: this.fs, codebookPath: (doc) => folderFilePath(doc, folderPathKeys(), CODEBOOK_FILE) });
    const subscription = this.store.onDidChange((change) => this.emitter.fire(change));
    this.disposables.push({ dispose: () => subscription.dispose() });
  }

  /** Starts listening to the workspace, then loads open documents and every document with a sidecar. */
  async start(): Promise<void> {
    const ws = vscode.workspace;
    this.disposables.push(
      ws.onDidOpenTextDocument((d) => void this.ensureLoaded(d)),
      ws.onDidChangeTextDocument((e) => this.onEdit(e)),
      ws.onDidSaveTextDocument((d) => void this.onSave(d)),
      ws.onDidCloseTextDocument((d) => void this.refreshFromDisk(this.pathOf(d.uri))),
    );
    this.watch(`**/*${SIDECAR_SUFFIX}`, (uri) => this.onSidecarChanged(uri));
    this.watch(`**/${CODEBOOK_FILE}`, (uri) => this.onCodebookChanged(uri));
    this.watch('**/*.{txt,md}', (uri) => this.refreshFromDisk(this.pathOf(uri)));
    await Promise.all(this.codebookPaths().map((path) => this.store.codebooks.at(path).load()));
    const sidecars = (await listWorkspaceFiles((path) => path.endsWith(SIDECAR_SUFFIX), ['**/node_modules', '**/.git'])) ?? (await ws.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**'));
    await Promise.all([
      ...ws.textDocuments.map((d) => this.ensureLoaded(d)),
      ...sidecars.map((uri) => this.loadPath(this.pathOf(uri)?.slice(0, -SIDECAR_SUFFIX.length))),
    ]);
  }

  /** The corpus path of a source document Marginalia annotates, or undefined for any other URI. */
  pathOf(uri: vscode.Uri): string | undefined {
    if (uri.scheme === 'untitled' || !vscode.workspace.getWorkspaceFolder(uri)) return undefined;
    const path = toCorpusPath(uri);
    return isSourceDocumentPath(path) || path.endsWith(SIDECAR_SUFFIX) ? path : undefined;
  }

  /** Loads a document's annotations against its editor text; resolves to its corpus path once loaded. */
  async ensureLoaded(document: vscode.TextDocument): Promise<string | undefined> {
    const path = this.pathOf(document.uri);
    if (!path || !isSourceDocumentPath(path)) return undefined;
    await this.loadPath(path);
    // Edits made while the sidecar was read were not seen by the store: place everything again.
    if (this.loaded.has(path) && !document.isClosed) this.store.reanchor(path, document.getText());
    return path;
  }

  /** The corpus path of each workspace folder's codebook, in folder order. */
  codebookPaths(): string[] {
    return (vscode.workspace.workspaceFolders ?? []).map((folder) => prefixOf(folder) + CODEBOOK_FILE);
  }

  /** Every loaded document's corpus path. */
  documents(): string[] {
    return [...this.loaded].sort();
  }

  /** Every placed annotation of every loaded document. */
  allPlaced(): PlacedAnnotation[] {
    return this.documents().flatMap((documentPath) => this.store.anchored(documentPath).map((a) => ({ ...a, documentPath })));
  }

  /** Every orphan of every loaded document. */
  allOrphans(): { documentPath: string; annotation: Annotation }[] {
    return this.documents().flatMap((documentPath) => this.store.orphans(documentPath).map((annotation) => ({ documentPath, annotation })));
  }

  /** The open editor document of a corpus path, if it is open. */
  openDocument(path: string): vscode.TextDocument | undefined {
    return vscode.workspace.textDocuments.find((d) => !d.isClosed && this.pathOf(d.uri) === path);
  }

  /**
   * Persists a change the user just made: at once when the source has no unsaved edits (so the
   * sidecar's positions match the file on disk), else with the source's next save.
   */
  async commit(path: string): Promise<void> {
    if (!this.openDocument(path)?.isDirty) await this.save(path);
  }

  /** Writes a document's sidecar now (the Save Annotations command and source saves). */
  async save(path: string): Promise<void> {
    const outcome = await this.serially(() => this.store.save(path));
    if (outcome === 'refused') {
      void vscode.window.showWarningMessage(vscode.l10n.t('Marginalia did not save the annotations of {0}: its annotations file has errors (see the Problems panel). Fix it and save again.', path));
    }
  }

  /** Writes the codebooks now, for changes made to them alone (a tag's colour or description). */
  saveCodebook(): Promise<void> {
    return this.serially(async () => {
      for (const codebook of this.store.codebooks.all()) await codebook.save();
    });
  }

  /** Saves every loaded document whose annotations changed. */
  async saveAll(): Promise<void> {
    for (const path of this.documents()) {
      if (this.store.isDirty(path) && !this.openDocument(path)?.isDirty) await this.save(path);
    }
  }

  dispose(): void {
    for (const d of this.disposables.splice(0)) d.dispose();
  }

  private loadPath(path: string | undefined): Promise<void> {
    if (!path || !isSourceDocumentPath(path)) return Promise.resolve();
    if (this.loaded.has(path)) return Promise.resolve();
    let pending = this.loading.get(path);
    if (!pending) {
      pending = this.readText(path)
        .then((text) => (text === undefined ? undefined : this.serially(() => this.store.load(path, text)).then(() => void this.loaded.add(path))))
        .finally(() => this.loading.delete(path));
      this.loading.set(path, pending);
    }
    return pending;
  }

  private async readText(path: string): Promise<string | undefined> {
    const open = this.openDocument(path);
    if (open) return open.getText();
    // A source is read as the analysis reads it (leniently); only sidecars must be strict UTF-8.
    return vscode.workspace.fs.readFile(toUri(path)).then(decodeText, () => undefined);
  }

  private onEdit(event: vscode.TextDocumentChangeEvent): void {
    const path = this.pathOf(event.document.uri);
    if (!path || !this.loaded.has(path) || event.contentChanges.length === 0) return;
    const changes = event.contentChanges.map((c) => ({ start: c.rangeOffset, end: c.rangeOffset + c.rangeLength, text: c.text }));
    this.store.applyTextChanges(path, changes);
  }

  private async onSave(document: vscode.TextDocument): Promise<void> {
    const path = this.pathOf(document.uri);
    if (path && this.loaded.has(path)) await this.save(path);
  }

  private async onSidecarChanged(uri: vscode.Uri): Promise<void> {
    const path = this.pathOf(uri)?.slice(0, -SIDECAR_SUFFIX.length);
    if (!path) return;
    if (this.loaded.has(path)) await this.serially(() => this.store.reload(path));
    else await this.loadPath(path);
  }

  /** Reads a folder's codebook again; a codebook file deeper in a folder is no folder's codebook. */
  private async onCodebookChanged(uri: vscode.Uri): Promise<void> {
    const path = toCorpusPath(uri);
    if (this.codebookPaths().includes(path)) await this.serially(() => this.store.codebooks.at(path).reload());
  }

  /** Places annotations again in a closed document's text after it changed on disk. */
  private async refreshFromDisk(path: string | undefined): Promise<void> {
    if (!path || !this.loaded.has(path) || this.openDocument(path)) return;
    const text = await this.readText(path);
    if (text !== undefined) this.store.reanchor(path, text);
  }

  /**
   * Runs the store's file operations one at a time. A reload that read the file while a save was
   * writing it would otherwise adopt the older text and drop the annotation just saved.
   */
  private serially<T>(operation: () => Promise<T>): Promise<T> {
    const result = this.io.then(operation);
    this.io = result.catch(() => undefined);
    return result;
  }

  private watch(glob: string, handler: (uri: vscode.Uri) => unknown): void {
    const watcher = vscode.workspace.createFileSystemWatcher(glob);
    const run = (uri: vscode.Uri) => void Promise.resolve(handler(uri)).catch((err) => console.error('Marginalia:', err));
    this.disposables.push(watcher, watcher.onDidCreate(run), watcher.onDidChange(run), watcher.onDidDelete(run));
  }
}
