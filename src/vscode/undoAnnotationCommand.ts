import * as vscode from 'vscode';
import { AnnotationService } from './annotationService';
import { Commands } from './ids';

/** Registers Undo Annotation Change: reverts the newest tag, note or correction change of an article. */
export function register(context: vscode.ExtensionContext, service: AnnotationService): void {
  context.subscriptions.push(vscode.commands.registerCommand(Commands.undoAnnotationChange, (arg?: { uri?: string }) => undo(service, arg)));
}

/** Undoes in the article named by `arg.uri`, else in the active editor's; resolves to whether anything was undone. */
async function undo(service: AnnotationService, arg?: { uri?: string }): Promise<boolean> {
  const uri = arg?.uri ? vscode.Uri.parse(arg.uri) : vscode.window.activeTextEditor?.document.uri;
  const path = uri && service.pathOf(uri);
  if (!path || !service.store.isLoaded(path) || !service.store.undo(path)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no annotation change to undo in this article.'));
    return false;
  }
  await service.commit(path);
  return true;
}
