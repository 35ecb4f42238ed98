import * as vscode from 'vscode';
import type { DocumentEntry } from '../../core/analysis/model';
import { parseSourcesFile, SOURCES_FILE, type SourceEntry } from '../../core/comparison/sourcesFile';
import { starterSourcesFile } from '../../core/comparison/starterSources';
import { prefixOf } from '../adapter';
import { watchFolderFiles } from '../workspace/folderFiles';
import { Commands } from '../ids';
import type { Services } from '../services';

/**
 * Reads each workspace folder's sources file (`marginalia.sources.yaml` at its root), which names
 * each of the folder's articles' outlet and date, and labels the documents again whenever one is
 * created, changed or deleted. Problems are shown in the Problems panel on their line; the file is
 * never written over.
 */
export function register(context: vscode.ExtensionContext, { analysis, log }: Services): void {
  const diagnostics = vscode.languages.createDiagnosticCollection('marginalia-sources');
  context.subscriptions.push(diagnostics);
  if (!vscode.workspace.workspaceFolders?.length) {
    const open = () => vscode.window.showInformationMessage(vscode.l10n.t('Open a folder of articles first; the sources file goes at its root.'));
    context.subscriptions.push(vscode.commands.registerCommand(Commands.createSourcesFile, open));
    return;
  }
  const entriesByFolder = new Map<string, SourceEntry[]>();
  watchFolderFiles(context, SOURCES_FILE, (files, changed) => {
    const { entries, problems } = changed.text === undefined ? { entries: [], problems: [] } : parseSourcesFile(changed.text);
    diagnostics.set(changed.uri, problems.map((p) => {
      const message = `${SOURCES_FILE}, line ${p.line}: ${p.message}. Fix it here; Marginalia never rewrites this file.`;
      const diagnostic = new vscode.Diagnostic(new vscode.Range(p.line - 1, 0, p.line - 1, Number.MAX_SAFE_INTEGER), message, vscode.DiagnosticSeverity.Error);
      diagnostic.source = 'Marginalia';
      return diagnostic;
    }));
    if (changed.text !== undefined) log.info(`Sources file read: ${changed.uri.path}: ${entries.length} entries, ${problems.length} problems.`);
    // A folder's keys are relative to that folder; the analysis knows its documents by corpus path.
    entriesByFolder.set(changed.prefix, entries.map((e) => ({ ...e, key: changed.prefix + e.key })));
    analysis.setSources(files.flatMap((f) => entriesByFolder.get(f.prefix) ?? []));
  });
  context.subscriptions.push(vscode.commands.registerCommand(Commands.createSourcesFile, () => createSourcesFile(analysis.index.analysis.documents)));
}

/** Writes a starter sources file listing every article of a folder, or opens the one already there. */
async function createSourcesFile(documents: readonly DocumentEntry[]): Promise<vscode.Uri | undefined> {
  const folder = await folderForCommand();
  if (!folder) return undefined;
  const uri = vscode.Uri.joinPath(folder.uri, SOURCES_FILE);
  const prefix = prefixOf(folder);
  const exists = await vscode.workspace.fs.stat(uri).then(() => true, () => false);
  if (!exists) {
    const own = documents.filter((d) => d.path.startsWith(prefix)).map((d) => ({ ...d, path: d.path.slice(prefix.length) }));
    // The watcher reads the new file and labels the documents with it.
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(starterSourcesFile(own)));
  } else {
    void vscode.window.showInformationMessage(vscode.l10n.t('{0} already exists; it is opened for you to complete, not replaced.', SOURCES_FILE));
  }
  await vscode.window.showTextDocument(uri);
  return uri;
}

/** The folder of the active editor, else the only folder, else the one the user picks. */
async function folderForCommand(): Promise<vscode.WorkspaceFolder | undefined> {
  const editor = vscode.window.activeTextEditor;
  const inEditor = editor && vscode.workspace.getWorkspaceFolder(editor.document.uri);
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (inEditor) return inEditor;
  if (folders.length === 1) return folders[0];
  return vscode.window.showWorkspaceFolderPick({ placeHolder: vscode.l10n.t('Which folder is the sources file for?') });
}
