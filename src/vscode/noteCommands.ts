import * as vscode from 'vscode';
import { AnnotationCommands, NOTE_SCHEME } from './annotationIds';
import { AnnotationService } from './annotationService';
import { annotationsAt, resolveTarget, shortText, TargetArgs } from './annotationTarget';

/** Arguments of Add/Edit Note...: a span or an annotation id, and the note (else an editor opens). */
export interface NoteArgs extends TargetArgs {
  id?: string;
  note?: string;
}

/**
 * Registers Add/Edit Note.... A note is multi-line Markdown, so it is written in a real Markdown
 * editor beside the document (with preview, spell checkers and snippets); saving that editor
 * (Ctrl+S) stores the note in the annotation, like a commit message in the Source Control view.
 */
export function register(context: vscode.ExtensionContext, service: AnnotationService): void {
  context.subscriptions.push(
    vscode.workspace.registerFileSystemProvider(NOTE_SCHEME, new NoteFileSystem(service), { isCaseSensitive: true }),
    vscode.commands.registerCommand(AnnotationCommands.editNote, (arg?: NoteArgs) => editNote(service, arg)),
    vscode.workspace.onDidCloseTextDocument((d) => {
      if (d.uri.scheme === NOTE_SCHEME) dropIfEmpty(service, d.uri);
    }),
  );
}

/** Opens (or, with `note` given, sets) the note of the annotation at a span; resolves to its id. */
async function editNote(service: AnnotationService, arg?: NoteArgs): Promise<string | undefined> {
  const target = await resolveTarget(service, arg);
  if (!target) return undefined;
  const here = arg?.id ? service.store.anchored(target.path).filter((a) => a.annotation.id === arg.id) : annotationsAt(service, target);
  const exact = here.find((a) => a.start === target.start && a.end === target.end);
  let annotation = (exact ?? (target.start === target.end ? here[0] : undefined))?.annotation;
  if (!annotation) {
    if (target.start === target.end) {
      void vscode.window.showInformationMessage('Select the passage to write a note on, then run Add/Edit Note again.');
      return undefined;
    }
    annotation = service.store.add(target.path, { start: target.start, end: target.end });
  }
  if (arg?.note !== undefined) {
    service.store.update(target.path, annotation.id, { note: arg.note });
    await service.commit(target.path);
    return annotation.id;
  }
  const uri = noteUri(target.path, annotation.id);
  const document = await vscode.workspace.openTextDocument(uri);
  await vscode.languages.setTextDocumentLanguage(document, 'markdown');
  await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
  void vscode.window.setStatusBarMessage(`Note on “${shortText(annotation.target.exact, 40)}”: write Markdown, save to keep it.`, 8000);
  return annotation.id;
}

/** The note editor's URI: the document's path (for the tab title) and the annotation's id. */
function noteUri(documentPath: string, id: string): vscode.Uri {
  return vscode.Uri.from({ scheme: NOTE_SCHEME, path: `/${documentPath}.note.md`, query: `id=${encodeURIComponent(id)}` });
}

function parseNoteUri(uri: vscode.Uri): { documentPath: string; id: string } {
  const id = new URLSearchParams(uri.query).get('id') ?? '';
  return { documentPath: uri.path.slice(1, -'.note.md'.length), id };
}

/** An annotation created only to hold a note, closed without one, is not kept. */
function dropIfEmpty(service: AnnotationService, uri: vscode.Uri): void {
  const { documentPath, id } = parseNoteUri(uri);
  if (!service.store.isLoaded(documentPath)) return;
  const annotation = service.store.get(documentPath, id);
  if (annotation && !annotation.note && annotation.tags.length === 0 && !annotation.correction) {
    service.store.remove(documentPath, id);
    void service.commit(documentPath);
  }
}

/** Serves each annotation's note as a Markdown file and stores what the user saves. */
class NoteFileSystem implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;

  constructor(private readonly service: AnnotationService) {}

  stat(uri: vscode.Uri): vscode.FileStat {
    const annotation = this.annotation(uri);
    return { type: vscode.FileType.File, ctime: Date.parse(annotation.created) || 0, mtime: Date.parse(annotation.modified) || 0, size: (annotation.note ?? '').length };
  }

  readFile(uri: vscode.Uri): Uint8Array {
    return new TextEncoder().encode(this.annotation(uri).note ?? '');
  }

  async writeFile(uri: vscode.Uri, content: Uint8Array): Promise<void> {
    const { documentPath, id } = parseNoteUri(uri);
    this.annotation(uri);
    this.service.store.update(documentPath, id, { note: new TextDecoder().decode(content).replace(/\s+$/, '') });
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

  private annotation(uri: vscode.Uri) {
    const { documentPath, id } = parseNoteUri(uri);
    const annotation = this.service.store.isLoaded(documentPath) ? this.service.store.get(documentPath, id) : undefined;
    if (!annotation) throw vscode.FileSystemError.FileNotFound(uri);
    return annotation;
  }
}
