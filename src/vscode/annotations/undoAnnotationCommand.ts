import * as vscode from 'vscode';
import { AnnotationService } from './annotationService';
import { Commands, ContextKeys } from '../ids';

/** What the command takes: an article's URI; `editorUndo` when the editor's undo key runs it. */
interface UndoArgs {
  uri?: string;
  editorUndo?: boolean;
}

/**
 * Registers Undo Annotation Change, which reverts the newest tag, note or correction change of an
 * article, and binds it to the editor's own undo key while the newest change of the active article,
 * text edits included, is an annotation change (the `annotationUndoIsNext` context key).
 */
export function register(context: vscode.ExtensionContext, service: AnnotationService): void {
  let shown: boolean | undefined;
  const update = () => {
    const path = activePath(service);
    const next = path !== undefined && service.store.undoesAnnotation(path);
    if (next === shown) return;
    shown = next;
    void vscode.commands.executeCommand('setContext', ContextKeys.annotationUndoIsNext, next);
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.undoAnnotationChange, (arg?: UndoArgs) => undo(service, arg)),
    service.onDidChange(update),
    vscode.window.onDidChangeActiveTextEditor(update),
  );
  update();
}

function activePath(service: AnnotationService): string | undefined {
  const uri = vscode.window.activeTextEditor?.document.uri;
  const path = uri && service.pathOf(uri);
  return path && service.store.isLoaded(path) ? path : undefined;
}

/**
 * Undoes in the article named by `arg.uri`, else in the active editor's; resolves to whether an
 * annotation change was undone. From the undo key, a text edit newer than any annotation change is
 * left to the editor's own undo, as if Marginalia had not bound the key.
 */
async function undo(service: AnnotationService, arg?: UndoArgs): Promise<boolean> {
  const uri = arg?.uri ? vscode.Uri.parse(arg.uri) : vscode.window.activeTextEditor?.document.uri;
  const path = uri && service.pathOf(uri);
  const loaded = path !== undefined && service.store.isLoaded(path);
  if (arg?.editorUndo && !(loaded && service.store.undoesAnnotation(path))) {
    await vscode.commands.executeCommand('undo');
    return false;
  }
  if (!loaded || !service.store.undo(path)) {
    void vscode.window.showInformationMessage(vscode.l10n.t('There is no annotation change to undo in this article.'));
    return false;
  }
  await service.commit(path);
  return true;
}
