import * as vscode from 'vscode';
import type { LineMap } from '../core/views/lineMap';
import { folderKeyOf, folderKeys, folderPrefix } from '../core/workspaceFolders';

/**
 * The one place where core offsets (UTF-16 string offsets into a document's text, end exclusive)
 * and workspace-relative paths become VS Code ranges and URIs, and back.
 */

/** The VS Code range covering [start, end) of a document. */
export function toRange(document: vscode.TextDocument, start: number, end: number): vscode.Range {
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

/** The core offsets of a VS Code range in a document. */
export function toOffsets(document: vscode.TextDocument, range: vscode.Range): { start: number; end: number } {
  return { start: document.offsetAt(range.start), end: document.offsetAt(range.end) };
}

/** The workspace folder that holds a URI, or the first folder when it lies outside all of them. */
function folderFor(uri?: vscode.Uri): vscode.WorkspaceFolder | undefined {
  return (uri && vscode.workspace.getWorkspaceFolder(uri)) ?? vscode.workspace.workspaceFolders?.[0];
}

/**
 * The keys that start corpus paths in a workspace of several folders (one per folder, in order),
 * or undefined with one folder, whose paths stay plain relative paths.
 */
export function folderPathKeys(): string[] | undefined {
  const folders = vscode.workspace.workspaceFolders ?? [];
  return folders.length > 1 ? folderKeys(folders.map((f) => f.name)) : undefined;
}

/** The corpus-path prefix of a workspace folder: empty with one folder, else its key and a slash. */
export function prefixOf(folder: vscode.WorkspaceFolder): string {
  return folderPrefix(folderPathKeys()?.[folder.index]);
}

/** The corpus-path prefix of the folder a corpus path lies in ('' with one folder). */
export function prefixOfPath(corpusPath: string): string {
  const keys = folderPathKeys();
  return keys ? folderPrefix(folderKeyOf(corpusPath, keys)) : '';
}

/** The corpus path of a document: relative to its workspace folder, with forward slashes, after its folder's key when there are several. */
export function toCorpusPath(uri: vscode.Uri): string {
  return corpusPathIn(uri) ?? (folderFor(uri) ? vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/') : uri.path);
}

/** The corpus path of a URI inside a workspace folder, or undefined for a URI outside all of them. */
export function corpusPathIn(uri: vscode.Uri): string | undefined {
  const keys = folderPathKeys();
  // A prefix test on the path is exact for URIs under a folder and, unlike asRelativePath, cheap
  // enough to run on every file of a large workspace in one go.
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    if (uri.scheme === folder.uri.scheme && uri.authority === folder.uri.authority && uri.path.startsWith(base)) {
      return folderPrefix(keys?.[folder.index]) + uri.path.slice(base.length);
    }
  }
  return undefined;
}

/** The URI of a corpus path: inside the folder its key names, or the (first) workspace folder. */
export function toUri(corpusPath: string): vscode.Uri {
  const keys = folderPathKeys();
  const key = keys && folderKeyOf(corpusPath, keys);
  const folder = keys && key !== undefined ? vscode.workspace.workspaceFolders![keys.indexOf(key)] : folderFor();
  if (!folder) return vscode.Uri.file(corpusPath);
  const relative = key !== undefined ? corpusPath.slice(key.length + 1) : corpusPath;
  return vscode.Uri.joinPath(folder.uri, ...relative.split('/'));
}

/** The VS Code range of [start, end) computed from a document's line map, without opening the document. */
export function toRangeIn(lines: LineMap, start: number, end: number): vscode.Range {
  const a = lines.positionAt(start);
  const b = lines.positionAt(end);
  return new vscode.Range(a.line, a.character, b.line, b.character);
}

/** The VS Code location of a span of a corpus document, from its line map. */
export function toLocation(corpusPath: string, lines: LineMap, start: number, end: number): vscode.Location {
  return new vscode.Location(toUri(corpusPath), toRangeIn(lines, start, end));
}
