import * as assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import type { CorpusAnalysis } from '../../../src/core/analysis/model';
import { AnalysisWorkerClient } from '../../../src/vscode/analysis/analysisWorkerClient';
import { nodeWorker } from '../../../src/vscode/node/nodeWorker';

const ROOT = join(__dirname, '..', '..', '..');
const SEEDS = join(ROOT, 'seeds');

suite('the analysis worker with a pool of facts workers', function () {
  // Every test waits on real worker threads, each of which loads the tagger's model: seconds on a
  // loaded machine. The limit only stops a hang; every wait is on the workers' answers, not on time.
  this.timeout(120_000);
  let dir: string;
  const clients: AnalysisWorkerClient[] = [];
  const errors: string[] = [];

  suiteSetup(async () => {
    dir = mkdtempSync(join(tmpdir(), 'marginalia-pool-'));
    // Bundled the way esbuild.mjs bundles it, so the facts workers start from the same script.
    const entry = join(ROOT, 'src/engine/analysisWorker.ts');
    await esbuild.build({ entryPoints: [entry], outfile: join(dir, 'worker.js'), bundle: true, platform: 'node', format: 'cjs', logLevel: 'silent' });
  });
  setup(() => {
    errors.length = 0;
  });
  teardown(() => clients.splice(0).forEach((c) => c.dispose()));
  suiteTeardown(() => rmSync(dir, { recursive: true, force: true }));

  const start = (poolSize: number) => {
    const client = new AnalysisWorkerClient(nodeWorker(join(dir, 'worker.js'), poolSize), () => [], (path, message) => errors.push(`${path}: ${message}`));
    clients.push(client);
    return client;
  };

  // The seeds, each also as a shortened and a lengthened variant, so the pool has enough to share out.
  const texts = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .flatMap((f) => {
      const text = readFileSync(join(SEEDS, f), 'utf8');
      return [
        [f, text],
        [`short-${f}`, text.slice(0, Math.floor(text.length / 2))],
        [`long-${f}`, `${text}\n“We will not comment on that,” a spokeswoman for the Northern Grain Board said on Tuesday.\n`],
      ] as [string, string][];
    });

  /** Sets every text, edits one, removes one, then changes the topic list, analysing after each step. */
  async function session(poolSize: number): Promise<CorpusAnalysis[]> {
    const client = start(poolSize);
    const results: CorpusAnalysis[] = [];
    for (const [path, text] of texts) client.set(path, text);
    results.push((await client.analyse()).analysis);
    client.set(texts[0][0], `${texts[0][1]}\n“It is done,” the mayor, Ines Palma, said.\n`);
    client.remove(texts[1][0]);
    results.push((await client.analyse()).analysis);
    client.setTopics([{ name: 'Grain prices', phrases: ['grain board', 'prices'] }]);
    results.push((await client.analyse()).analysis);
    return results;
  }

  test('three facts workers give exactly the analyses of one thread, step by step', async () => {
    const alone = await session(0);
    const pooled = await session(3);
    assert.equal(alone[0].documents.length, texts.length);
    assert.ok(alone[0].quotes.length > 10 && alone[0].entities.length > 10, 'the seeds give something to compare');
    assert.deepEqual(pooled, alone);
    assert.deepEqual(errors, []);
  });

  test('the host hears how many documents the worker has taken in, up to the last one', async () => {
    const client = new AnalysisWorkerClient(nodeWorker(join(dir, 'worker.js'), 2), () => [], () => undefined);
    clients.push(client);
    for (const [path, text] of texts) client.set(path, text);
    await client.caughtUp(0);
    assert.equal(client.behind, 0);
    const { analysis } = await client.analyse();
    assert.equal(analysis.documents.length, texts.length);
  });
});
