import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { AnalysisWorkerClient } from '../../../src/vscode/analysis/analysisWorkerClient';
import { nodeWorker } from '../../../src/vscode/node/nodeWorker';

const ROOT = join(__dirname, '..', '..', '..');

suite('analysis worker and its client', function () {
  // Each test waits on a real worker thread, which loads the tagger's model: seconds on a loaded machine.
  // The limit only stops a hang; every wait is on the worker's answer, not on time.
  this.timeout(120_000);
  let dir: string;
  let client: AnalysisWorkerClient | undefined;
  const documents = new Map<string, string>();
  const errors: string[] = [];

  suiteSetup(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-worker-'));
    // The worker is bundled the way esbuild.mjs bundles it, so the test runs what the extension runs.
    const entry = join(ROOT, 'src/engine/analysisWorker.ts');
    await esbuild.build({ entryPoints: [entry], outfile: join(dir, 'worker.js'), bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
    // The real worker, plus two faults on cue: it dies on the text "CRASH" and reports a failed
    // document on "FAIL", standing in for an engine that brings its thread down or throws.
    writeFileSync(
      join(dir, 'faulty.js'),
      `const { parentPort } = require('node:worker_threads');
parentPort.on('message', (m) => {
  if (m.text === 'CRASH') process.exit(3);
  if (m.text === 'FAIL') parentPort.postMessage({ type: 'error', path: m.path, message: 'engine failed' });
});
require('./worker.js');
`,
    );
  });
  setup(() => {
    documents.clear();
    errors.length = 0;
  });
  teardown(() => client?.dispose());
  suiteTeardown(() => rmSync(dir, { recursive: true, force: true }));

  const start = (file: string) => new AnalysisWorkerClient(nodeWorker(join(dir, file)), () => documents, (path, message) => errors.push(`${path}: ${message}`));

  test('analyses exactly the documents set and not removed, in message order', async () => {
    client = start('worker.js');
    client.set('b.txt', 'Second article.');
    client.set('a.txt', 'First article.');
    client.remove('b.txt');
    const { analysis } = await client.analyse();
    assert.deepEqual(analysis.documents, [{ path: 'a.txt', length: 14 }]);
  });

  test('a replaced document is analysed with its new text', async () => {
    client = start('worker.js');
    client.set('a.txt', 'Old.');
    client.set('a.txt', 'A longer new text.');
    const { analysis } = await client.analyse();
    assert.equal(analysis.documents[0].length, 18);
  });

  test('an analysis after an edit, sent as changes, equals a fresh worker’s analysis of the same texts', async () => {
    client = start('worker.js');
    client.set('a.txt', '“We will sign,” Ruth Okafor said in Lagos.');
    client.set('b.txt', 'The Northern Grain Board raised prices on Monday.');
    await client.analyse();
    client.set('a.txt', '“We will sign,” Ruth Okafor said in Lagos. “Not yet,” Ana Ruiz replied.');
    const { analysis } = await client.analyse();
    client.dispose();
    client = start('worker.js');
    client.set('a.txt', '“We will sign,” Ruth Okafor said in Lagos. “Not yet,” Ana Ruiz replied.');
    client.set('b.txt', 'The Northern Grain Board raised prices on Monday.');
    assert.deepEqual(analysis, (await client.analyse()).analysis);
    assert.ok(analysis.quotes.length >= 2, JSON.stringify(analysis.quotes));
  });

  test('a crash fails the pending analysis; the next one runs in a new worker that is given every document', async () => {
    client = start('faulty.js');
    documents.set('kept.txt', 'Kept article.');
    client.set('kept.txt', 'Kept article.');
    client.set('bad.txt', 'CRASH');
    await assert.rejects(client.analyse(), /exit code 3/);
    const { analysis } = await client.analyse();
    assert.deepEqual(analysis.documents, [{ path: 'kept.txt', length: 13 }]);
  });

  test('a document the engine fails on is reported by path, and the rest is still analysed', async () => {
    client = start('faulty.js');
    client.set('ok.txt', 'Fine.');
    client.set('odd.txt', 'FAIL');
    const { analysis } = await client.analyse();
    assert.deepEqual(errors, ['odd.txt: engine failed']);
    assert.ok(analysis.documents.some((d) => d.path === 'ok.txt'));
  });
});
