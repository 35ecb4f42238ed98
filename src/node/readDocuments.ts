import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
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

/**
 * The files under a folder that `accept` takes, outside the rule's excluded folders, as sorted
 * paths relative to it with `/`.
 */
export async function listFiles(folder: string, accept: (path: string) => boolean, rule: ArticleRule = DEFAULT_ARTICLE_RULE): Promise<string[]> {
  const out: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      const path = relative(folder, join(dir, entry.name)).split(sep).join('/');
      // An excluded folder is never entered: installed packages and history can be huge.
      if (entry.isDirectory()) {
        if (!isExcludedPath(path, rule.exclude)) await walk(join(dir, entry.name));
      } else if (entry.isFile() && accept(path)) out.push(path);
    }
  };
  await walk(folder);
  return out.sort();
}

/** Reads every article under a folder, sorted by path; unreadable files are listed, not fatal. */
export async function readDocuments(folder: string, rule: ArticleRule = DEFAULT_ARTICLE_RULE): Promise<{ documents: FolderDocument[]; skipped: SkippedFile[] }> {
  const documents: FolderDocument[] = [];
  const skipped: SkippedFile[] = [];
  for (const path of await listFiles(folder, (path) => isArticlePath(path, rule), rule)) {
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
