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
async function readDocument(uri: vscode.Uri, maxBytes: number): Promise<{ text: string } | { reason: string }> {
  const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
  if (open) return { text: open.getText() };
  const stat = await vscode.workspace.fs.stat(uri);
  // A size check before reading avoids loading a huge file only to refuse it.
  if (stat.size > maxBytes) {
    return { reason: `it is ${kib(stat.size)}, over the ${kib(maxBytes)} limit for a source document` };
  }
  const bytes = await vscode.workspace.fs.readFile(uri);
  const reason = unreadableReason(bytes, maxBytes);
  return reason ? { reason } : { text: decodeText(bytes) };
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
  let next = 0;
  const worker = async () => {
    while (next < uris.length) {
      const uri = uris[next++];
      try {
        const result = await readDocument(uri, maxBytes);
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
