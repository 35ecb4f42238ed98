import * as vscode from 'vscode';
import { prefixOf } from '../adapter';

/** One workspace folder's own file (topic list, sources file) as last read: undefined text when it does not exist. */
export interface FolderFile {
  folder: vscode.WorkspaceFolder;
  /** The corpus-path prefix of the folder's documents ('' with one folder). */
  prefix: string;
  uri: vscode.Uri;
  text: string | undefined;
}

/**
 * Watches a file at the root of every workspace folder and calls `onRead` with all of them each
 * time one is created, changed or deleted (and once at the start). Reads started by watcher events
 * can finish out of order (a create seen before its content is written, then a change): only the
 * latest read of a folder's file is kept.
 */
export function watchFolderFiles(context: vscode.ExtensionContext, fileName: string, onRead: (files: FolderFile[], changed: FolderFile) => void): void {
  const files = (vscode.workspace.workspaceFolders ?? []).map((folder): FolderFile => ({ folder, prefix: prefixOf(folder), uri: vscode.Uri.joinPath(folder.uri, fileName), text: undefined }));
  for (const file of files) {
    let latest = 0;
    const read = async () => {
      const mine = ++latest;
      let text: string | undefined;
      try {
        text = new TextDecoder().decode(await vscode.workspace.fs.readFile(file.uri));
      } catch {
        text = undefined;
      }
      if (mine !== latest) return;
      file.text = text;
      onRead(files, file);
    };
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(file.folder, fileName));
    context.subscriptions.push(watcher, watcher.onDidCreate(read), watcher.onDidChange(read), watcher.onDidDelete(read));
    void read();
  }
}
