import { readFile } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { Corpus } from '../core/analysis/corpus';
import { parseTopicList, TOPIC_LIST_FILE } from '../core/analysis/topicList';
import { formatSummary } from '../core/analysis/formatSummary';
import { ENGINE_VERSION } from '../core/cache/engineVersion';
import { DiskFactsCache } from './diskFactsCache';
import { folderFacts } from './folderFacts';
import { readDocuments } from './readDocuments';

const USAGE = 'Usage: node dist/cli.js analyze <folder> [--json] [--cache <dir>] [--jobs <n>]';

/** The options of `analyze`, in node:util parseArgs form. */
const OPTIONS = {
  json: { type: 'boolean' },
  // A folder for per-document results, so a second run analyses only the articles that changed.
  cache: { type: 'string' },
  // Threads for the per-document analysis; by default one per processor core.
  jobs: { type: 'string' },
} as const;

/** Runs `analyze <folder> [--json] [--cache <dir>] [--jobs <n>]`: prints the analysis and returns the process exit code. */
export async function analyzeCommand(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (err) {
    console.error(`${(err as Error).message.split('\n')[0]}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [folder] = positionals;
  const jobs = values.jobs === undefined ? availableParallelism() : Number(values.jobs);
  if (!folder || positionals.length > 1 || !Number.isInteger(jobs) || jobs < 1) {
    console.error(folder && positionals.length === 1 ? `--jobs takes a whole number of threads, 1 or more.\n${USAGE}` : USAGE);
    return 2;
  }
  let read;
  try {
    read = await readDocuments(folder);
  } catch (err) {
    console.error(`Cannot read the folder "${folder}": ${(err as Error).message}. Check the path.`);
    return 2;
  }
  for (const s of read.skipped) console.error(`Skipped ${s.path}: ${s.reason}.`);
  const cache = values.cache === undefined ? undefined : new DiskFactsCache(values.cache, ENGINE_VERSION);
  const { facts, cached, writeError } = await folderFacts(
    read.documents.map((d) => d.text),
    { cache, jobs },
  );
  if (cache) console.error(`Cache "${values.cache}": ${cached} of ${facts.length} articles reused, ${facts.length - cached} analysed.`);
  if (writeError) console.error(`Could not write the cache in "${values.cache}": ${writeError}. The analysis is complete; check the folder's permissions.`);
  const corpus = new Corpus({ topics: await readTopicList(folder) });
  read.documents.forEach((d, i) => corpus.setDocument(d.path, d.text, facts[i]));
  const analysis = corpus.analysis();
  process.stdout.write(values.json ? `${JSON.stringify(analysis)}\n` : formatSummary(analysis));
  return 0;
}

async function readTopicList(folder: string) {
  let text: string;
  try {
    text = await readFile(join(folder, TOPIC_LIST_FILE), 'utf8');
  } catch {
    return [];
  }
  const { topics, problems } = parseTopicList(text);
  for (const p of problems) console.error(`${TOPIC_LIST_FILE}: ${p}`);
  return topics;
}
