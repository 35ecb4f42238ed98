// The web entry point (package.json "browser") for vscode.dev, github.dev and other web workbenches.
// timings.ts is imported first so that its clock starts before the other modules load.
import './vscode/analysis/timings';
import * as vscode from 'vscode';
import { activateFeatures, type MarginaliaApi } from './features';
import { webWorker } from './vscode/web/webWorker';

export type { MarginaliaApi };

/** Activates Marginalia in the web worker extension host: the engine in a Web Worker, every file through `workspace.fs`. */
export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  return activateFeatures(context, webWorker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'web', 'analysisWorker.js')));
}

export function deactivate(): void {}
