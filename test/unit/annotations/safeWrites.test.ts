import * as assert from 'node:assert/strict';
import { chmodSync, lstatSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { AnnotationStore } from '../../../src/core/annotations';
import { NodeFileSystem } from '../../../src/node/nodeFileSystem';
import { MemoryFileSystem } from './memoryFileSystem';

const TEXT = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi omicron pi rho sigma tau upsilon';
const SIDECAR = 'a.txt.annotations.yaml';

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}${++n}`;
}

function addWord(store: AnnotationStore, i: number) {
  const word = TEXT.split(' ')[i % 20];
  const start = TEXT.indexOf(word);
  return store.add('a.txt', { start, end: start + word.length, tags: ['w'] });
}

function idsIn(yaml: string): string[] {
  return parse(yaml).annotations.map((a: { id: string }) => a.id).sort();
}

suite('safe writes', () => {
  let root: string;
  setup(() => {
    root = mkdtempSync(join(tmpdir(), 'marginalia-safe-'));
  });
  teardown(() => rmSync(root, { recursive: true, force: true }));

  test('a sidecar changed by another writer between the read and the rename is merged, not overwritten', async () => {
    const fs = new MemoryFileSystem();
    const first = new AnnotationStore({ fs, newId: counter('b') });
    await first.load('a.txt', TEXT);
    addWord(first, 0);
    await first.save('a.txt');
    // Their save, made on a copy of the same file, lands while ours is being written.
    const copy = new MemoryFileSystem({ [SIDECAR]: fs.files.get(SIDECAR)! });
    const theirs = new AnnotationStore({ fs: copy, newId: counter('t') });
    await theirs.load('a.txt', TEXT);
    addWord(theirs, 1);
    await theirs.save('a.txt');
    const mine = new AnnotationStore({ fs, newId: counter('m') });
    await mine.load('a.txt', TEXT);
    addWord(mine, 2);
    let raced = false;
    fs.beforeReplace = () => {
      if (!raced) fs.files.set(SIDECAR, copy.files.get(SIDECAR)!);
      raced = true;
    };
    assert.equal(await mine.save('a.txt'), 'written');
    assert.deepEqual(idsIn(fs.files.get(SIDECAR)!), ['b1', 'm1', 't1']);
  });

  test('two writers saving at once on disk lose no annotation', async function () {
    // Forty synced writes: slow on a loaded machine, so the time limit is generous (this measures no speed).
    this.timeout(60_000);
    writeFileSync(join(root, 'a.txt'), TEXT);
    const stores = ['x', 'y'].map((p) => new AnnotationStore({ fs: new NodeFileSystem(root), newId: counter(p) }));
    for (const store of stores) await store.load('a.txt', TEXT);
    for (let i = 0; i < 20; i++) {
      await Promise.all(stores.map(async (store, s) => {
        addWord(store, i + s);
        await store.save('a.txt');
      }));
    }
    assert.equal(idsIn(readFileSync(join(root, SIDECAR), 'utf8')).length, 40);
    assert.deepEqual(readdirSync(root).sort(), ['a.txt', SIDECAR]);
  });

  test('a write keeps the file mode, and refuses a read-only file without touching it', async () => {
    const fs = new NodeFileSystem(root);
    writeFileSync(join(root, 'private.yaml'), 'old');
    chmodSync(join(root, 'private.yaml'), 0o600);
    await fs.writeAtomic('private.yaml', 'new');
    assert.equal(statSync(join(root, 'private.yaml')).mode & 0o777, 0o600);
    chmodSync(join(root, 'private.yaml'), 0o444);
    await assert.rejects(fs.writeAtomic('private.yaml', 'newer'), /private\.yaml is read-only: make it writable/);
    assert.equal(readFileSync(join(root, 'private.yaml'), 'utf8'), 'new');
  });

  test('a symbolic link to a sidecar is written through: the link stays a link', async () => {
    const fs = new NodeFileSystem(root);
    writeFileSync(join(root, 'real.yaml'), 'old');
    symlinkSync('real.yaml', join(root, 'link.yaml'));
    await fs.writeAtomic('link.yaml', 'new');
    assert.equal(lstatSync(join(root, 'link.yaml')).isSymbolicLink(), true);
    assert.equal(readFileSync(join(root, 'real.yaml'), 'utf8'), 'new');
  });

  test('temporary files a killed run left beside a file are removed by the next write', async () => {
    const fs = new NodeFileSystem(root);
    const stale = join(root, '.a.yaml.0123456789ab.tmp');
    writeFileSync(stale, 'half');
    utimesSync(stale, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    await fs.writeAtomic('a.yaml', 'whole');
    assert.deepEqual(readdirSync(root), ['a.yaml']);
  });

  test('a comment a person put on top of a sidecar in the store’s own layout survives the next write', async () => {
    const fs = new MemoryFileSystem();
    const first = new AnnotationStore({ fs, newId: counter('c') });
    await first.load('a.txt', TEXT);
    addWord(first, 0);
    await first.save('a.txt');
    const commented = '# Reviewed by the desk, do not bulk-edit.\n' + fs.files.get(SIDECAR)!;
    fs.files.set(SIDECAR, commented);
    const second = new AnnotationStore({ fs, newId: counter('d') });
    await second.load('a.txt', TEXT);
    addWord(second, 3);
    await second.save('a.txt');
    const written = fs.files.get(SIDECAR)!;
    assert.ok(written.startsWith('# Reviewed by the desk, do not bulk-edit.\n# Marginalia annotations for a.txt.'), written);
    assert.deepEqual(idsIn(written), ['c1', 'd1']);
  });

  test('a comment a person put above one annotation stays above it when another is added before it', async () => {
    const fs = new MemoryFileSystem();
    const first = new AnnotationStore({ fs, newId: counter('c') });
    await first.load('a.txt', TEXT);
    addWord(first, 3);
    await first.save('a.txt');
    fs.files.set(SIDECAR, fs.files.get(SIDECAR)!.replace('  - id: c1', '  # checked against the print edition\n  - id: c1'));
    const second = new AnnotationStore({ fs, newId: counter('d') });
    await second.load('a.txt', TEXT);
    addWord(second, 0);
    await second.save('a.txt');
    const written = fs.files.get(SIDECAR)!;
    assert.ok(written.indexOf('id: d1') < written.indexOf('id: c1'), 'the new annotation comes first, by position');
    assert.match(written, /\n  # checked against the print edition\n  - id: c1\n/);
  });
});
