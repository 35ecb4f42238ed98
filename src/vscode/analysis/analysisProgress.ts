import type * as vscode from 'vscode';
import type { NodeTree } from '../views/nodeTree';
import type { Services } from '../services';

/**
 * While the workspace is read and analysed, the Entities, Topics and Quotations views say how far
 * it has come ("Reading articles: 40 of 700") above their content, and clear the line when done.
 */
export function register(context: vscode.ExtensionContext, { analysis }: Services, trees: NodeTree[]): void {
  const show = (progress: string | undefined) => {
    for (const tree of trees) tree.view.message = progress;
  };
  show(analysis.progress);
  context.subscriptions.push(analysis.onDidProgress(show));
}
