// The in-editor benchmark: opens a folder (default: seeds/) in a real VS Code with Marginalia and
// prints activation time, time to populated views, hover/CodeLens p95 and the longest event-loop
// block of the extension host. Usage: node test/bench/vscode.mjs [folder] [--cpu-prof file]
// (--cpu-prof writes the extension host's CPU profile up to the first analysis, for DevTools; with
// MARGINALIA_BENCH_TRACE=<file> in the environment every event-loop stall over 25 ms is appended
// to that file with the host's own processor time during it).
import * as esbuild from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PROJECT } from '../harness/codeServer.mjs';
import { runInHost } from '../harness/runInHost.mjs';
import { copySeeds } from '../harness/seedsCopy.mjs';

// The seeds are copied so that nothing the extension writes lands in the repository.
const args = process.argv.slice(2);
const profileAt = args.indexOf('--cpu-prof');
const profile = profileAt >= 0 ? resolve(args.splice(profileAt, 2)[1]) : undefined;
const folder = args[0] ? resolve(args[0]) : copySeeds();
const work = mkdtempSync(join(tmpdir(), 'marginalia-bench-'));
const entry = join(work, 'vscodeBench.js');
const out = join(work, 'result.json');
await esbuild.build({
  entryPoints: [join(PROJECT, 'test', 'bench', 'vscodeBench.ts')],
  outfile: entry,
  bundle: true,
  format: 'cjs',
  platform: 'node',
  external: ['vscode'],
  logLevel: 'warning',
});
try {
  const code = await runInHost({
    entry,
    folder,
    env: { MARGINALIA_BENCH_OUT: out, ...(profile ? { MARGINALIA_BENCH_PROFILE: profile } : {}) },
    timeoutMs: 15 * 60_000,
    workbenchLog: join(PROJECT, 'test-results', 'bench-workbench.log'),
  });
  if (code !== 0) throw new Error(`the benchmark failed inside VS Code (exit ${code}); see test-results/bench-workbench.log`);
  const r = JSON.parse(readFileSync(out, 'utf8'));
  const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(1)} ms` : 'n/a');
  console.log(`In VS Code (${folder}: ${r.documents} documents, ${r.quotes} quotations)`);
  console.log(`  activation                     ${ms(r.activationMs)}   (target < 100 ms)`);
  console.log(`  views populated after          ${ms(r.viewsPopulatedMs)}   (target < 1000 ms on the seeds)`);
  console.log(`  hover provider p95 (${r.hoverSamples} calls)  ${ms(r.hoverP95Ms)}   (target < 5 ms)`);
  console.log(`  CodeLens provider p95 (${r.codeLensSamples} calls)  ${ms(r.codeLensP95Ms)}   (target < 5 ms)`);
  console.log(`  event loop: longest block      ${ms(r.eventLoopMaxBlockMs)}   (target < 50 ms), p99 ${ms(r.eventLoopP99Ms)}`);
  console.log(`    of which the host's own CPU  ${ms(r.ownBlockMs)}   (the longest block less time spent waiting for a processor)`);
  console.log(`  an edit's analysis in view     ${ms(r.editMedianMs)}   (median of 5), host's own longest block ${ms(r.editOwnBlockMs)}`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
