// The desktop entry point (package.json "main"). timings.ts is imported first so that its clock
// starts before the other modules load.
import './vscode/analysis/timings';
import * as vscode from 'vscode';
import { activateFeatures, type MarginaliaApi } from './features';
import { useLocalFiles } from './vscode/workspace/localFiles';
import { nodeLocalFiles } from './vscode/node/nodeLocalFiles';
import { nodeWorker } from './vscode/node/nodeWorker';

export type { MarginaliaApi };

/** Activates Marginalia in the desktop (Node) extension host: the engine in a worker thread, local files through Node. */
export function activate(context: vscode.ExtensionContext): MarginaliaApi {
  useLocalFiles(nodeLocalFiles);
  return activateFeatures(context, nodeWorker(vscode.Uri.joinPath(context.extensionUri, 'dist', 'analysisWorker.js').fsPath));
}

export function deactivate(): void {}
