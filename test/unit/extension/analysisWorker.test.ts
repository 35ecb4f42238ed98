import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import type { FromWorker, ToWorker } from '../../../src/analysisWorker';

const ROOT = join(__dirname, '..', '..', '..');

suite('analysis worker', () => {
  let dir: string;
  let worker: Worker;

  suiteSetup(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-worker-'));
    // The worker is bundled the way esbuild.mjs bundles it, so the test runs what the extension runs.
    await esbuild.build({ entryPoints: [join(ROOT, 'src/analysisWorker.ts')], outfile: join(dir, 'worker.js'), bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
  });
  setup(() => {
    worker = new Worker(join(dir, 'worker.js'));
  });
  teardown(() => worker.terminate());
  suiteTeardown(() => rmSync(dir, { recursive: true, force: true }));

  const send = (message: ToWorker) => worker.postMessage(message);
  const reply = () => new Promise<FromWorker>((resolve) => worker.once('message', resolve));

  test('analyses exactly the documents set and not removed, in message order', async () => {
    send({ type: 'set', path: 'b.txt', text: 'Second article.' });
    send({ type: 'set', path: 'a.txt', text: 'First article.' });
    send({ type: 'remove', path: 'b.txt' });
    send({ type: 'analyse', id: 7 });
    const message = await reply();
    assert.equal(message.type, 'analysis');
    assert.equal(message.id, 7);
    if (message.type === 'analysis') assert.deepEqual(message.analysis.documents, [{ path: 'a.txt', length: 14 }]);
  });

  test('a replaced document is analysed with its new text', async () => {
    send({ type: 'set', path: 'a.txt', text: 'Old.' });
    send({ type: 'set', path: 'a.txt', text: 'A longer new text.' });
    send({ type: 'analyse', id: 1 });
    const message = await reply();
    assert.ok(message.type === 'analysis' && message.analysis.documents[0].length === 18);
  });
});
