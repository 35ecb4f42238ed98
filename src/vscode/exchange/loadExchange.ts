import * as vscode from 'vscode';
import type * as Exchange from '../../exchangeModule';

let loaded: typeof Exchange | undefined;

/** The exchange bundle (dist/exchange.js), loaded on first use; activation never pays for it. */
export function loadExchange(extensionUri: vscode.Uri): typeof Exchange {
  // A plain require of a file beside the bundle: esbuild leaves a computed path alone.
  loaded ??= require(vscode.Uri.joinPath(extensionUri, 'dist', 'exchange.js').fsPath) as typeof Exchange;
  return loaded;
}
