import * as vscode from 'vscode';
import { parseTopicList, TOPIC_LIST_FILE } from '../core/analysis/topicList';
import type { Services } from './services';

/**
 * Reads the workspace's own topic list (`marginalia.topics.yaml` at the root), which refines the
 * topics derived from the corpus, and analyses again whenever it is created, changed or deleted.
 * Problems in it are shown in the Problems panel on the file; the rest of the list still applies.
 */
export function register(context: vscode.ExtensionContext, { analysis, log }: Services): void {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) return;
  const uri = vscode.Uri.joinPath(folder.uri, TOPIC_LIST_FILE);
  const diagnostics = vscode.languages.createDiagnosticCollection('marginalia-topics');
  const read = async (initial: boolean) => {
    let text: string | undefined;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = undefined;
    }
    if (text === undefined && initial) return;
    const { topics, problems } = text === undefined ? { topics: [], problems: [] } : parseTopicList(text);
    diagnostics.set(uri, problems.map((p) => new vscode.Diagnostic(new vscode.Range(0, 0, 0, 0), `${TOPIC_LIST_FILE}: ${p}`, vscode.DiagnosticSeverity.Warning)));
    log.info(`Topic list ${text === undefined ? 'removed' : `read: ${topics.length} topics`}.`);
    await analysis.setTopics(topics).catch(() => undefined);
  };
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, TOPIC_LIST_FILE));
  context.subscriptions.push(
    diagnostics,
    watcher,
    watcher.onDidCreate(() => read(false)),
    watcher.onDidChange(() => read(false)),
    watcher.onDidDelete(() => read(false)),
  );
  void read(true);
}
