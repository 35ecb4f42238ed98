// Runs inside the VS Code extension host (through test/bench/vscode.mjs) and measures what a user
// feels: load + activation, time until the views have data, the hover and CodeLens providers'
// own time, and how long the extension host's event loop was blocked while the corpus was analysed.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import * as vscode from 'vscode';
import type { MarginaliaApi } from '../../src/extension';
import { defaultPoolSize } from '../../src/vscode/node/nodeWorker';

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : NaN;
}

export async function run(): Promise<void> {
  // Started before the first analysis completes (the extension defers it past activation), so the
  // histogram covers the whole analysis of the workspace.
  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  const activationBlocks = watchOwnBlocks();
  const profile = await startProfile(process.env.MARGINALIA_BENCH_PROFILE);
  const extension = vscode.extensions.getExtension<MarginaliaApi>('marginalia.marginalia');
  if (!extension) throw new Error('Marginalia is not loaded.');
  const api = await extension.activate();
  // Loading the bundle and activating happen once, before indexing starts: measured apart from it.
  const activationOwnBlockMs = activationBlocks();
  loop.reset();
  const ownBlocks = watchOwnBlocks();
  // The views are open as a reader would have them, so building the trees is measured too.
  await vscode.commands.executeCommand('marginalia.showViews');
  const index = await api.analysis.whenReady();
  // VS Code asks for the trees' items after the analysis arrives; they are built in this pause.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  loop.disable();
  const ownBlockMs = ownBlocks();
  await profile?.();
  const { timings } = api;
  const quotes = index.analysis.quotes.slice(0, 300);
  const docs = [...new Set(quotes.map((q) => q.doc))].slice(0, 60);
  for (const doc of docs) {
    const document = await vscode.workspace.openTextDocument(api.analysis.location(doc, 0, 0).uri);
    await vscode.commands.executeCommand('vscode.executeCodeLensProvider', document.uri);
    for (const quote of quotes.filter((q) => q.doc === doc)) {
      const position = document.positionAt(Math.floor((quote.start + quote.end) / 2));
      await vscode.commands.executeCommand('vscode.executeHoverProvider', document.uri, position);
    }
  }
  const edits = await measureEdits(api);
  const hover = timings.durations('hover');
  const lens = timings.durations('codeLens');
  const result = {
    documents: index.analysis.documents.length,
    quotes: index.analysis.quotes.length,
    activationMs: timings.activatedMs,
    activationOwnBlockMs,
    factsThreads: defaultPoolSize(),
    viewsPopulatedMs: timings.firstAnalysisMs,
    eventLoopMaxBlockMs: loop.max / 1e6,
    eventLoopP99Ms: loop.percentile(99) / 1e6,
    ownBlockMs,
    ...edits,
    hoverP95Ms: percentile(hover, 95),
    hoverSamples: hover.length,
    codeLensP95Ms: percentile(lens, 95),
    codeLensSamples: lens.length,
  };
  writeFileSync(process.env.MARGINALIA_BENCH_OUT!, JSON.stringify(result));
}

/** Profiles the extension host's CPU until the returned function is called, when a path is given. */
async function startProfile(path: string | undefined): Promise<(() => Promise<void>) | undefined> {
  if (!path) return undefined;
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
  return async () => {
    const { profile } = await session.post('Profiler.stop');
    writeFileSync(path, JSON.stringify(profile));
    session.disconnect();
  };
}

/**
 * Edits one document five times (in memory, as typing would) and measures the median time until
 * each edit's analysis is in the index, and the host's own longest block meanwhile.
 */
async function measureEdits(api: MarginaliaApi): Promise<{ editMedianMs: number; editOwnBlockMs: number }> {
  const doc = api.analysis.index.analysis.documents[0]?.path;
  const text = doc === undefined ? undefined : api.analysis.textOf(doc);
  if (doc === undefined || text === undefined) return { editMedianMs: NaN, editOwnBlockMs: NaN };
  const blocks = watchOwnBlocks();
  const times: number[] = [];
  for (let i = 1; i <= 5; i++) {
    const start = performance.now();
    api.analysis.set(doc, `${text}\n“We will decide by round ${i},” a spokesperson said.\n`);
    await api.analysis.requestAnalysis();
    times.push(performance.now() - start);
  }
  const editOwnBlockMs = blocks();
  api.analysis.set(doc, text);
  await api.analysis.requestAnalysis();
  return { editMedianMs: percentile(times, 50), editOwnBlockMs };
}

/** The processor time this thread has run, in milliseconds (Linux only: undefined elsewhere). */
function threadCpuMs(): number | undefined {
  try {
    const match = /se\.sum_exec_runtime\s*:\s*([\d.]+)/.exec(readFileSync('/proc/thread-self/sched', 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Watches the event loop with a 2 ms timer and returns, when stopped, the longest gap between two
 * ticks counted in the processor time this thread ran during it. On a machine shared with other
 * work the wall-clock gaps include time the thread merely waited for a processor; this figure is
 * the part of a block the extension host's own code is responsible for (NaN where it is unknown).
 */
function watchOwnBlocks(): () => number {
  let last = threadCpuMs();
  let lastWall = performance.now();
  let longest = last === undefined ? NaN : 0;
  const timer = setInterval(() => {
    const now = threadCpuMs();
    const wall = performance.now();
    if (now !== undefined && last !== undefined) longest = Math.max(longest, now - last);
    if (process.env.MARGINALIA_BENCH_TRACE && wall - lastWall > 25) {
      appendFileSync(process.env.MARGINALIA_BENCH_TRACE, `${wall.toFixed(1)} STALL ${(wall - lastWall).toFixed(1)} own ${((now ?? NaN) - (last ?? NaN)).toFixed(1)}\n`);
    }
    last = now;
    lastWall = wall;
  }, 2);
  return () => {
    clearInterval(timer);
    return longest;
  };
}
