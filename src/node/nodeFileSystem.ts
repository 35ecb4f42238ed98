import { randomBytes } from 'node:crypto';
import { chmod, lstat, open, readdir, readFile, realpath, rename, rm, stat } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { decodeStrictly, FileSystem, WriteConflict, WriteGuard } from '../core/annotations';

/** A temporary file older than this was left by a killed run, not by a write in progress. */
const STALE_TEMPORARY_MS = 60_000;

/**
 * The annotation store's file access on Node (for the command line). Paths are resolved against
 * `root`. Writes go to a temporary file in the same folder, are flushed, then renamed over the
 * target, so a reader sees the old or the new file and a failure leaves no temporary file behind.
 * A write keeps the file's mode, refuses a read-only file, writes through a symbolic link to the
 * file it points at, and removes temporary files a killed run left beside it.
 */
export class NodeFileSystem implements FileSystem {
  constructor(private readonly root = '.') {}

  /** A sidecar's or codebook's text; throws NotUtf8Error for bytes that are not UTF-8 (never decoded to U+FFFD). */
  async read(path: string): Promise<string | undefined> {
    let bytes: Uint8Array;
    try {
      bytes = await readFile(this.resolve(path));
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw err;
    }
    return decodeStrictly(bytes, path);
  }

  async writeAtomic(path: string, text: string, guard?: WriteGuard): Promise<void> {
    const target = await writableTarget(this.resolve(path));
    await removeStaleTemporaries(target.path);
    // Same folder as the target, so the rename never crosses file systems and stays atomic.
    const temporary = join(dirname(target.path), `.${basename(target.path)}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      const handle = await open(temporary, 'wx');
      try {
        await handle.writeFile(text, 'utf8');
        await handle.sync();
      } finally {
        await handle.close();
      }
      if (target.mode !== undefined) await chmod(temporary, target.mode);
      // The check and the rename happen under a lock file, so two Marginalia writers never interleave them.
      await withLock(target.path, async () => {
        // A file that no longer reads (it is not UTF-8 now) has changed too: the store reads it again and refuses it.
        if (guard && (await this.read(path).catch(() => null)) !== guard.expected) throw new WriteConflict(path);
        await rename(temporary, target.path);
      });
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

/** How long a writer waits for another's lock, and how old a lock must be to count as left by a killed run. */
const LOCK_WAIT_MS = 5_000;
const STALE_LOCK_MS = 30_000;

/** Runs `action` holding `<path>.lock` (created exclusively), waiting a little for another writer to finish. */
async function withLock<T>(path: string, action: () => Promise<T>): Promise<T> {
  const lock = join(dirname(path), `.${basename(path)}.lock`);
  const until = Date.now() + LOCK_WAIT_MS;
  for (;;) {
    try {
      await (await open(lock, 'wx')).close();
      break;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      const age = Date.now() - ((await stat(lock).catch(() => undefined))?.mtimeMs ?? Date.now());
      if (age > STALE_LOCK_MS) await rm(lock, { force: true });
      else if (Date.now() > until) throw new Error(`${path} is being written by another program (${lock} exists): try again, or delete that file if no other Marginalia is running`);
      else await new Promise((r) => setTimeout(r, 5 + Math.random() * 20));
    }
  }
  try {
    return await action();
  } finally {
    await rm(lock, { force: true });
  }
}

/** The file a write replaces (a symbolic link's destination) and its mode; refuses a read-only file. */
async function writableTarget(path: string): Promise<{ path: string; mode?: number }> {
  let real = path;
  try {
    if ((await lstat(path)).isSymbolicLink()) real = await realpath(path);
    const mode = (await stat(real)).mode & 0o7777;
    if ((mode & 0o200) === 0) throw new Error(`${path} is read-only: make it writable (chmod u+w) to save annotations, or leave it as it is`);
    return { path: real, mode };
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { path: real };
    throw err;
  }
}

/** Removes `.<name>.<hex>.tmp` files beside `path` that a killed write left behind. */
async function removeStaleTemporaries(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const folder = dirname(path);
  let names: string[];
  try {
    names = await readdir(folder);
  } catch {
    return;
  }
  for (const name of names) {
    if (!name.startsWith(prefix) || !/^[0-9a-f]{12}\.tmp$/.test(name.slice(prefix.length))) continue;
    const file = join(folder, name);
    const info = await stat(file).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > STALE_TEMPORARY_MS) await rm(file, { force: true });
  }
}
