import * as vscode from 'vscode';
import { Settings } from '../ids';
import { setting } from '../services';
import { isCorpusUri } from './workspaceDocuments';

/**
 * Articles often hold a whole paragraph on one line, unreadable without word wrap. When the user's
 * `editor.wordWrap` is off, an article gets the editor's own per-document wrap toggle as it comes to
 * the front: the user's setting, and every other plain-text file, stay as they were.
 */
export function register(context: vscode.ExtensionContext): void {
  // The toggle lives with the open document; a document reopened later is a new object and is wrapped again.
  const wrapped = new WeakSet<vscode.TextDocument>();
  const wrap = async (editor: vscode.TextEditor | undefined) => {
    if (!editor || wrapped.has(editor.document) || !isCorpusUri(editor.document.uri)) return;
    if (!setting(Settings.wrapArticles, true)) return;
    wrapped.add(editor.document);
    if (vscode.workspace.getConfiguration('editor', editor.document).get<string>('wordWrap') !== 'off') return;
    await vscode.commands.executeCommand('editor.action.toggleWordWrap');
  };
  void wrap(vscode.window.activeTextEditor);
  context.subscriptions.push(vscode.window.onDidChangeActiveTextEditor((editor) => void wrap(editor)));
}
