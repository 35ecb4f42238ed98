import * as vscode from 'vscode';
import { decodeStrictly, WriteConflict } from '../../core/annotations';
import type { FileSystem, WriteGuard } from '../../core/annotations';
import { localFiles } from './localFiles';

/**
 * The annotation store's file access over `vscode.workspace.fs`, so sidecars work in remote and
 * virtual workspaces too. Paths are whatever `toUri` understands (corpus paths in the editor).
 */
export class WorkspaceFileSystem implements FileSystem {
  constructor(private readonly toUri: (path: string) => vscode.Uri) {}

  /** A sidecar's or codebook's text; throws NotUtf8Error for bytes that are not UTF-8 (never decoded to U+FFFD). */
  async read(path: string): Promise<string | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await vscode.workspace.fs.readFile(this.toUri(path));
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
    return decodeStrictly(bytes, path);
  }

  async writeAtomic(path: string, text: string, guard?: WriteGuard): Promise<void> {
    const target = this.toUri(path);
    // The temporary file sits in the same folder so the rename never crosses file systems.
    const name = target.path.slice(target.path.lastIndexOf('/') + 1);
    const temp = vscode.Uri.joinPath(target, '..', `.${name}.${Math.random().toString(36).slice(2, 10)}.tmp`);
    try {
      await vscode.workspace.fs.writeFile(temp, new TextEncoder().encode(text));
      // A file that no longer reads (it is not UTF-8 now) has changed too: the store reads it again and refuses it.
      if (guard && (await this.read(path).catch(() => null)) !== guard.expected) throw new WriteConflict(path);
      await replace(temp, target);
    } catch (err) {
      await vscode.workspace.fs.delete(temp, { useTrash: false }).then(undefined, () => undefined);
      throw err;
    }
  }

  async delete(path: string): Promise<void> {
    try {
      await vscode.workspace.fs.delete(this.toUri(path), { useTrash: false });
    } catch (err) {
      if (!isNotFound(err)) throw err;
    }
  }
}

/**
 * Moves the temporary file over the target. `workspace.fs.rename` with `overwrite` deletes the
 * target before moving, so a reader could find no file in between; on disk (local or remote, the
 * desktop extension host sees `file:` URIs) Node's rename replaces the file in one step instead.
 */
async function replace(temp: vscode.Uri, target: vscode.Uri): Promise<void> {
  const local = target.scheme === 'file' ? localFiles() : undefined;
  if (local) await local.replace(temp.fsPath, target.fsPath);
  else await vscode.workspace.fs.rename(temp, target, { overwrite: true });
}

function isNotFound(err: unknown): boolean {
  return err instanceof vscode.FileSystemError && (err.code === 'FileNotFound' || err.code === 'EntryNotFound');
}
