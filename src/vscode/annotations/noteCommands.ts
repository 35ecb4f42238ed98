import * as vscode from 'vscode';
import { AnnotationService } from './annotationService';
import { annotationsAt, resolveTarget, shortText, TargetArgs } from './annotationTarget';
import { Commands, NOTE_SCHEME } from '../ids';

/** Arguments of Add/Edit Note...: a span or an annotation id, and the note (else an editor opens). */
export interface NoteArgs extends TargetArgs {
  id?: string;
  note?: string;
}

/**
 * Registers Add/Edit Note.... A note is multi-line Markdown, so it is written in a real Markdown
 * editor beside the document (with preview, spell checkers and snippets); saving that editor
 * (Ctrl+S) stores the note in the annotation, like a commit message in the Source Control view.
 * A passage without an annotation gets one only when its first note is saved.
 */
export function register(context: vscode.ExtensionContext, service: AnnotationService): void {
  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider(NOTE_SCHEME, new NoteFileSystem(service), { isCaseSensitive: true }),
    vscode.commands.registerCommand(Commands.editNote, (arg?: NoteArgs) => editNote(service, arg)),
  );
}

/** Opens the note editor of the annotation at a span (or, with `note` given, sets it); resolves to its id once it exists. */
async function editNote(service: AnnotationService, arg?: NoteArgs): Promise<string | undefined> {
  const target = await resolveTarget(service, arg);
  if (!target) return undefined;
  const here = arg?.id ? service.store.anchored(target.path).filter((a) => a.annotation.id === arg.id) : annotationsAt(service, target);
  const exact = here.find((a) => a.start === target.start && a.end === target.end);
  const annotation = (exact ?? (target.start === target.end || arg?.id ? here[0] : undefined))?.annotation;
  if (!annotation && target.start === target.end) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage to write a note on, then run Add/Edit Note again.'));
    return undefined;
  }
  if (arg?.note !== undefined) {
    const id = annotation
      ? service.store.update(target.path, annotation.id, { note: arg.note }).id
      : service.store.add(target.path, { start: target.start, end: target.end, note: arg.note }).id;
    await service.commit(target.path);
    return id;
  }
  const query: Record<string, string> = annotation ? { id: annotation.id } : { start: String(target.start), end: String(target.end), n: String(Date.now()) };
  const uri = vscode.Uri.from({ scheme: NOTE_SCHEME, path: `/${target.path}.note.md`, query: new URLSearchParams(query).toString() });
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  const passage = target.document.getText().slice(target.start, target.end);
  void vscode.window.setStatusBarMessage(`Note on “${shortText(annotation?.target.exact ?? passage, 40)}”: write Markdown, save to keep it.`, 8000);
  return annotation?.id;
}

/** What a note editor's URI names: the document, and the annotation's id or the span of a new one. */
function parseNoteUri(uri: vscode.Uri): { documentPath: string; id?: string; start: number; end: number } {
  const query = new URLSearchParams(uri.query);
  return { documentPath: uri.path.slice(1, -'.note.md'.length), id: query.get('id') ?? undefined, start: Number(query.get('start')), end: Number(query.get('end')) };
}

/** Serves each annotation's note as a Markdown file and stores what the user saves. */
class NoteFileSystem implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  /** The annotations created by saving a note on a passage that had none, by note URI. */
  private readonly created = new Map<string, string>();

  constructor(private readonly service: AnnotationService) {}

  stat(uri: vscode.Uri): vscode.FileStat {
    const annotation = this.annotation(uri);
    const time = (iso?: string) => (iso ? Date.parse(iso) || 0 : Date.now());
    return { type: vscode.FileType.File, ctime: time(annotation?.created), mtime: time(annotation?.modified), size: (annotation?.note ?? '').length };
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return new TextEncoder().encode(this.annotation(uri)?.note ?? '');
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    const { documentPath, start, end } = parseNoteUri(uri);
    const note = new TextDecoder().decode(content).replace(/\s+$/, '');
    const annotation = this.annotation(uri);
    if (annotation && !note && annotation.tags.length === 0 && !annotation.correction) {
      // Clearing the only thing an annotation held removes it rather than keeping an empty one.
      this.service.store.remove(documentPath, annotation.id);
      this.created.delete(uri.toString());
    } else if (annotation) {
      this.service.store.update(documentPath, annotation.id, { note });
    } else if (note) {
      this.created.set(uri.toString(), this.service.store.add(documentPath, { start, end, note }).id);
    }
    await this.service.commit(documentPath);
    this.emitter.fire([{ type: vscode.FileChangeType.Changed, uri }]);
  }

  watch(): vscode.Disposable {
    return new vscode.Disposable(() => undefined);
  }

  readDirectory(): [string, vscode.FileType][] {
    return [];
  }

  createDirectory(): void {
    throw vscode.FileSystemError.NoPermissions('notes have no folders');
  }

  delete(): void {
    throw vscode.FileSystemError.NoPermissions('remove a note by clearing its text');
  }

  rename(): void {
    throw vscode.FileSystemError.NoPermissions('notes cannot be renamed');
  }

  /** The annotation a note editor belongs to; undefined for a new note not saved yet. */
  private annotation(uri: vscode.Uri) {
    const { documentPath, id } = parseNoteUri(uri);
    if (!this.service.store.isLoaded(documentPath)) throw vscode.FileSystemError.FileNotFound(uri);
    const known = id ?? this.created.get(uri.toString());
    if (known === undefined) return undefined;
    const annotation = this.service.store.get(documentPath, known);
    if (!annotation && id !== undefined) throw vscode.FileSystemError.FileNotFound(uri);
    return annotation;
  }
}
