import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const ROOT = join(__dirname, '..', '..', '..');
const SRC = join(ROOT, 'src');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));
}

suite('messages shown at run time are localisable', () => {
  let keys: Map<string, string[]>;
  let dynamic: string[];
  const bundle: Record<string, string> = JSON.parse(readFileSync(join(ROOT, 'l10n', 'bundle.l10n.json'), 'utf8'));

  suiteSetup(async () => {
    const module = await import(pathToFileURL(join(ROOT, 'test', 'harness', 'l10nKeys.mjs')).href);
    keys = module.l10nKeys(SRC);
    dynamic = module.dynamicCalls(SRC);
  });

  test('package.json points VS Code at the bundle', () => {
    assert.equal(pkg.l10n, './l10n');
  });

  test('every vscode.l10n.t message in src is in l10n/bundle.l10n.json, and the bundle holds no other', () => {
    assert.ok(keys.size >= 30, `${keys.size} messages`);
    const missing = [...keys.keys()].filter((k) => !(k in bundle));
    assert.deepEqual(missing, [], 'run npm run l10n to add them');
    assert.deepEqual(Object.keys(bundle).filter((k) => !keys.has(k)), [], 'run npm run l10n to drop them');
  });

  test('every message is a literal, so the bundle can name it', () => {
    assert.deepEqual(dynamic, []);
  });

  test('no notification, prompt or picker text is left hard-coded', () => {
    const literal = /(show(?:Information|Warning|Error)Message\(\s*|\b(?:placeHolder|placeholder|prompt|openLabel)\s*:\s*)['"`]/;
    const found = sources(join(SRC, 'vscode')).flatMap((file) =>
      readFileSync(file, 'utf8')
        .split('\n')
        .map((line, i) => [line, i] as const)
        .filter(([line]) => literal.test(line))
        .map(([line, i]) => `${file.slice(ROOT.length + 1)}:${i + 1}: ${line.trim()}`),
    );
    assert.deepEqual(found, []);
  });
});
