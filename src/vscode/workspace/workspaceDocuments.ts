import * as vscode from 'vscode';
import { DEFAULT_ARTICLE_RULE, isArticlePath, withExclusions, type ArticleRule } from '../../core/articleFiles';
import { decodeText, unreadableReason } from '../../core/documents';
import { corpusPathIn, prefixOfPath, toCorpusPath } from '../adapter';
import { Settings } from '../ids';
import { localFiles } from './localFiles';
import { inSlices } from '../laterTurn';

/** A file that could not be read as a text document, and why. */
export interface SkippedFile {
  path: string;
  reason: string;
}

// Enough reads in flight to hide file-system latency without flooding the extension host.
const CONCURRENT_READS = 16;

/**
 * The rule for which files are articles, shared with the command line: Marginalia's
 * `articles.include`/`articles.exclude` settings, plus every pattern VS Code's `files.exclude` hides.
 */
export function articleRule(): ArticleRule {
  const own = vscode.workspace.getConfiguration(Settings.section);
  const hidden = vscode.workspace.getConfiguration('files').get<Record<string, unknown>>('exclude', {});
  return withExclusions(
    {
      include: own.get<string[]>(Settings.articlesInclude, [...DEFAULT_ARTICLE_RULE.include]),
      exclude: own.get<string[]>(Settings.articlesExclude, [...DEFAULT_ARTICLE_RULE.exclude]),
    },
    // A `{ when: ... }` entry hides a file only beside a sibling; those files are kept here.
    Object.entries(hidden).filter(([, on]) => on === true).map(([glob]) => glob),
  );
}

/** True for a URI Marginalia analyses: an article of a workspace folder by the shared rule. */
export function isCorpusUri(uri: vscode.Uri, rule: ArticleRule = articleRule()): boolean {
  const path = corpusPathIn(uri);
  // The rule's globs are relative to each folder, so a folder's key is not part of what they match.
  return path !== undefined && isArticlePath(path.slice(prefixOfPath(path).length), rule);
}

/**
 * The files of every workspace folder that `accept` takes (by their path in the folder), never
 * entering an `exclude`d folder, walked through Node on the desktop: taking in thousands of results
 * of VS Code's search would hold the extension host for tens of milliseconds. Undefined in the
 * browser, for a folder on another file system, or one that cannot be walked: VS Code's search, which
 * skips what it cannot read, is the caller's to use then.
 */
export async function listWorkspaceFiles(accept: (path: string) => boolean, exclude: readonly string[]): Promise<vscode.Uri[] | undefined> {
  const local = localFiles();
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!local || folders.length === 0 || folders.some((f) => f.uri.scheme !== 'file')) return undefined;
  try {
    const lists = await Promise.all(folders.map(async (f) => ({ folder: f.uri, paths: await local.listFiles(f.uri.fsPath, accept, exclude) })));
    const uris: vscode.Uri[] = [];
    for (const { folder, paths } of lists) await inSlices(paths, (path) => uris.push(vscode.Uri.joinPath(folder, path)));
    return uris;
  } catch {
    return undefined;
  }
}

/** Finds every article of the workspace. */
export async function findDocuments(): Promise<vscode.Uri[]> {
  const rule = articleRule();
  const listed = await listWorkspaceFiles((path) => isArticlePath(path, rule), rule.exclude);
  if (listed) return listed;
  // Excluded folders are left out of the search itself (node_modules can be huge); patterns with
  // their own braces cannot nest in one glob and are applied by the filter alone.
  const prune = rule.exclude.filter((glob) => !/[{}]/.test(glob)).flatMap((glob) => [glob, `${glob}/**`]);
  const uris = await vscode.workspace.findFiles('**/*.{txt,md,TXT,MD}', prune.length ? `{${prune.join(',')}}` : undefined);
  // Matching thousands of paths against the rule's globs is done a slice at a time.
  const articles: vscode.Uri[] = [];
  await inSlices(uris, (uri) => isCorpusUri(uri, rule) && articles.push(uri));
  return articles;
}

/**
 * Reads one document: the text of an open document with unsaved changes when there is one, else
 * the file decoded as UTF-8. Returns a reason instead when the file is binary or too large. A clean
 * open document is not trusted over the file: closing an editor with "Don't Save" (or a revert
 * that could not reload the file) clears its dirty flag but leaves the unsaved text in the
 * document, which extensions still see open.
 */
async function readDocument(
  uri: vscode.Uri,
  maxBytes: number,
  open: ReadonlyMap<string, vscode.TextDocument>,
): Promise<{ text: string } | { reason: string }> {
  const editor = open.get(uri.toString());
  if (editor?.isDirty) return { text: editor.getText() };
  const local = uri.scheme === 'file' ? localFiles() : undefined;
  const bytes = local ? await local.readUpTo(uri.fsPath, maxBytes) : await readThroughVsCode(uri, maxBytes);
  if (typeof bytes === 'number') return { reason: tooLarge(bytes, maxBytes) };
  const reason = unreadableReason(bytes, maxBytes);
  return reason ? { reason } : { text: decodeText(bytes) };
}

/** Reads a file of any file system through VS Code (virtual workspaces, the web); the size check comes first. */
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

/**
 * Reads many documents with a bounded number of reads in flight, calling back for each one; none starts once
 * `token` is cancelled. A callback that returns a promise holds its reader until it settles, to pace the reading.
 */
export async function readAll(
  uris: readonly vscode.Uri[],
  maxBytes: number,
  token: vscode.CancellationToken | undefined,
  onText: (uri: vscode.Uri, text: string) => void | Promise<void>,
): Promise<SkippedFile[]> {
  const skipped: SkippedFile[] = [];
  const open = new Map(vscode.workspace.textDocuments.map((d) => [d.uri.toString(), d]));
  let next = 0;
  const worker = async () => {
    while (next < uris.length && !token?.isCancellationRequested) {
      const uri = uris[next++];
      try {
        const result = await readDocument(uri, maxBytes, open);
        if ('text' in result) await onText(uri, result.text);
        else skipped.push({ path: toCorpusPath(uri), reason: result.reason });
      } catch (err) {
        skipped.push({ path: toCorpusPath(uri), reason: `it could not be read (${err instanceof Error ? err.message : String(err)})` });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(CONCURRENT_READS, uris.length) }, worker));
  return skipped;
}
