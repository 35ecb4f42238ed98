import type * as vscode from 'vscode';
import * as Pages from '../../comparisonPages';

/**
 * The webview pages' builders in the browser, where a Web Worker cannot load a file beside the bundle: the web
 * build swaps this module in for loadPages.ts (see esbuild.mjs) and carries the pages itself.
 */
export function loadPages(_extensionUri: vscode.Uri): typeof Pages {
  return Pages;
}
