import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnotationStore } from '../../../src/core/annotations';
import { checkCommand } from '../../../src/node/checkCommand';
import { NodeFileSystem } from '../../../src/node/nodeFileSystem';

const TEXT = 'The minister said the talks were useful.\nCritics disagreed sharply.\n';

suite('check command', () => {
  let root: string;
  setup(async () => {
    root = mkdtempSync(join(tmpdir(), 'marginalia-check-'));
    mkdirSync(join(root, 'news'));
    writeFileSync(join(root, 'news', 'a.txt'), TEXT);
    const store = new AnnotationStore({ fs: new NodeFileSystem(root), codebookPath: 'marginalia.codebook.yaml' });
    await store.load('news/a.txt', TEXT);
    for (const quote of ['the talks were useful', 'Critics disagreed sharply']) {
      const start = TEXT.indexOf(quote);
      store.add('news/a.txt', { start, end: start + quote.length, tags: ['topic/talks'] });
    }
    await store.save('news/a.txt');
  });
  teardown(() => rmSync(root, { recursive: true, force: true }));

  async function run(...args: string[]) {
    const lines: string[] = [];
    const code = await checkCommand([root, ...args], (line) => lines.push(line));
    return { code, output: lines.join('\n') };
  }

  test('a folder whose annotations all still fit passes', async () => {
    const { code, output } = await run();
    assert.equal(code, 0, output);
    assert.match(output, /1 sidecar\(s\), 2 annotation\(s\): 0 orphaned, 0 invalid/);
  });

  test('an orphaned annotation fails the check with the sidecar line where it sits', async () => {
    writeFileSync(join(root, 'news', 'a.txt'), TEXT.replace('Critics disagreed sharply.', 'Nobody objected.'));
    const { code, output } = await run();
    assert.equal(code, 1);
    const lines = readFileSync(join(root, 'news', 'a.txt.annotations.yaml'), 'utf8').split('\n');
    // The orphan is the second annotation: its block starts at the last "- id:" before its quote.
    const quoteLine = lines.findIndex((l) => l.includes('exact: Critics'));
    const line = lines.slice(0, quoteLine).map((l) => l.includes('- id:')).lastIndexOf(true) + 1;
    assert.match(output, new RegExp(`news/a\\.txt\\.annotations\\.yaml:${line}: orphan: .*"Critics disagreed sharply"`));
  });

  test('--fix writes moved positions back, after which the check is clean', async () => {
    writeFileSync(join(root, 'news', 'a.txt'), 'Breaking.\n' + TEXT);
    const before = await run();
    assert.equal(before.code, 0);
    assert.match(before.output, /2 moved \(run with --fix/);
    await run('--fix');
    assert.match(readFileSync(join(root, 'news', 'a.txt.annotations.yaml'), 'utf8'), /start: 28\n/);
    assert.doesNotMatch((await run()).output, /moved/);
  });

  test('a placement two places fit equally is listed for review, fails the check, and --fix keeps it revertible', async () => {
    const sidecar = join(root, 'news', 'a.txt.annotations.yaml');
    writeFileSync(join(root, 'news', 'a.txt'), 'Update.\n' + TEXT + TEXT);
    const { code, output } = await run('--fix');
    assert.equal(code, 1);
    assert.match(output, /news\/a\.txt\.annotations\.yaml:\d+: review: .*"the talks were useful" was placed on line 2 of news\/a\.txt, but not surely/);
    assert.match(output, /2 to review/);
    assert.match(readFileSync(sidecar, 'utf8'), /start: 18\n/);
    writeFileSync(join(root, 'news', 'a.txt'), TEXT);
    const reverted = await run();
    assert.equal(reverted.code, 0, reverted.output);
  });

  test('an invalid sidecar fails the check, is reported with its line, and --fix leaves it alone', async () => {
    const broken = 'version: 1\nsource: b.txt\ntextHash: h\nannotations: 12\n';
    writeFileSync(join(root, 'news', 'b.txt'), 'text');
    writeFileSync(join(root, 'news', 'b.txt.annotations.yaml'), broken);
    const { code, output } = await run('--fix');
    assert.equal(code, 1);
    assert.match(output, /news\/b\.txt\.annotations\.yaml:4: error: annotations must be a list/);
    assert.equal(readFileSync(join(root, 'news', 'b.txt.annotations.yaml'), 'utf8'), broken);
  });

  test('a sidecar that is not UTF-8 is refused with its line, never rewritten, and the other files are still checked', async () => {
    const sidecar = join(root, 'news', 'b.txt.annotations.yaml');
    const bytes = Buffer.concat([Buffer.from('version: 1\nsource: b.txt\n# caf'), Buffer.from([0xe9]), Buffer.from('\nannotations: []\n')]);
    writeFileSync(join(root, 'news', 'b.txt'), 'text');
    writeFileSync(sidecar, bytes);
    const { code, output } = await run('--fix');
    assert.equal(code, 1);
    assert.match(output, /news\/b\.txt\.annotations\.yaml:3: error: this line is not UTF-8 text/);
    assert.match(output, /2 sidecar\(s\)/);
    assert.deepEqual(readFileSync(sidecar), bytes);
  });

  test('a codebook that is a folder is reported with what to do, and the sidecars are still checked', async () => {
    rmSync(join(root, 'marginalia.codebook.yaml'), { force: true });
    mkdirSync(join(root, 'marginalia.codebook.yaml'));
    const { code, output } = await run();
    assert.equal(code, 1);
    assert.match(output, /marginalia\.codebook\.yaml:1: error: is a folder, not a file \(make it a readable YAML file/);
    assert.match(output, /1 sidecar\(s\), 2 annotation\(s\)/);
  });

  test('a sidecar whose source is gone fails the check', async () => {
    rmSync(join(root, 'news', 'a.txt'));
    const { code, output } = await run();
    assert.equal(code, 1);
    assert.match(output, /the source news\/a\.txt is missing/);
  });

  test('a tag missing from the codebook is a warning that --fix resolves', async () => {
    writeFileSync(join(root, 'marginalia.codebook.yaml'), 'version: 1\ntags: {}\n');
    const { code, output } = await run();
    assert.equal(code, 0);
    assert.match(output, /warning: the tag "topic\/talks" is used but not in the codebook/);
    await run('--fix');
    assert.match(readFileSync(join(root, 'marginalia.codebook.yaml'), 'utf8'), /topic\/talks:\n\s+color:/);
  });

  test('a position number too large for a float is reported on its line, the rest is checked, and --fix keeps its digits', async () => {
    const sidecar = join(root, 'news', 'b.txt.annotations.yaml');
    writeFileSync(join(root, 'news', 'b.txt'), TEXT);
    writeFileSync(sidecar, 'version: 1\nsource: b.txt\nannotations:\n  - tags: [t]\n    target:\n      exact: talks\n      start: 99999999999999999999999\n      end: 99999999999999999999999\n');
    const { code, output } = await run('--fix');
    assert.equal(code, 1);
    assert.match(output, /news\/b\.txt\.annotations\.yaml:7: error: start must be a whole number/);
    assert.match(output, /2 sidecar\(s\), 2 annotation\(s\): 0 orphaned, 1 invalid file\(s\)/);
    assert.match(readFileSync(sidecar, 'utf8'), /start: 99999999999999999999999\n/);
  });
});
