import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnotationStore, decodeStrictly, NotUtf8Error } from '../../../src/core/annotations';
import { NodeFileSystem } from '../../../src/node/nodeFileSystem';

const TEXT = 'The minister said the talks were useful.';
// A Latin-1 "é" on line 3: one byte that is not UTF-8.
const LATIN1 = Buffer.concat([Buffer.from('version: 1\nsource: a.txt\n# caf'), Buffer.from([0xe9]), Buffer.from('\nannotations: []\n')]);

suite('sidecars and codebooks that are not UTF-8', () => {
  let root: string;
  setup(() => {
    root = mkdtempSync(join(tmpdir(), 'marginalia-utf8-'));
  });
  teardown(() => rmSync(root, { recursive: true, force: true }));

  test('decoding names the first line that is not UTF-8 instead of putting U+FFFD in its place', () => {
    assert.throws(() => decodeStrictly(LATIN1, 'a.txt.annotations.yaml'), (err: unknown) => err instanceof NotUtf8Error && err.line === 3 && err.path === 'a.txt.annotations.yaml');
    assert.equal(decodeStrictly(Buffer.from('\ufeffcafé'), 'x'), 'café');
  });

  test('the store reports such a sidecar with its file and line and never writes over it', async () => {
    writeFileSync(join(root, 'a.txt.annotations.yaml'), LATIN1);
    const store = new AnnotationStore({ fs: new NodeFileSystem(root) });
    await store.load('a.txt', TEXT);
    assert.deepEqual(store.problems().map((p) => [p.file, p.line, p.severity]), [['a.txt.annotations.yaml', 3, 'error']]);
    assert.match(store.problems()[0].message, /not UTF-8.*save the file as UTF-8/);
    store.add('a.txt', { start: 4, end: 12, tags: ['people/minister'] });
    assert.equal(await store.save('a.txt'), 'refused');
    assert.deepEqual(readFileSync(join(root, 'a.txt.annotations.yaml')), LATIN1);
  });

  test('a codebook that is not UTF-8 is reported on its line and never rewritten', async () => {
    writeFileSync(join(root, 'marginalia.codebook.yaml'), LATIN1);
    const store = new AnnotationStore({ fs: new NodeFileSystem(root), codebookPath: 'marginalia.codebook.yaml' });
    await store.load('a.txt', TEXT);
    assert.deepEqual(store.problems().map((p) => [p.file, p.line]), [['marginalia.codebook.yaml', 3]]);
    store.add('a.txt', { start: 4, end: 12, tags: ['people/minister'] });
    await store.save('a.txt');
    assert.deepEqual(readFileSync(join(root, 'marginalia.codebook.yaml')), LATIN1);
  });
});
