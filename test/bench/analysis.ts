// Benchmarks the analysis engine against compromise on one corpus: `tsx test/bench/analysis.ts [folder]`.
// Each engine runs in its own child process so peak memory figures do not mix.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const ROOT = resolve(__dirname, '..', '..');

interface Figures {
  words: number;
  ms: number;
  peakRssMb: number;
  incrementalMs?: number[];
  /** Of each incremental update, the part spent in quotation attribution and linking. */
  incrementalQuotesMs?: number[];
  /** Of the whole-corpus run: time in setDocument (tokenising, extraction) and in the first analysis(). */
  setMs?: number;
  quotesMs?: number;
  /** CPU time (user + system) of the whole-corpus run: steadier than wall time on a shared machine. */
  cpuMs?: number;
}

function readCorpus(folder: string): { path: string; text: string }[] {
  return readdirSync(folder)
    .filter((f) => /\.(txt|md)$/.test(f) && !f.endsWith('.annotations.yaml'))
    .sort()
    .map((f) => ({ path: f, text: readFileSync(join(folder, f), 'utf8') }));
}

function countWords(docs: { text: string }[]): number {
  return docs.reduce((n, d) => n + (d.text.match(/\S+/g)?.length ?? 0), 0);
}

function report(f: Figures): void {
  process.stdout.write(JSON.stringify({ ...f, peakRssMb: process.resourceUsage().maxRSS / 1024 }));
}

async function runOurs(folder: string): Promise<void> {
  const docs = readCorpus(folder);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const { Corpus } = await import('../../src/core/analysis/corpus');
  const corpus = new Corpus();
  for (const d of docs) corpus.setDocument(d.path, d.text);
  const setMs = performance.now() - t0;
  corpus.analysis();
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const quotesMs = corpus.timings.quotesMs;
  const incrementalMs: number[] = [];
  const incrementalQuotesMs: number[] = [];
  const round = (x: number) => Math.round(x * 10) / 10;
  for (let k = 0; k < 15; k++) {
    const d = docs[(k * 7919) % docs.length];
    const s = performance.now();
    corpus.setDocument(d.path, `${d.text}\nThe editor added sentence number ${k} here.`);
    corpus.analysis();
    incrementalMs.push(round(performance.now() - s));
    incrementalQuotesMs.push(round(corpus.timings.quotesMs));
  }
  report({ words: countWords(docs), ms, peakRssMb: 0, incrementalMs, incrementalQuotesMs, setMs, quotesMs, cpuMs });
}

async function runCompromise(folder: string): Promise<void> {
  const docs = readCorpus(folder);
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const nlp = (await import('compromise')).default;
  for (const d of docs) {
    const doc = nlp(d.text);
    doc.people().out('array');
    doc.places().out('array');
    doc.organizations().out('array');
  }
  const cpu = process.cpuUsage(cpu0);
  report({ words: countWords(docs), ms: performance.now() - t0, peakRssMb: 0, cpuMs: (cpu.user + cpu.system) / 1000 });
}

function child(mode: string, folder: string): Figures {
  const r = spawnSync(process.execPath, [...process.execArgv, __filename, mode, folder], { encoding: 'utf8', maxBuffer: 1 << 24 });
  if (r.status !== 0) throw new Error(`${mode} failed: ${r.stderr}`);
  return JSON.parse(r.stdout) as Figures;
}

// Cold start: a fresh node process loading the bundled CLI and analysing one seed article.
function coldStart(): number {
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-cold-'));
  const seed = readdirSync(join(ROOT, 'seeds')).sort()[0];
  copyFileSync(join(ROOT, 'seeds', seed), join(dir, seed));
  const times: number[] = [];
  for (let k = 0; k < 5; k++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [join(ROOT, 'dist', 'cli.js'), 'analyze', dir, '--json'], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    times.push(performance.now() - t0);
  }
  rmSync(dir, { recursive: true });
  return times.sort((a, b) => a - b)[2];
}

interface Usage {
  wallMs: number;
  cpuMs: number;
}

/** Runs a fresh node with the resource hook: wall time from outside, CPU time (all threads) from inside. */
function wholeProcess(nodeArgs: string[]): Usage {
  const usage = join(mkdtempSync(join(tmpdir(), 'marginalia-usage-')), 'usage.json');
  const t0 = performance.now();
  const r = spawnSync(process.execPath, ['--require', join(__dirname, 'resourceHook.cjs'), ...nodeArgs], { env: { ...process.env, MARGINALIA_USAGE_OUT: usage }, stdio: ['ignore', 'ignore', 'pipe'] });
  const wallMs = performance.now() - t0;
  if (r.status !== 0) throw new Error(`${nodeArgs.join(' ')} failed: ${r.stderr}`);
  const { cpuMs } = JSON.parse(readFileSync(usage, 'utf8')) as { cpuMs: number };
  rmSync(dirname(usage), { recursive: true, force: true });
  return { wallMs, cpuMs };
}

/**
 * Bundles test/bench/taggerFloor.ts as esbuild.mjs builds the CLI's analyze bundle (the same model
 * loader, the model read from dist/wink-model), into a temporary folder beside a link to that model.
 */
async function buildTaggerFloor(): Promise<string> {
  const { bundles } = (await import(pathToFileURL(join(ROOT, 'esbuild.mjs')).href)) as { bundles: () => esbuild.BuildOptions[] };
  const analyze = bundles().find((o) => o.outfile === 'dist/cliAnalyze.js')!;
  const dir = mkdtempSync(join(tmpdir(), 'marginalia-tagger-floor-'));
  symlinkSync(join(ROOT, 'dist', 'wink-model'), join(dir, 'wink-model'), 'dir');
  const outfile = join(dir, 'taggerFloor.js');
  await esbuild.build({ ...analyze, absWorkingDir: ROOT, entryPoints: [join(__dirname, 'taggerFloor.ts')], outfile, sourcemap: false, logLevel: 'silent' });
  return outfile;
}

// Cold start as a whole process: `analyze seeds --json` against a bare `node -e 0`, run in turn so
// that load on the machine touches both alike; the ratios are taken pair by pair, then their median.
// The tagger alone over the seeds runs in the same turns: no analysis built on it starts faster.
function coldRatio(floor: string, runs = 9): { cli: Usage; bare: Usage; tagger: Usage; wall: number; cpu: number; taggerWall: number; taggerCpu: number } {
  const seeds = join(ROOT, 'seeds');
  const turns = Array.from({ length: runs }, () => ({
    bare: wholeProcess(['-e', '0']),
    cli: wholeProcess([join(ROOT, 'dist', 'cli.js'), 'analyze', seeds, '--json']),
    tagger: wholeProcess([floor, seeds]),
  }));
  const mid = (f: (p: (typeof turns)[number]) => number) => median(turns.map(f));
  const usage = (k: 'bare' | 'cli' | 'tagger'): Usage => ({ wallMs: mid((p) => p[k].wallMs), cpuMs: mid((p) => p[k].cpuMs) });
  return {
    cli: usage('cli'),
    bare: usage('bare'),
    tagger: usage('tagger'),
    wall: mid((p) => p.cli.wallMs / p.bare.wallMs),
    cpu: mid((p) => p.cli.cpuMs / p.bare.cpuMs),
    taggerWall: mid((p) => p.tagger.wallMs / p.bare.wallMs),
    taggerCpu: mid((p) => p.tagger.cpuMs / p.bare.cpuMs),
  };
}

function line(name: string, f: Figures): string {
  const rate = Math.round(f.words / (f.ms / 1000)).toLocaleString('en-US');
  const cpuRate = Math.round(f.words / (f.cpuMs! / 1000)).toLocaleString('en-US');
  return `${name.padEnd(34)} ${rate.padStart(10)} words/s  ${(f.ms / 1000).toFixed(2).padStart(6)} s  ${f.peakRssMb.toFixed(0).padStart(4)} MB peak RSS  (${cpuRate} words per CPU-second)`;
}

function median(xs: number[]): number {
  return [...xs].sort((a, b) => a - b)[xs.length >> 1];
}

async function main(): Promise<void> {
  const folder = resolve(process.argv[2] ?? join(ROOT, 'seeds'));
  const ours = child('child-ours', folder);
  const peer = child('child-compromise', folder);
  console.log(`Corpus: ${folder} (${ours.words.toLocaleString('en-US')} words)`);
  console.log(line('marginalia (entities+topics+quotes)', ours));
  console.log(line('compromise people/places/orgs', peer));
  console.log(`  of which setDocument ${(ours.setMs! / 1000).toFixed(2)} s; first analysis() ${((ours.ms - ours.setMs!) / 1000).toFixed(2)} s, quotes (attribution+linking) ${(ours.quotesMs! / 1000).toFixed(2)} s`);
  const inc = ours.incrementalMs!;
  const quotes = ours.incrementalQuotesMs!;
  const rest = inc.map((t, i) => Math.round((t - quotes[i]) * 10) / 10);
  console.log(`Incremental update of one document: ${inc.join(', ')} ms (median ${median(inc)} ms)`);
  console.log(`  quotes (attribution+linking): ${quotes.join(', ')} ms (median ${median(quotes)} ms)`);
  console.log(`  rest (tokenise, entities, topics, assembly): ${rest.join(', ')} ms (median ${median(rest)} ms)`);
  console.log(`Cold start to first analysed seed (fresh node, bundled CLI): ${coldStart().toFixed(0)} ms`);
  const floor = await buildTaggerFloor();
  try {
    const c = coldRatio(floor);
    console.log(`Cold start, whole process: analyze seeds --json ${c.cli.wallMs.toFixed(0)} ms wall / ${c.cli.cpuMs.toFixed(0)} ms CPU, node -e 0 ${c.bare.wallMs.toFixed(0)} / ${c.bare.cpuMs.toFixed(0)} ms: ${c.wall.toFixed(1)}× wall, ${c.cpu.toFixed(1)}× CPU (medians of 9 alternated turns)`);
    console.log(`  the tagger alone (its code and model loaded as the CLI loads them, the seeds tagged, nothing else): ${c.tagger.wallMs.toFixed(0)} ms wall / ${c.tagger.cpuMs.toFixed(0)} ms CPU: ${c.taggerWall.toFixed(1)}× wall, ${c.taggerCpu.toFixed(1)}× CPU`);
  } finally {
    rmSync(dirname(floor), { recursive: true, force: true });
  }
}

const [mode, arg] = process.argv.slice(2);
if (mode === 'child-ours') void runOurs(arg);
else if (mode === 'child-compromise') void runCompromise(arg);
else void main();
