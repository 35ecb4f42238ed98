import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { DocumentFacts } from '../core/analysis/documentFacts';
import { readFactsEntry, writeFactsEntry } from '../core/cache/factsEntry';

/** The key of a text in the cache: SHA-256 of its UTF-8 bytes, in hex. */
export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/**
 * Per-document analysis results on disk, one file per text hash under `<dir>/<2 hex>/`. An entry
 * that cannot be read or trusted counts as missing; entries are written to a temporary name and
 * renamed, so a run cut short never leaves a half-written entry under a real name.
 */
export class DiskFactsCache {
  constructor(
    private readonly dir: string,
    private readonly engine: string,
  ) {}

  private file(hash: string): string {
    return join(this.dir, hash.slice(0, 2), `${hash}.facts`);
  }

  /** The cached facts of a text with this hash, or undefined when absent or untrustworthy. */
  async read(hash: string): Promise<DocumentFacts | undefined> {
    let content: string;
    try {
      content = await readFile(this.file(hash), 'utf8');
    } catch {
      return undefined;
    }
    return readFactsEntry(content, this.engine, hash);
  }

  /** Stores a text's facts, replacing whatever entry was there. */
  async write(hash: string, facts: DocumentFacts): Promise<void> {
    const file = this.file(hash);
    await mkdir(join(this.dir, hash.slice(0, 2)), { recursive: true });
    const temporary = `${file}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(temporary, writeFactsEntry(facts, this.engine, hash));
    await rename(temporary, file);
  }
}
