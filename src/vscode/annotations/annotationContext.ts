import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../../core/documents';
import { AnnotationService } from './annotationService';
import { ContextKeys } from '../ids';

/**
 * Keeps the context keys the menus' `when` clauses use: whether the active editor is a document
 * Marginalia annotates, whether it has annotations, and whether the cursor is in an annotated passage.
 */
export function register(context: vscode.ExtensionContext, service: AnnotationService): void {
  const set = (key: string, value: boolean) => void vscode.commands.executeCommand('setContext', key, value);
  const update = () => {
    const editor = vscode.window.activeTextEditor;
    const path = editor && service.pathOf(editor.document.uri);
    const loaded = path !== undefined && !path.endsWith(SIDECAR_SUFFIX) && service.store.isLoaded(path);
    const anchored = loaded ? service.store.anchored(path) : [];
    const offset = editor ? editor.document.offsetAt(editor.selection.active) : -1;
    set(ContextKeys.isSourceDocument, loaded);
    set(ContextKeys.hasSidecar, loaded && (anchored.length > 0 || service.store.orphans(path).length > 0));
    set(ContextKeys.annotationAtCursor, anchored.some((a) => a.start <= offset && offset <= a.end && a.annotation.tags.length > 0));
  };
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.window.onDidChangeTextEditorSelection(update),
    service.onDidChange(update),
  );
  update();
}
