import * as vscode from 'vscode';
import type { LineMap } from '../core/views/lineMap';

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

/** The corpus path of a document: relative to its workspace folder, with forward slashes. */
export function toCorpusPath(uri: vscode.Uri): string {
  return corpusPathIn(uri) ?? (folderFor(uri) ? vscode.workspace.asRelativePath(uri, false).replace(/\\/g, '/') : uri.path);
}

/** The corpus path of a URI inside a workspace folder, or undefined for a URI outside all of them. */
export function corpusPathIn(uri: vscode.Uri): string | undefined {
  // A prefix test on the path is exact for URIs under a folder and, unlike asRelativePath, cheap
  // enough to run on every file of a large workspace in one go.
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const base = folder.uri.path.endsWith('/') ? folder.uri.path : `${folder.uri.path}/`;
    if (uri.scheme === folder.uri.scheme && uri.authority === folder.uri.authority && uri.path.startsWith(base)) {
      return uri.path.slice(base.length);
    }
  }
  return undefined;
}

/** The URI of a corpus path inside the (first) workspace folder. */
export function toUri(corpusPath: string): vscode.Uri {
  const folder = folderFor();
  if (!folder) return vscode.Uri.file(corpusPath);
  return vscode.Uri.joinPath(folder.uri, ...corpusPath.split('/'));
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
