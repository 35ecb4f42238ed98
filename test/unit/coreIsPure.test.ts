import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CORE = join(__dirname, '..', '..', 'src', 'core');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sourceFiles(path) : path.endsWith('.ts') ? [path] : [];
  });
}

// Matches `import ... from 'vscode'`, `import type ... from "vscode"`, `require('vscode')` and `import('vscode')`.
const VSCODE_IMPORT = /(?:from\s*|require\s*\(\s*|import\s*\(\s*)['"]vscode['"]/;
// The core must stay free of I/O too: it receives text and returns plain objects.
const IO_IMPORT = /(?:from\s*|require\s*\(\s*)['"](?:node:)?(?:fs|fs\/promises|child_process|net|http|https)['"]/;

suite('src/core stays pure', () => {
  test('the core has source files to check', () => {
    assert.ok(sourceFiles(CORE).length > 0);
  });

  test('no file under src/core imports vscode', () => {
    const offenders = sourceFiles(CORE).filter((f) => VSCODE_IMPORT.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  test('no file under src/core does file, process or network I/O', () => {
    const offenders = sourceFiles(CORE).filter((f) => IO_IMPORT.test(readFileSync(f, 'utf8')));
    assert.deepEqual(offenders, []);
  });

  test('the purity pattern catches a vscode import', () => {
    assert.ok(VSCODE_IMPORT.test(`import type { Range } from 'vscode';`));
    assert.ok(VSCODE_IMPORT.test(`const vscode = require("vscode");`));
    assert.ok(!VSCODE_IMPORT.test(`import { x } from './vscodeish';`));
  });
});
