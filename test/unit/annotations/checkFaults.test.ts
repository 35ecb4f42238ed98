import * as assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AnnotationStore, WriteGuard } from '../../../src/core/annotations';
import { checkCommand } from '../../../src/node/checkCommand';
import { NodeFileSystem } from '../../../src/node/nodeFileSystem';

const TEXT = 'The minister said the talks were useful.\nCritics disagreed sharply.\n';
const CODEBOOK = 'marginalia.codebook.yaml';

/** An error as Node's file functions throw it, with its code. */
function systemError(code: string, message: string, path: string): Error {
  return Object.assign(new Error(`${code}: ${message}, open '${path}'`), { code });
}

/**
 * The real file system with the faults the tests cannot cause as root: files that refuse to be
 * read (no permission) and writes that fail (a read-only folder, a full disk).
 */
class FaultyFileSystem extends NodeFileSystem {
  constructor(root: string, private readonly faults: { unreadable?: string; writes?: 'EACCES' | 'ENOSPC' }) {
    super(root);
  }
  override async read(path: string): Promise<string | undefined> {
    if (path === this.faults.unreadable) throw systemError('EACCES', 'permission denied', path);
    return super.read(path);
  }
  override async writeAtomic(path: string, text: string, guard?: WriteGuard): Promise<void> {
    if (this.faults.writes === 'EACCES') throw systemError('EACCES', 'permission denied', path);
    if (this.faults.writes === 'ENOSPC') throw systemError('ENOSPC', 'no space left on device', path);
    return super.writeAtomic(path, text, guard);
  }
}

suite('check command: files that cannot be read or written', () => {
  let root: string;
  setup(async () => {
    root = mkdtempSync(join(tmpdir(), 'marginalia-faults-'));
    mkdirSync(join(root, 'news'));
    for (const name of ['a.txt', 'b.txt']) {
      writeFileSync(join(root, 'news', name), TEXT);
      const store = new AnnotationStore({ fs: new NodeFileSystem(root), codebookPath: CODEBOOK });
      await store.load(`news/${name}`, TEXT);
      const start = TEXT.indexOf('talks');
      store.add(`news/${name}`, { start, end: start + 5, tags: ['topic/talks'] });
      await store.save(`news/${name}`);
    }
    // The articles changed above the passages and the codebook lost its tag: --fix has writing to do.
    for (const name of ['a.txt', 'b.txt']) writeFileSync(join(root, 'news', name), 'Breaking.\n' + TEXT);
    writeFileSync(join(root, CODEBOOK), 'version: 1\ntags: {}\n');
  });
  teardown(() => rmSync(root, { recursive: true, force: true }));

  async function run(faults: ConstructorParameters<typeof FaultyFileSystem>[1], ...args: string[]) {
    const lines: string[] = [];
    const code = await checkCommand([root, ...args], (line) => lines.push(line), (folder) => new FaultyFileSystem(folder, faults));
    return { code, output: lines.join('\n') };
  }

  const files = () => ['news/a.txt.annotations.yaml', 'news/b.txt.annotations.yaml', CODEBOOK].map((f) => readFileSync(join(root, f), 'utf8'));

  test('a sidecar that cannot be read is reported with what to do, and the other is still checked', async () => {
    const { code, output } = await run({ unreadable: 'news/a.txt.annotations.yaml' });
    assert.equal(code, 1, output);
    assert.match(output, /news\/a\.txt\.annotations\.yaml:1: error: cannot be read or written: permission denied \(fix this file or its folder's permissions/);
    assert.match(output, /2 sidecar\(s\), 1 annotation\(s\): 0 orphaned, 1 invalid file\(s\), 1 moved/);
  });

  for (const [fault, reason] of [['EACCES', 'cannot be read or written: permission denied'], ['ENOSPC', 'could not be written: the disk is full']] as const) {
    test(`--fix in a folder that refuses writes (${fault}) reports each file and ends with the summary, changing nothing`, async () => {
      const before = files();
      const { code, output } = await run({ writes: fault }, '--fix');
      assert.equal(code, 1, output);
      assert.match(output, new RegExp(`news/a\\.txt\\.annotations\\.yaml:1: error: ${reason}`));
      assert.match(output, new RegExp(`news/b\\.txt\\.annotations\\.yaml:1: error: ${reason}`));
      assert.match(output, new RegExp(`${CODEBOOK}:1: error: ${reason} \\(the tags above were not added`));
      assert.match(output, /2 sidecar\(s\), 2 annotation\(s\): 0 orphaned, 3 invalid file\(s\)\.$/);
      assert.deepEqual(files(), before);
    });
  }
});
