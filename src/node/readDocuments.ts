import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_ARTICLE_RULE, isArticlePath, isExcludedPath, type ArticleRule } from '../core/articleFiles';
import { decodeText, unreadableReason } from '../core/documents';

/** The largest file read as a source document; news articles are far smaller. */
export const MAX_DOCUMENT_BYTES = 5 * 1024 * 1024;

/** A document read from disk: its path relative to the folder (always with `/`) and its text. */
export interface FolderDocument {
  path: string;
  text: string;
}

/** Files skipped while reading a folder, each with a sentence saying why and what to do. */
export interface SkippedFile {
  path: string;
  reason: string;
}

// How many entries of one folder are taken in before the walk lets other work run.
const ENTRIES_AT_ONCE = 256;

/**
 * The files under a folder that `accept` takes, outside `exclude`d folders, as sorted
 * paths relative to it with `/`. Links are followed to what they point at, as VS Code's own search
 * does, and a folder reached twice (a link back up) is walked once.
 */
export async function listFiles(folder: string, accept: (path: string) => boolean, exclude: readonly string[] = DEFAULT_ARTICLE_RULE.exclude): Promise<string[]> {
  const out: string[] = [];
  const walked = new Set<string>();
  const walk = async (dir: string, relativeDir: string): Promise<void> => {
    const real = await realpath(dir);
    if (walked.has(real)) return;
    walked.add(real);
    const entries = await readdir(dir, { withFileTypes: true });
    for (const [i, entry] of entries.entries()) {
      // A folder of thousands of files is taken in a few hundred at a time, so an editor walking it stays responsive.
      if (i % ENTRIES_AT_ONCE === ENTRIES_AT_ONCE - 1) await new Promise(setImmediate);
      const path = relativeDir ? `${relativeDir}/${entry.name}` : entry.name;
      const full = join(dir, entry.name);
      const target = entry.isSymbolicLink() ? await stat(full).catch(() => undefined) : entry;
      // An excluded folder is never entered: installed packages and history can be huge.
      if (target?.isDirectory()) {
        if (!isExcludedPath(path, exclude)) await walk(full, path);
      } else if (target?.isFile() && accept(path)) out.push(path);
    }
  };
  await walk(folder, '');
  return out.sort();
}

/** Reads every article under a folder, sorted by path; unreadable files are listed, not fatal. */
export async function readDocuments(folder: string, rule: ArticleRule = DEFAULT_ARTICLE_RULE): Promise<{ documents: FolderDocument[]; skipped: SkippedFile[] }> {
  const documents: FolderDocument[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of await listFiles(folder, (path) => isArticlePath(path, rule), rule.exclude)) {
    const file = join(folder, path);
    try {
      const bytes = await readFile(file);
      const reason = unreadableReason(bytes, MAX_DOCUMENT_BYTES);
      if (reason) skipped.push({ path, reason: `${reason}; convert it to plain UTF-8 text or move it out of the folder` });
      else documents.push({ path, text: decodeText(bytes) });
    } catch (err) {
      skipped.push({ path, reason: `it could not be read (${(err as NodeJS.ErrnoException).code ?? String(err)}); check its permissions` });
    }
  }
  return { documents, skipped };
}
