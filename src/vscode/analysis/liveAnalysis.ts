import * as vscode from 'vscode';
import { Commands, Settings } from '../ids';
import { toCorpusPath } from '../adapter';
import type { Services } from '../services';
import { setting } from '../services';
import { isCorpusUri } from '../workspace/workspaceDocuments';

/**
 * Keeps the analysis in step with the workspace: the first load, edits (debounced), files created,
 * changed or deleted on disk, and the Re-analyse Workspace command.
 */
export function register(context: vscode.ExtensionContext, { analysis }: Services): void {
  const timers = new Map<string, NodeJS.Timeout>();

  // The service has already told the user about a failed analysis; here it only must not go unhandled.
  const refresh = () => analysis.requestAnalysis().then(undefined, () => undefined);
  const reread = async (uris: vscode.Uri[]) => {
    if (await analysis.reread(uris)) await refresh();
  };
  const onEdit = (document: vscode.TextDocument) => {
    if (!isCorpusUri(document.uri)) return;
    const path = toCorpusPath(document.uri);
    clearTimeout(timers.get(path));
    timers.set(path, setTimeout(() => {
      timers.delete(path);
      if (analysis.set(path, document.getText())) void refresh();
    }, setting<number>('analysis.debounceMs', 300)));
  };

  const watcher = vscode.workspace.createFileSystemWatcher('**/*.{txt,md}');
  context.subscriptions.push(
    watcher,
    vscode.workspace.onDidChangeTextDocument((e) => {
      if (e.contentChanges.length > 0) onEdit(e.document);
      // Saved, or reverted without its text being reloaded (closed with "Don't Save"): the file is the truth again.
      else if (!e.document.isDirty && isCorpusUri(e.document.uri)) void reread([e.document.uri]);
    }),
    // Closing an editor without saving drops its unsaved text, so the file on disk becomes the truth again.
    vscode.workspace.onDidCloseTextDocument((d) => isCorpusUri(d.uri) && void reread([d.uri])),
    watcher.onDidCreate((uri) => isCorpusUri(uri) && void reread([uri])),
    watcher.onDidChange((uri) => isCorpusUri(uri) && !isOpenAndDirty(uri) && void reread([uri])),
    watcher.onDidDelete((uri) => analysis.remove(toCorpusPath(uri)) && void refresh()),
    vscode.workspace.onDidChangeWorkspaceFolders(() => void analysis.loadWorkspace().catch(() => undefined)),
    // Which files are articles depends on these settings: the corpus is found again when they change.
    vscode.workspace.onDidChangeConfiguration((e) => {
      const keys = ['files.exclude', `${Settings.section}.${Settings.articlesInclude}`, `${Settings.section}.${Settings.articlesExclude}`];
      if (keys.some((key) => e.affectsConfiguration(key))) void analysis.loadWorkspace().catch(() => undefined);
      else if (e.affectsConfiguration(`${Settings.section}.${Settings.maxDaysApart}`)) analysis.presentAgain();
    }),
    vscode.commands.registerCommand(Commands.reanalyse, async () => {
      const index = await analysis.loadWorkspace();
      const { documents, entities, quotes } = index.analysis;
      return { documents: documents.length, entities: entities.length, quotes: quotes.length };
    }),
    { dispose: () => timers.forEach(clearTimeout) },
  );
  // The first load runs after activation returns, so opening the window is never held up by it.
  setTimeout(() => void analysis.whenReady().catch(() => undefined), 0);
}

function isOpenAndDirty(uri: vscode.Uri): boolean {
  return vscode.workspace.textDocuments.some((d) => d.isDirty && d.uri.toString() === uri.toString());
}
