import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listFiles, readDocuments } from '../../src/node/readDocuments';

suite('the command line reads the articles the editor reads', () => {
  let folder: string;
  setup(() => {
    folder = mkdtempSync(join(tmpdir(), 'marginalia-read-'));
    for (const file of ['a.txt', 'news/b.md', '.hidden/c.txt', 'node_modules/p/README.md', 'dist/d.txt', 'build/e.txt', 'out/f.md', 'outlets/g.txt', 'a.txt.annotations.yaml', 'dist/d.txt.annotations.yaml']) {
      mkdirSync(dirname(join(folder, file)), { recursive: true });
      writeFileSync(join(folder, file), 'text');
    }
  });
  teardown(() => rmSync(folder, { recursive: true, force: true }));

  test('analyze skips hidden, package and build folders by the shared rule', async () => {
    const { documents } = await readDocuments(folder);
    assert.deepEqual(documents.map((d) => d.path), ['a.txt', 'news/b.md', 'outlets/g.txt']);
  });

  test('check finds only the sidecars of articles', async () => {
    assert.deepEqual(await listFiles(folder, (p) => p.endsWith('.annotations.yaml')), ['a.txt.annotations.yaml']);
  });

  test('a linked folder is read through its link, and a link back up does not walk round for ever', async () => {
    const elsewhere = mkdtempSync(join(tmpdir(), 'marginalia-linked-'));
    try {
      writeFileSync(join(elsewhere, 'wire.txt'), 'text');
      symlinkSync(elsewhere, join(folder, 'linked'));
      symlinkSync(folder, join(folder, 'news', 'up'));
      symlinkSync(join(folder, 'missing'), join(folder, 'dangling.txt'));
      const { documents } = await readDocuments(folder);
      assert.deepEqual(documents.map((d) => d.path), ['a.txt', 'linked/wire.txt', 'news/b.md', 'outlets/g.txt']);
    } finally {
      rmSync(elsewhere, { recursive: true, force: true });
    }
  });
});
