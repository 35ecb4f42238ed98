import * as assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import * as esbuild from 'esbuild';
import { AnalysisAssembler, type FromWorker, type ToWorker } from '../../../src/analysisProtocol';
import type { CorpusAnalysis } from '../../../src/core/analysis/model';

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
  // Plays the extension host's side: take each part, ask for the next, until the analysis is done.
  const analyse = (id: number) =>
    new Promise<CorpusAnalysis>((resolve, reject) => {
      const parts = new AnalysisAssembler();
      const onMessage = (message: FromWorker) => {
        if (message.type === 'part' && message.id === id) {
          parts.add(message);
          send({ type: 'more', id });
        } else {
          worker.off('message', onMessage);
          if (message.type === 'done' && message.id === id) resolve(parts.analysis);
          else reject(new Error(JSON.stringify(message)));
        }
      };
      worker.on('message', onMessage);
      send({ type: 'analyse', id });
    });

  test('analyses exactly the documents set and not removed, in message order', async () => {
    send({ type: 'set', path: 'b.txt', text: 'Second article.' });
    send({ type: 'set', path: 'a.txt', text: 'First article.' });
    send({ type: 'remove', path: 'b.txt' });
    const analysis = await analyse(7);
    assert.deepEqual(analysis.documents, [{ path: 'a.txt', length: 14 }]);
  });

  test('a replaced document is analysed with its new text', async () => {
    send({ type: 'set', path: 'a.txt', text: 'Old.' });
    send({ type: 'set', path: 'a.txt', text: 'A longer new text.' });
    const analysis = await analyse(1);
    assert.equal(analysis.documents[0].length, 18);
  });
});
