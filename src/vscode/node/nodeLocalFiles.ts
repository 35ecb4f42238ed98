import { open, rename } from 'node:fs/promises';
import { listFiles } from '../../node/readDocuments';
import type { LocalFiles } from '../workspace/localFiles';

/** Local file access through Node, several times cheaper for the extension host than `workspace.fs`. */
export const nodeLocalFiles: LocalFiles = {
  async readUpTo(path, maxBytes) {
    const handle = await open(path, 'r');
    try {
      const { size } = await handle.stat();
      return size > maxBytes ? size : await handle.readFile();
    } finally {
      await handle.close();
    }
  },
  // The command line's own walk: listing thousands of files through VS Code's search costs the
  // extension host tens of milliseconds in one block to take in its results.
  listFiles,
  replace: (from, to) => rename(from, to),
};
