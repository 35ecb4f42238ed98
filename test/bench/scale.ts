// The growth benchmark: `npm run bench -- --scale` (or `tsx test/bench/scale.ts [folder] [--sizes 1,2,4,8] [--jobs N]`).
// It copies a corpus 1, 2, 4 and 8 times over (renamed copies in a temporary folder, never in the
// project), runs the bundled CLI on each as a fresh process and prints, per size, wall time, CPU
// time, peak memory and the ratio to a raw word scan of the same files, so the growth shows in one table.
// With --cache it also runs each size a second time over a warm cache.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(__dirname, '..', '..');
const HOOK = join(__dirname, 'resourceHook.cjs');

interface Run {
  wallMs: number;
  cpuMs: number;
  peakMb: number;
}

const args = process.argv.slice(2);
function option(name: string): string | undefined {
  const at = args.indexOf(name);
  return at >= 0 ? args.splice(at, 2)[1] : undefined;
}
const withCache = args.includes('--cache') ? (args.splice(args.indexOf('--cache'), 1), true) : false;
const sizes = (option('--sizes') ?? '1,2,4,8').split(',').map(Number).filter((n) => n > 0);
const jobs = option('--jobs');
const source = resolve(args.find((a) => !a.startsWith('--')) ?? join(ROOT, '..', 'shared', 'corpora', 'bbc'));

/** Copies the corpus `times` times into `dir`, each copy's files renamed with a prefix. */
function synthesise(dir: string, times: number): void {
  const files = readdirSync(source).filter((f) => /\.(txt|md)$/.test(f));
  for (let k = 0; k < times; k++) {
    const copy = join(dir, `copy${k + 1}`);
    mkdirSync(copy);
    for (const f of files) copyFileSync(join(source, f), join(copy, `c${k + 1}_${f}`));
  }
}

/** Runs a node process with the resource hook and returns its wall time, CPU time and peak RSS. */
function measure(nodeArgs: string[], out?: string): Run {
  const usage = join(mkdtempSync(join(tmpdir(), 'marginalia-usage-')), 'usage.json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', HOOK, ...nodeArgs], {
    env: { ...process.env, MARGINALIA_USAGE_OUT: usage },
    stdio: ['ignore', out ? 'pipe' : 'ignore', 'pipe'],
    maxBuffer: 1 << 30,
  });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${nodeArgs.join(' ')} failed: ${r.stderr}`);
  const u = JSON.parse(readFileSync(usage, 'utf8')) as { cpuMs: number; peakMb: number };
  rmSync(usage, { force: true });
  return { wallMs, cpuMs: u.cpuMs, peakMb: u.peakMb };
}

/** The raw scan: read every file and count its words, timed inside the process (no startup). */
const SCAN = `
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const t0 = performance.now();
const c0 = process.cpuUsage();
let words = 0;
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else words += (readFileSync(p, 'utf8').match(/\\S+/g) || []).length; } };
walk(process.argv[1]);
const c = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ words, ms: performance.now() - t0, cpuMs: (c.user + c.system) / 1000 }));`;

function scan(dir: string): { words: number; ms: number; cpuMs: number } {
  const r = spawnSync(process.execPath, ['-e', SCAN, dir], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as { words: number; ms: number; cpuMs: number };
}

/**
 * The tagger alone over the corpus: read every file and take its tokens and parts of speech (wink-nlp,
 * one thread, its model loaded before the clock starts), timed inside the process like the raw scan.
 */
const TAGGER = `
const { readdirSync, readFileSync, statSync } = require('node:fs');
const { join } = require('node:path');
const nlp = require('wink-nlp')(require(join(process.argv[2], 'dist', 'wink-model', 'model.js')), ['pos']);
const c0 = process.cpuUsage();
const walk = (d) => { for (const f of readdirSync(d)) { const p = join(d, f); if (statSync(p).isDirectory()) walk(p); else nlp.readDoc(readFileSync(p, 'utf8')).tokens().out(nlp.its.pos); } };
walk(process.argv[1]);
const c = process.cpuUsage(c0);
process.stdout.write(JSON.stringify({ cpuMs: (c.user + c.system) / 1000 }));`;

function taggerCpuMs(dir: string): number {
  const r = spawnSync(process.execPath, ['-e', TAGGER, dir, ROOT], { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(r.stderr);
  return (JSON.parse(r.stdout) as { cpuMs: number }).cpuMs;
}

/** Where a cold start goes: loading the tagger's code, its model, building the tagger, the first document. */
const COLD = `
const { join } = require('node:path');
const t0 = performance.now();
const winkNLP = require('wink-nlp');
const t1 = performance.now();
const model = require(join(process.argv[1], 'dist', 'wink-model', 'model.js'));
const t2 = performance.now();
const nlp = winkNLP(model, ['pos']);
const t3 = performance.now();
nlp.readDoc('Anna Berg, the mayor of Oslo, said: "The harbour will reopen next spring."').tokens().out();
const t4 = performance.now();
process.stdout.write(JSON.stringify([t1 - t0, t2 - t1, t3 - t2, t4 - t3]));`;

function coldParts(): number[] {
  const r = spawnSync(process.execPath, ['-e', COLD, ROOT], { encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as number[];
}

const s = (ms: number) => (ms / 1000).toFixed(2).padStart(6);

function main(): void {
  const cli = join(ROOT, 'dist', 'cli.js');
  const extra = jobs ? ['--jobs', jobs] : [];
  console.log(`Corpus: ${source}, copied ${sizes.join(', ')} times; the CLI as a fresh process (analyze --json)${jobs ? `, --jobs ${jobs}` : ''}`);
  console.log('size  articles     words   wall s    CPU s  peak MB  scan s  wall/scan  CPU/scan CPU  MB per 100k words' + (withCache ? '  cached wall s  cached CPU s  cached/first (wall, CPU)' : ''));
  for (const times of sizes) {
    const dir = mkdtempSync(join(tmpdir(), `marginalia-scale-${times}x-`));
    try {
      synthesise(dir, times);
      const articles = readdirSync(dir).reduce((n, c) => n + readdirSync(join(dir, c)).length, 0);
      const raw = scan(dir);
      const cache = join(dir, '.cache');
      const first = measure([cli, 'analyze', dir, '--json', ...extra, ...(withCache ? ['--cache', cache] : [])]);
      const second = withCache ? measure([cli, 'analyze', dir, '--json', ...extra, '--cache', cache]) : undefined;
      const row = [
        `${times}×`.padEnd(4),
        String(articles).padStart(9),
        raw.words.toLocaleString('en-US').padStart(9),
        s(first.wallMs),
        '  ' + s(first.cpuMs),
        first.peakMb.toFixed(0).padStart(8),
        '  ' + s(raw.ms),
        `${(first.wallMs / raw.ms).toFixed(1)}×`.padStart(10),
        `${(first.cpuMs / raw.cpuMs).toFixed(1)}×`.padStart(13),
        ((first.peakMb / raw.words) * 100_000).toFixed(1).padStart(19),
      ];
      if (second) {
        const pct = (a: number, b: number) => `${((a / b) * 100).toFixed(0)}%`;
        row.push(s(second.wallMs).padStart(15), s(second.cpuMs).padStart(13), `${pct(second.wallMs, first.wallMs)}, ${pct(second.cpuMs, first.cpuMs)}`.padStart(27));
      }
      console.log(row.join(' '));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  // What no analysis built on this tagger can go below: the tagger's own share of a raw scan's cost.
  const sourceScan = scan(source).cpuMs;
  const tagger = taggerCpuMs(source);
  console.log(`The tagger alone over ${source} (tokens and parts of speech, one thread, reading included): ${s(tagger)} s CPU, ${(tagger / sourceScan).toFixed(1)}× the raw scan's CPU`);
  // Medians of five runs each, taken in turn so that load on the machine touches both alike.
  const bare: number[] = [];
  const cold: number[] = [];
  const warm: number[] = [];
  const parts: number[][] = [];
  const seedCache = mkdtempSync(join(tmpdir(), 'marginalia-seed-cache-'));
  measure([cli, 'analyze', join(ROOT, 'seeds'), '--json', '--cache', seedCache]);
  for (let k = 0; k < 5; k++) {
    bare.push(measure(['-e', '0']).wallMs);
    cold.push(measure([cli, 'analyze', join(ROOT, 'seeds'), '--json']).wallMs);
    warm.push(measure([cli, 'analyze', join(ROOT, 'seeds'), '--json', '--cache', seedCache]).wallMs);
    parts.push(coldParts());
  }
  rmSync(seedCache, { recursive: true, force: true });
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
  const [code, model, build, first] = [0, 1, 2, 3].map((i) => median(parts.map((p) => p[i])).toFixed(0));
  console.log(`Cold start: analyze seeds --json ${median(cold).toFixed(0)} ms, node -e 0 ${median(bare).toFixed(0)} ms (${(median(cold) / median(bare)).toFixed(1)}×)`);
  console.log(`  with every seed in a warm --cache (the tagger never loads): ${median(warm).toFixed(0)} ms (${(median(warm) / median(bare)).toFixed(1)}×)`);
  console.log(`  of which the tagger: its code ${code} ms, its model's files ${model} ms, building it ${build} ms, the first document ${first} ms`);
}

main();
