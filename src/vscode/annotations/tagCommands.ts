import * as vscode from 'vscode';
import { Annotation } from '../../core/annotations';
import { sidecarPathFor } from '../../core/documents';
import { prefixOf, toRange, toUri } from '../adapter';
import { AnnotationService, PlacedAnnotation } from './annotationService';
import { annotationsAt, resolveTarget, shortText, Target, TargetArgs } from './annotationTarget';
import { pickOneTag, pickTags } from './tagPicker';
import { Commands, InternalCommands } from '../ids';

/** Arguments of Tag Selection... and Remove Tag...: a span, and the tags (else a quick pick asks). */
export interface TagArgs extends TargetArgs {
  tags?: string[];
  id?: string;
}

/** Registers Tag Selection..., Remove Tag..., Show Passages with Tag..., Open Annotations File and Save Annotations. */
export function register(context: vscode.ExtensionContext, service: AnnotationService): void {
  const command = (id: string, run: Parameters<typeof vscode.commands.registerCommand>[1]) => context.subscriptions.push(vscode.commands.registerCommand(id, run));
  command(Commands.tagSelection, (arg?: TagArgs) => tagSelection(service, arg));
  command(Commands.removeTag, (arg?: TagArgs) => removeTag(service, arg));
  command(Commands.showPassagesWithTag, (arg?: { tag?: string; prefix?: string }) => showPassagesWithTag(service, arg?.tag, arg?.prefix));
  command(Commands.editTag, (arg?: EditTagArgs) => editTag(service, arg));
  command(Commands.openAnnotationsFile, (arg?: TargetArgs) => openAnnotationsFile(service, arg));
  command(Commands.saveAnnotations, async (arg?: TargetArgs) => {
    const target = arg ? await resolveTarget(service, arg) : undefined;
    if (target) await service.save(target.path);
    else await service.saveAll();
  });
  command(InternalCommands.openPassage, (arg: { documentPath: string; start: number; end: number }) => openPassage(arg));
}

/** Tags a span; resolves to the annotation's id, or undefined when nothing was tagged. */
async function tagSelection(service: AnnotationService, arg?: TagArgs): Promise<string | undefined> {
  const target = await resolveTarget(service, arg);
  if (!target) return undefined;
  widenToWord(target);
  if (target.start === target.end) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage to tag, then run Tag Selection again.'));
    return undefined;
  }
  const existing = service.store.anchored(target.path).find((a) => a.start === target.start && a.end === target.end);
  const title = vscode.l10n.t('Tag “{0}”', shortText(target.document.getText().slice(target.start, target.end), 40));
  const tags = arg?.tags ?? (await pickTags(service, target.path, existing?.annotation.tags ?? [], title));
  if (!tags) return undefined;
  let id: string | undefined;
  if (existing) id = setTags(service, target.path, existing.annotation, tags);
  else if (tags.length > 0) id = service.store.add(target.path, { start: target.start, end: target.end, tags }).id;
  await service.commit(target.path);
  return id;
}

/** Removes tags from the annotations at a span; an annotation left with nothing is deleted. */
async function removeTag(service: AnnotationService, arg?: TagArgs): Promise<number> {
  const target = await resolveTarget(service, arg);
  if (!target) return 0;
  const candidates = arg?.id ? service.store.anchored(target.path).filter((a) => a.annotation.id === arg.id) : annotationsAt(service, target);
  const pairs = candidates.flatMap((a) => a.annotation.tags.map((tag) => ({ annotation: a.annotation, tag, text: textOf(target, a) })));
  if (pairs.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no tagged passage here.'));
    return 0;
  }
  const chosen = arg?.tags
    ? pairs.filter((p) => arg.tags!.includes(p.tag))
    : await vscode.window.showQuickPick(
        pairs.map((p) => ({ ...p, label: p.tag, description: shortText(p.text), iconPath: new vscode.ThemeIcon('tag') })),
        { canPickMany: true, placeHolder: vscode.l10n.t('Tags to remove') },
      );
  if (!chosen || chosen.length === 0) return 0;
  for (const a of candidates) {
    const drop = new Set(chosen.filter((p) => p.annotation.id === a.annotation.id).map((p) => p.tag));
    if (drop.size > 0) setTags(service, target.path, a.annotation, a.annotation.tags.filter((t) => !drop.has(t)));
  }
  await service.commit(target.path);
  return chosen.length;
}

/** Gives an annotation new tags, deleting it when it would carry nothing at all; returns its id if kept. */
function setTags(service: AnnotationService, path: string, annotation: Annotation, tags: string[]): string | undefined {
  if (tags.length === 0 && !annotation.note && !annotation.correction) {
    service.store.remove(path, annotation.id);
    return undefined;
  }
  return service.store.update(path, annotation.id, { tags }).id;
}

/**
 * Lists the passages carrying a tag (or a tag below it) in a quick pick, those of one folder when
 * its corpus-path prefix is given (a Tags view row); resolves to them for scripts.
 */
async function showPassagesWithTag(service: AnnotationService, given?: string, prefix = ''): Promise<PlacedAnnotation[]> {
  const tag = given ?? (await pickOneTag(service, vscode.l10n.t('Show the passages with which tag?')));
  if (!tag) return [];
  const passages = service.allPlaced().filter((p) => p.documentPath.startsWith(prefix) && p.annotation.tags.some((t) => t === tag || t.startsWith(`${tag}/`)));
  const items = passages.map((p) => ({
    label: shortText(p.annotation.target.exact, 80),
    description: p.documentPath,
    detail: p.annotation.note ? shortText(p.annotation.note, 100) : undefined,
    passage: p,
  }));
  // The pick is not awaited so that a script calling the command gets the passages at once.
  void vscode.window.showQuickPick(items, { placeHolder: vscode.l10n.t('{0} passages tagged {1}', passages.length, tag), matchOnDescription: true, matchOnDetail: true }).then((picked) => {
    if (picked) void openPassage(picked.passage);
  });
  return passages;
}

/** Edit Tag's arguments: a Tags view row (tag and folder prefix) or a script's tag, colour and description. */
interface EditTagArgs {
  tag?: string;
  prefix?: string;
  color?: string;
  description?: string;
}

/** Sets a tag's colour and description in its folder's codebook, asking for whatever the arguments leave out. */
async function editTag(service: AnnotationService, arg?: EditTagArgs): Promise<boolean> {
  const prefix = arg?.prefix ?? (await folderOfCommand());
  if (prefix === undefined) return false;
  const tag = arg?.tag ?? (await pickOneTag(service, vscode.l10n.t('Which tag do you want to describe or recolour?'), prefix));
  if (!tag) return false;
  const codebook = service.store.codebookFor(prefix);
  const old = codebook.current().tags.get(tag);
  const color =
    arg?.color ??
    (await vscode.window.showInputBox({
      title: vscode.l10n.t('Colour of {0}', tag),
      value: old?.color,
      prompt: vscode.l10n.t('A colour like #4363d8; it marks the tag in the editor and the Tags view.'),
      validateInput: (v) => (/^#[0-9a-fA-F]{6}$/.test(v.trim()) ? undefined : vscode.l10n.t('Use six hexadecimal digits after #, like #4363d8')),
    }));
  if (color === undefined) return false;
  const description = arg?.description ?? (await vscode.window.showInputBox({ title: vscode.l10n.t('Description of {0}', tag), value: old?.description, prompt: vscode.l10n.t('What the tag means, for whoever codes with it (optional).') }));
  if (description === undefined) return false;
  codebook.setTag(tag, description.trim() ? { color: color.trim(), description: description.trim() } : { color: color.trim() });
  await service.saveCodebook();
  return true;
}

/**
 * The corpus-path prefix of the folder a command acts on: the active editor's, else the only
 * folder, else the one the user picks (undefined when they cancel).
 */
async function folderOfCommand(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const folders = vscode.workspace.workspaceFolders ?? [];
  const inEditor = editor && vscode.workspace.getWorkspaceFolder(editor.document.uri);
  if (inEditor) return prefixOf(inEditor);
  if (folders.length <= 1) return '';
  const picked = await vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which folder\'s codebook?') });
  return picked && prefixOf(picked);
}

/** Opens a document with a passage selected. */
export async function openPassage(p: { documentPath: string; start: number; end: number }): Promise<void> {
  const document = await vscode.workspace.openTextDocument(toUri(p.documentPath));
  const range = toRange(document, p.start, p.end);
  await vscode.window.showTextDocument(document, { selection: range, preserveFocus: false });
}

async function openAnnotationsFile(service: AnnotationService, arg?: TargetArgs): Promise<vscode.Uri | undefined> {
  const target = await resolveTarget(service, arg);
  if (!target) return undefined;
  if (service.store.isDirty(target.path)) await service.save(target.path);
  const uri = toUri(sidecarPathFor(target.path));
  try {
    await vscode.workspace.fs.stat(uri);
  } catch {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} has no annotations yet: tag a passage to create its annotations file.', target.path));
    return undefined;
  }
  await vscode.window.showTextDocument(uri, { preview: false });
  return uri;
}

/** An empty selection in an editor means the word under the cursor. */
function widenToWord(target: Target): void {
  if (target.start !== target.end) return;
  const range = target.document.getWordRangeAtPosition(target.document.positionAt(target.start));
  if (!range) return;
  target.start = target.document.offsetAt(range.start);
  target.end = target.document.offsetAt(range.end);
}

function textOf(target: Target, a: { start: number; end: number }): string {
  return target.document.getText().slice(a.start, a.end);
}
