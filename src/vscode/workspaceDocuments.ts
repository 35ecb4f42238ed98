import { open as openFile } from 'node:fs/promises';
import * as vscode from 'vscode';
import { decodeText, isSourceDocumentPath, unreadableReason } from '../core/documents';
import { corpusPathIn, toCorpusPath } from './adapter';

/** A file that could not be read as a text document, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

// Folders that hold packages and history, not articles; searching them would only slow discovery down.
const EXCLUDE = '**/{node_modules,.git}/**';
// Enough reads in flight to hide file-system latency without flooding the extension host.
const CONCURRENT_READS = 16;

/** True for a URI Marginalia analyses: a .txt or .md file in the workspace that is not a sidecar or tooling file. */
export function isCorpusUri(uri: vscode.Uri): boolean {
  const path = corpusPathIn(uri);
  return path !== undefined && isSourceDocumentPath(path) && !/(^|\/)(node_modules|\.git)\//.test(path);
}

/** Finds every source document of the workspace. */
export async function findDocuments(): Promise<vscode.Uri[]> {
  const uris = await vscode.workspace.findFiles('**/*.{txt,md,TXT,MD}', EXCLUDE);
  return uris.filter(isCorpusUri);
}

/**
 * Reads one document: the text of an open editor (saved or not) when there is one, else the file
 * decoded as UTF-8. Returns a reason instead when the file is binary or too large.
 */
async function readDocument(
  uri: vscode.Uri,
  maxBytes: number,
  open: ReadonlyMap<string, vscode.TextDocument>,
): Promise<{ text: string } | { reason: string }> {
  const editor = open.get(uri.toString());
  if (editor) return { text: editor.getText() };
  const bytes = uri.scheme === 'file' ? await readLocal(uri.fsPath, maxBytes) : await readThroughVsCode(uri, maxBytes);
  if (typeof bytes === 'number') return { reason: tooLarge(bytes, maxBytes) };
  const reason = unreadableReason(bytes, maxBytes);
  return reason ? { reason } : { text: decodeText(bytes) };
}

/**
 * Reads a local file with one open, stat and read: several times cheaper for the extension host
 * than the file-system API's separate stat and read, which matters across thousands of articles.
 * Returns the size instead of the bytes when it is over the limit.
 */
async function readLocal(path: string, maxBytes: number): Promise<Uint8Array | number> {
  const handle = await openFile(path, 'r');
  try {
    const { size } = await handle.stat();
    return size > maxBytes ? size : await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Reads a file of any file system through VS Code (virtual workspaces); the size check comes first. */
async function readThroughVsCode(uri: vscode.Uri, maxBytes: number): Promise<Uint8Array | number> {
  const stat = await vscode.workspace.fs.stat(uri);
  // A size check before reading avoids loading a huge file only to refuse it.
  return stat.size > maxBytes ? stat.size : vscode.workspace.fs.readFile(uri);
}

function tooLarge(size: number, maxBytes: number): string {
  return `it is ${kib(size)}, over the ${kib(maxBytes)} limit for a source document`;
}

function kib(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

/** Reads many documents with a bounded number of reads in flight, calling back for each one. */
export async function readAll(
  uris: readonly vscode.Uri[],
  maxBytes: number,
  onText: (uri: vscode.Uri, text: string) => void,
): Promise<SkippedFile[]> {
  const skipped: SkippedFile[] = [];
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  let next = 0;
  const worker = async () => {
    while (next < uris.length) {
      const uri = uris[next++];
      try {
        const result = await readDocument(uri, maxBytes, open);
        if ('text' in result) onText(uri, result.text);
        else skipped.push({ path: toCorpusPath(uri), reason: result.reason });
      } catch (err) {
        skipped.push({ path: toCorpusPath(uri), reason: `it could not be read (${err instanceof Error ? err.message : String(err)})` });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, uris.length) }, worker));
  return skipped;
}
