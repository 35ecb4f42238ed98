import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(__dirname, '..', '..', '..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

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
    for (const file of ['package.json', 'package.nls.json', 'l10n/bundle.l10n.json', 'dist/extension.js', 'dist/analysisWorker.js', 'dist/web/extension.js', 'dist/web/analysisWorker.js', 'media/marginalia.svg', 'media/sidecar.schema.json', 'media/codebook.schema.json', 'README.md', 'LICENSE', 'CHANGELOG.md']) {
      assert.ok(files.includes(file), `${file} is packaged`);
    }
    assert.equal(files.filter((f) => f.startsWith('seeds/')).length, 5);
    assert.ok(files.some((f) => f.startsWith('media/walkthrough/')));
    // The worker loads the tagger's model from these files, not from node_modules.
    assert.ok(files.includes('dist/wink-model/model.js'));
  });

  test('holds no sources, tests, dependencies or source maps', () => {
    const bloat = files.filter((f) => /^(src|test|node_modules|out|test-results)\//.test(f) || f.endsWith('.map') || f.startsWith('dist/cli'));
    assert.deepEqual(bloat, []);
  });

  test('ships the icon and every picture the README shows, referenced relatively, so the extension page shows them', () => {
    assert.ok(files.includes(pkg.icon), `${pkg.icon} is packaged`);
    const pictures = [...readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)].map((m) => m[1]);
    assert.ok(pictures.length >= 3);
    for (const picture of pictures) {
      // With no public address to rewrite links against, the page resolves them inside the installed extension.
      assert.doesNotMatch(picture, /^(https?:|\/)/, picture);
      // vsce refuses SVG pictures in a README.
      assert.match(picture, /\.png$/, picture);
      assert.ok(files.includes(picture), `${picture} is packaged`);
    }
  });
});

suite('the README as the extension page', () => {
  test('opens with what Marginalia does, a picture, and how to install the .vsix, before any developer command', () => {
    const at = (needle: string) => readme.indexOf(needle);
    const install = at('--install-extension marginalia.vsix');
    assert.ok(at('Marginalia is') >= 0 && at('Marginalia is') < at('!['));
    assert.ok(at('![') < install && install > 0, 'a picture before the installation');
    assert.ok(install < at('npm test') && install < at('npm start'), 'installing comes before developing');
    assert.ok(at('npm run package') < at('npm start'));
  });
});
