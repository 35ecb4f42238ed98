import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import { join } from 'node:path';
import type { CorpusAnalysis } from '../core/analysis/model';
import { parseTopicList, TOPIC_LIST_FILE } from '../core/analysis/topicList';
import { formatSummary } from '../core/analysis/formatSummary';
import { ENGINE_VERSION } from '../core/cache/engineVersion';
import { parseCommand, UsageError, type CommandSpec } from './commandLine';
import { DiskFactsCache } from './diskFactsCache';
import { folderAnalysis } from './folderFacts';
import { describeDocuments } from '../core/comparison/documentLabels';
import { DEFAULT_MAX_DAYS_APART, withinTimeWindow } from '../core/comparison/timeWindow';
import { findings } from '../core/comparison/findings';
import { parseSourcesFile, SOURCES_FILE, type SourceEntry } from '../core/comparison/sourcesFile';
import { AnalysisIndex } from '../core/views/analysisIndex';
import { readDocuments } from './readDocuments';
import { writeJson } from './writeJson';

/** The `analyze` subcommand's arguments. */
export const analyzeSpec: CommandSpec = {
  name: 'analyze',
  summary: 'Finds entities, topics, quotations and cross-source links in every article under <folder>.',
  positionals: ['folder'],
  options: {
    json: { type: 'boolean', description: 'print one JSON object instead of the summary' },
    // A folder for per-document results, so a second run analyses only the articles that changed.
    cache: { type: 'string', value: 'dir', description: 'keep per-article results in <dir>; the next run analyses only what changed' },
    // Threads for the per-document analysis; by default one per processor core.
    jobs: { type: 'string', value: 'n', description: 'threads for the per-article analysis (default: one per core)' },
  },
};

/** Fewer articles than this are analysed without V8's optimising compiler. */
const FEW_ARTICLES = 100;

/** Runs `analyze <folder> [--json] [--cache <dir>] [--jobs <n>]`: prints the analysis and returns the process exit code. */
export async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(analyzeSpec, args);
  const json = values.json === true;
  const [folder] = positionals;
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new UsageError('--jobs takes a whole number of threads, 1 or more.', analyzeSpec);
  const cacheDir = typeof values.cache === 'string' ? values.cache : undefined;
  let read;
  try {
    read = await readDocuments(folder);
  } catch (err) {
    console.error(`Cannot read the folder "${folder}": ${(err as Error).message}. Check the path.`);
    return 2;
  }
  for (const s of read.skipped) console.error(`Skipped ${s.path}: ${s.reason}.`);
  // A short run is over before V8's optimising compiler pays for itself: its compiling then costs a
  // tenth to a quarter of the CPU and saves no time (README, Scale: cold start). A long run needs it.
  if (read.documents.length < FEW_ARTICLES) setFlagsFromString('--no-opt');
  const cache = cacheDir === undefined ? undefined : new DiskFactsCache(cacheDir, ENGINE_VERSION);
  const { analysis: engine, cached, corpusReused, writeError } = await folderAnalysis(folder, read.documents, await readTopicList(folder), { cache, jobs });
  if (cache) console.error(`Cache "${cacheDir}": ${cached} of ${read.documents.length} articles reused, ${read.documents.length - cached} analysed${corpusReused ? '; the corpus-wide steps reused too' : ''}.`);
  if (writeError) console.error(`Could not write the cache in "${cacheDir}": ${writeError}. The analysis is complete; check the folder's permissions.`);
  const texts = new Map(read.documents.map((d) => [d.path, d.text]));
  const described = { ...engine, documents: describeDocuments(engine.documents, (p) => texts.get(p), await readSources(folder)) };
  // As in the editor: links too far apart in time for their few words to be one statement are taken out.
  const analysis: CorpusAnalysis = withinTimeWindow(described, DEFAULT_MAX_DAYS_APART);
  const found = findings(new AnalysisIndex(analysis), (p) => texts.get(p)).map(({ kind, cluster, quotes, message }) => ({ kind, cluster, quotes, message }));
  if (!json) {
    process.stdout.write(formatSummary(analysis) + formatFindings(found));
    return 0;
  }
  // Every document entry carries the four source fields, null where nothing is known.
  const documents = analysis.documents.map((d) => ({ ...d, outlet: d.outlet ?? null, date: d.date ?? null, url: d.url ?? null, title: d.title ?? null }));
  writeJson({ ...analysis, documents, findings: found }, (chunk) => process.stdout.write(chunk));
  process.stdout.write('\n');
  return 0;
}

function formatFindings(found: { kind: string; message: string }[]): string {
  return `\nConsistency findings (${found.length})\n${found.map((f) => `  ${f.kind}: ${f.message}\n`).join('')}`;
}

/** The text of an optional file at the folder's root, or undefined when there is none. */
function readOptional(folder: string, name: string): Promise<string | undefined> {
  return readFile(join(folder, name), 'utf8').catch(() => undefined);
}

async function readSources(folder: string): Promise<SourceEntry[]> {
  const text = await readOptional(folder, SOURCES_FILE);
  if (text === undefined) return [];
  const { entries, problems } = parseSourcesFile(text);
  for (const p of problems) console.error(`${SOURCES_FILE}, line ${p.line}: ${p.message}. Fix the file; the other entries still apply.`);
  return entries;
}

async function readTopicList(folder: string) {
  const text = await readOptional(folder, TOPIC_LIST_FILE);
  if (text === undefined) return [];
  const { topics, problems } = parseTopicList(text);
  for (const p of problems) console.error(`${TOPIC_LIST_FILE}: ${p}`);
  return topics;
}
