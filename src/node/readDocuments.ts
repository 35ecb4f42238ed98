import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { decodeText, isSourceDocumentPath, unreadableReason } from '../core/documents';

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

async function listFiles(dir: string, out: string[]): Promise<void> {
  const entries = await readdir(dir, { withFileTypes: true });
  for (const entry of entries) {
    // Hidden folders (.git, .vscode) and installed packages are never articles.
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) await listFiles(path, out);
    else if (entry.isFile() && isSourceDocumentPath(entry.name)) out.push(path);
  }
}

/** Reads every `.txt` and `.md` document under a folder, sorted by path; unreadable files are listed, not fatal. */
export async function readDocuments(folder: string): Promise<{ documents: FolderDocument[]; skipped: SkippedFile[] }> {
  const files: string[] = [];
  await listFiles(folder, files);
  files.sort();
  const documents: FolderDocument[] = [];
  const skipped: SkippedFile[] = [];
  for (const file of files) {
    const path = relative(folder, file).split(sep).join('/');
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
