// The in-editor benchmark: opens a folder (default: seeds/) in a real VS Code with Marginalia and
// prints activation time, the indexing time (until the views are populated), hover/CodeLens p95,
// the longest event-loop block of the extension host while indexing and the cost of an edit.
// Usage: node test/bench/vscode.mjs [folder] [--runs N] [--cpu-prof file]
// --runs N starts VS Code N times and prints the median of each figure with its range: on a machine
// shared with other work single runs vary widely. --cpu-prof writes the extension host's CPU
// profile up to the first analysis, for DevTools. With MARGINALIA_BENCH_TRACE=<file> in the
// environment every event-loop stall over 25 ms is appended to that file with the host's own
// processor time during it.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { bundleForHost } from '../harness/buildTests.mjs';
import { PROJECT } from '../harness/codeServer.mjs';
import { runInHost } from '../harness/runInHost.mjs';
import { copySeeds } from '../harness/seedsCopy.mjs';

const args = process.argv.slice(2);
const option = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
};
const profile = option('--cpu-prof');
const runs = Math.max(1, Number(option('--runs') ?? 1));
// The seeds are copied so that nothing the extension writes lands in the repository.
const folder = args[0] ? resolve(args[0]) : copySeeds();
const work = mkdtempSync(join(tmpdir(), 'marginalia-bench-'));
const entry = await bundleForHost(join(PROJECT, 'test', 'bench', 'vscodeBench.ts'), join(work, 'vscodeBench.js'));

async function runOnce(i) {
  const out = join(work, `result-${i}.json`);
  const code = await runInHost({
    entry,
    folder,
    env: { MARGINALIA_BENCH_OUT: out, ...(profile ? { MARGINALIA_BENCH_PROFILE: resolve(profile) } : {}) },
    timeoutMs: 15 * 60_000,
    workbenchLog: join(PROJECT, 'test-results', 'bench-workbench.log'),
  });
  if (code !== 0) throw new Error(`the benchmark failed inside VS Code (exit ${code}); see test-results/bench-workbench.log`);
  return JSON.parse(readFileSync(out, 'utf8'));
}

try {
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await runOnce(i));
  const ms = (key) => {
    const values = results.map((r) => r[key]).filter(Number.isFinite).sort((a, b) => a - b);
    if (values.length === 0) return 'n/a';
    const median = values[Math.floor(values.length / 2)].toFixed(1);
    return values.length === 1 ? `${median} ms` : `${median} ms (${values[0].toFixed(1)}–${values[values.length - 1].toFixed(1)})`;
  };
  const r = results[0];
  console.log(`In VS Code (${folder}: ${r.documents} documents, ${r.quotes} quotations)${runs > 1 ? `, median of ${runs} runs` : ''}`);
  console.log(`  activation                     ${ms('activationMs')}   (target < 100 ms), the host's own longest block in it ${ms('activationOwnBlockMs')}`);
  console.log(`  indexing: views populated after ${ms('viewsPopulatedMs')}   (target < 1000 ms on the seeds), with ${r.factsThreads} facts threads`);
  console.log(`  hover provider p95 (${r.hoverSamples} calls)  ${ms('hoverP95Ms')}   (target < 5 ms)`);
  console.log(`  CodeLens provider p95 (${r.codeLensSamples} calls)  ${ms('codeLensP95Ms')}   (target < 5 ms)`);
  console.log(`  event loop while indexing: longest block ${ms('eventLoopMaxBlockMs')}   (target < 50 ms), p99 ${ms('eventLoopP99Ms')}`);
  console.log(`    of which the host's own CPU  ${ms('ownBlockMs')}   (the longest block less time spent waiting for a processor)`);
  console.log(`  an edit's analysis in view     ${ms('editMedianMs')}   (median of 5 edits), host's own longest block ${ms('editOwnBlockMs')}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
