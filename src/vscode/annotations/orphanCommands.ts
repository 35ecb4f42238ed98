import * as vscode from 'vscode';
import { AnnotationService } from './annotationService';
import { resolveTarget, shortText } from './annotationTarget';
import { Commands } from '../ids';

/** Registers the Tags view's actions on orphans (re-attach, delete) and on unsure placements (confirm). */
export function register(context: vscode.ExtensionContext, service: AnnotationService): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.reattachOrphan, (arg: OrphanArgs) => reattachOrphan(service, arg)),
    vscode.commands.registerCommand(Commands.deleteOrphan, (arg: OrphanArgs) => deleteOrphan(service, arg)),
    vscode.commands.registerCommand(Commands.confirmPlacement, (arg: ReviewArgs) => confirmPlacement(service, arg)),
  );
}

/** Names an orphan; `uri`, `start` and `end` optionally give where to re-attach it (else the selection). */
interface OrphanArgs {
  documentPath: string;
  id: string;
  uri?: string;
  start?: number;
  end?: number;
}

async function reattachOrphan(service: AnnotationService, arg: OrphanArgs): Promise<string | undefined> {
  const orphan = service.store.get(arg.documentPath, arg.id);
  const target = await resolveTarget(service, arg.uri ? { uri: arg.uri, start: arg.start, end: arg.end } : undefined);
  if (!orphan || !target || target.start === target.end) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Select the passage the annotation belongs to, then choose Re-attach.'));
    return undefined;
  }
  // The store has no "move" operation: the orphan's content is copied to the new place, then the orphan goes.
  const placed = service.store.add(target.path, { start: target.start, end: target.end, tags: orphan.tags, note: orphan.note, correction: orphan.correction });
  service.store.remove(arg.documentPath, arg.id);
  await service.commit(target.path);
  if (target.path !== arg.documentPath) await service.commit(arg.documentPath);
  return placed.id;
}

async function deleteOrphan(service: AnnotationService, arg: OrphanArgs): Promise<void> {
  const orphan = service.store.get(arg.documentPath, arg.id);
  if (!orphan) return;
  const remove = vscode.l10n.t('Delete');
  const text = shortText(orphan.target.exact, 50);
  const answer = await vscode.window.showWarningMessage(
    orphan.tags.length
      ? vscode.l10n.t('Delete the annotation on “{0}” ({1})? Its tags and note will be lost.', text, orphan.tags.join(', '))
      : vscode.l10n.t('Delete the annotation on “{0}”? Its tags and note will be lost.', text),
    { modal: true },
    remove,
  );
  if (answer !== remove) return;
  service.store.remove(arg.documentPath, arg.id);
  await service.commit(arg.documentPath);
}

/** Names a placement marked for review: a Tags view row, or a document path and an annotation id. */
interface ReviewArgs {
  id: string;
  documentPath?: string;
  placed?: { documentPath: string };
}

/** Accepts where an unsure placement landed, so its sidecar describes it there from now on. */
async function confirmPlacement(service: AnnotationService, arg: ReviewArgs): Promise<boolean> {
  const documentPath = arg.documentPath ?? arg.placed?.documentPath;
  if (!documentPath || !service.store.confirm(documentPath, arg.id)) return false;
  await service.commit(documentPath);
  return true;
}
