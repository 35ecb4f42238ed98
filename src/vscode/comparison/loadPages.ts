import * as vscode from 'vscode';
import type * as Pages from '../../comparisonPages';

let loaded: typeof Pages | undefined;

/** The webview pages bundle (dist/comparisonPages.js), loaded when a panel first opens. */
export function loadPages(extensionUri: vscode.Uri): typeof Pages {
  // A plain require of a file beside the bundle: esbuild leaves a computed path alone.
  loaded ??= require(vscode.Uri.joinPath(extensionUri, 'dist', 'comparisonPages.js').fsPath) as typeof Pages;
  return loaded;
}
