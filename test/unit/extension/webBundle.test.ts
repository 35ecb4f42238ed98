import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = join(__dirname, '..', '..', '..');
const NODE_ONLY = /^(node:|worker_threads$|fs$|fs\/promises$|path$|os$|child_process$|perf_hooks$)/;

interface Built {
  inputs: string[];
  imports: string[];
}

/** Builds a bundle of esbuild.mjs in memory, returning its source files and every import it keeps or resolves. */
async function build(outfile: string): Promise<Built> {
  const { bundles } = await import(pathToFileURL(join(ROOT, 'esbuild.mjs')).href);
  const options = bundles().find((o: { outfile: string }) => o.outfile === outfile);
  assert.ok(options, `esbuild.mjs builds ${outfile}`);
  const result = await esbuild.build({ ...options, absWorkingDir: ROOT, write: false, metafile: true, logLevel: 'silent' });
  const metafile = result.metafile!;
  const inputs = Object.values(metafile.inputs);
  return {
    inputs: Object.keys(metafile.inputs),
    imports: inputs.flatMap((input) => input.imports.map((i) => i.path)),
  };
}

suite('the web bundles (vscode.dev, github.dev)', function () {
  this.timeout(60_000);

  test('the web extension imports nothing from Node and nothing but vscode from outside', async () => {
    const { inputs, imports } = await build('dist/web/extension.js');
    assert.deepEqual(imports.filter((i) => NODE_ONLY.test(i)), []);
    assert.deepEqual(inputs.filter((path) => /src\/(node|vscode\/node)\//.test(path)), []);
    assert.ok(imports.includes('vscode'));
  });

  test('the web extension never calls setImmediate, which the web worker extension host lacks', async () => {
    const { inputs } = await build('dist/web/extension.js');
    const calling = inputs.filter((path) => path.startsWith('src/') && /\bsetImmediate\s*\(/.test(readFileSync(join(ROOT, path), 'utf8')));
    assert.deepEqual(calling, [], 'use laterTurn() from src/vscode/laterTurn.ts');
  });

  test('the web analysis worker carries the engine and the model, without worker_threads, fs or path', async () => {
    const { inputs, imports } = await build('dist/web/analysisWorker.js');
    assert.deepEqual(imports.filter((i) => NODE_ONLY.test(i)), []);
    assert.ok(inputs.some((path) => path.includes('node_modules/wink-eng-lite-web-model')), 'the model is inline');
    assert.ok(inputs.some((path) => path.endsWith('src/core/analysis/corpus.ts')));
  });

  test('the desktop bundles still use Node for the worker thread and local files', async () => {
    const { imports } = await build('dist/extension.js');
    assert.ok(imports.includes('node:worker_threads') && imports.includes('node:fs/promises'));
  });
});
