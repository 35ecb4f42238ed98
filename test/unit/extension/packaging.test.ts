import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');

suite('the packaged .vsix', () => {
  let files: string[];

  suiteSetup(function () {
    this.timeout(30_000);
    // `vsce ls` lists what `npm run package` would put in the .vsix, offline and without building it.
    const vsce = join(ROOT, 'node_modules', '@vscode', 'vsce', 'vsce');
    files = execFileSync(process.execPath, [vsce, 'ls', '--no-dependencies'], { cwd: ROOT, encoding: 'utf8' })
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean);
  });

  test('ships the bundles, the manifest, the schemas, the walkthrough and the sample articles', () => {
    for (const file of ['package.json', 'package.nls.json', 'dist/extension.js', 'dist/analysisWorker.js', 'media/marginalia.svg', 'media/sidecar.schema.json', 'media/codebook.schema.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      assert.ok(files.includes(file), `${file} is packaged`);
    }
    assert.equal(files.filter((f) => f.startsWith('seeds/')).length, 5);
    assert.ok(files.some((f) => f.startsWith('media/walkthrough/')));
    // The worker loads the tagger's model from these files, not from node_modules.
    assert.ok(files.includes('dist/wink-model/model.js'));
  });

  test('holds no sources, tests, dependencies, source maps or README pictures', () => {
    const bloat = files.filter((f) => /^(src|test|node_modules|out|test-results|media\/readme)\//.test(f) || f.endsWith('.map') || f.startsWith('dist/cli'));
    assert.deepEqual(bloat, []);
  });
});
