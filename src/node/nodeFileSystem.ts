import { randomBytes } from 'node:crypto';
import { open, readFile, rename, rm } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { FileSystem } from '../core/annotations';
import { decodeText } from '../core/documents';

/**
 * The annotation store's file access on Node (for the command line). Paths are resolved against
 * `root`. Writes go to a temporary file in the same folder, are flushed, then renamed over the
 * target, so a reader sees the old or the new file and a failure leaves no temporary file behind.
 */
export class NodeFileSystem implements FileSystem {
  constructor(private readonly root = '.') {}

  async read(path: string): Promise<string | undefined> {
    try {
      return decodeText(await readFile(this.resolve(path)));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
  }

  async writeAtomic(path: string, text: string): Promise<void> {
    const target = this.resolve(path);
    // Same folder as the target, so the rename never crosses file systems and stays atomic.
    const temporary = join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await open(temporary, 'wx');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temporary, target);
    } catch (err) {
      await rm(temporary, { force: true });
      throw err;
    }
  }

  async delete(path: string): Promise<void> {
    await rm(this.resolve(path), { force: true });
  }

  private resolve(path: string): string {
    return resolve(this.root, path);
  }
}
