import * as vscode from 'vscode';
import { parseSourcesFile, SOURCES_FILE } from '../../core/comparison/sourcesFile';
import { starterSourcesFile } from '../../core/comparison/starterSources';
import { Commands } from '../ids';
import type { Services } from '../services';

/**
 * Reads the workspace's sources file (`marginalia.sources.yaml`), which names each article's
 * outlet and date, and labels the documents again whenever it is created, changed or deleted.
 * Problems are shown in the Problems panel on their line; the file is never written over.
 */
export function register(context: vscode.ExtensionContext, { analysis, log }: Services): void {
  const folder = vscode.workspace.workspaceFolders?.[0];
  const diagnostics = vscode.languages.createDiagnosticCollection('marginalia-sources');
  context.subscriptions.push(diagnostics);
  if (!folder) {
    const open = () => vscode.window.showInformationMessage(vscode.l10n.t('Open a folder of articles first; the sources file goes at its root.'));
    context.subscriptions.push(vscode.commands.registerCommand(Commands.createSourcesFile, open));
    return;
  }
  const uri = vscode.Uri.joinPath(folder.uri, SOURCES_FILE);
  // Watcher events can start reads that finish out of order (a create seen before the content is
  // written, then a change): only the latest read may set the labels.
  let latest = 0;
  const read = async () => {
    const mine = ++latest;
    let text: string | undefined;
    try {
      text = new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
    } catch {
      text = undefined;
    }
    if (mine !== latest) return;
    const { entries, problems } = text === undefined ? { entries: [], problems: [] } : parseSourcesFile(text);
    diagnostics.set(uri, problems.map((p) => {
      const message = `${SOURCES_FILE}, line ${p.line}: ${p.message}. Fix it here; Marginalia never rewrites this file.`;
      const diagnostic = new vscode.Diagnostic(new vscode.Range(p.line - 1, 0, p.line - 1, Number.MAX_SAFE_INTEGER), message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'Marginalia';
      return diagnostic;
    }));
    if (text !== undefined) log.info(`Sources file read: ${entries.length} entries, ${problems.length} problems.`);
    analysis.setSources(entries);
  };
  const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, SOURCES_FILE));
  context.subscriptions.push(watcher, watcher.onDidCreate(read), watcher.onDidChange(read), watcher.onDidDelete(read));
  context.subscriptions.push(vscode.commands.registerCommand(Commands.createSourcesFile, () => createSourcesFile(analysis.index.analysis.documents)));
  void read();

  /** Writes a starter sources file listing every article, or opens the one already there. */
  async function createSourcesFile(documents: Parameters<typeof starterSourcesFile>[0]): Promise<vscode.Uri | undefined> {
    const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
    if (!exists) {
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(starterSourcesFile(documents)));
      await read();
    } else {
      void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists; it is opened for you to complete, not replaced.', SOURCES_FILE));
    }
    await vscode.window.showTextDocument(uri);
    return uri;
  }
}
