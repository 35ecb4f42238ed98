import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NodeFileSystem } from '../../../src/node/nodeFileSystem';

suite('NodeFileSystem', () => {
  let root: string;
  setup(() => {
    root = mkdtempSync(join(tmpdir(), 'marginalia-fs-'));
  });
  teardown(() => rmSync(root, { recursive: true, force: true }));

  test('a missing file reads as undefined and deleting it is not an error', async () => {
    const fs = new NodeFileSystem(root);
    assert.equal(await fs.read('nope.yaml'), undefined);
    await fs.delete('nope.yaml');
  });

  test('an atomic write replaces the file and leaves nothing else in the folder', async () => {
    const fs = new NodeFileSystem(root);
    writeFileSync(join(root, 'a.yaml'), 'old');
    await fs.writeAtomic('a.yaml', 'new ✓');
    assert.equal(readFileSync(join(root, 'a.yaml'), 'utf8'), 'new ✓');
    assert.deepEqual(readdirSync(root), ['a.yaml']);
    assert.equal(await fs.read('a.yaml'), 'new ✓');
  });

  test('a failed write leaves no temporary file behind', async () => {
    const fs = new NodeFileSystem(root);
    // A folder where the file should be makes the final rename fail after the temporary file exists.
    mkdirSync(join(root, 'target.yaml'));
    writeFileSync(join(root, 'target.yaml', 'inside'), 'x');
    await assert.rejects(fs.writeAtomic('target.yaml', 'text'));
    assert.deepEqual(readdirSync(root), ['target.yaml']);
  });

  test('a byte-order mark is dropped when reading', async () => {
    writeFileSync(join(root, 'bom.yaml'), '\ufeffversion: 1');
    assert.equal(await new NodeFileSystem(root).read('bom.yaml'), 'version: 1');
  });
});
