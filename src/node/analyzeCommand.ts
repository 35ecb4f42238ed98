import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Corpus } from '../core/analysis/corpus';
import type { CorpusAnalysis } from '../core/analysis/model';
import { parseTopicList, TOPIC_LIST_FILE } from '../core/analysis/topicList';
import { formatSummary } from '../core/analysis/formatSummary';
import { parseCommand, type CommandSpec } from './commandLine';
import { describeDocuments } from '../core/comparison/documentLabels';
import { findings } from '../core/comparison/findings';
import { parseSourcesFile, SOURCES_FILE, type SourceEntry } from '../core/comparison/sourcesFile';
import { AnalysisIndex } from '../core/views/analysisIndex';
import { readDocuments } from './readDocuments';

/** The `analyze` subcommand's arguments. */
export const analyzeSpec: CommandSpec = {
  name: 'analyze',
  summary: 'Finds entities, topics, quotations and cross-source links in every article under <folder>.',
  positionals: ['folder'],
  options: { json: { type: 'boolean', description: 'print one JSON object instead of the summary' } },
};

/** Runs `analyze <folder> [--json]`: prints the analysis and returns the process exit code. */
export async function analyzeCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand(analyzeSpec, args);
  const json = values.json === true;
  const [folder] = positionals;
  let read;
  try {
    read = await readDocuments(folder);
  } catch (err) {
    console.error(`Cannot read the folder "${folder}": ${(err as Error).message}. Check the path.`);
    return 2;
  }
  for (const s of read.skipped) console.error(`Skipped ${s.path}: ${s.reason}.`);
  const corpus = new Corpus({ topics: await readTopicList(folder) });
  for (const d of read.documents) corpus.setDocument(d.path, d.text);
  const texts = new Map(read.documents.map((d) => [d.path, d.text]));
  const engine = corpus.analysis();
  const analysis: CorpusAnalysis = { ...engine, documents: describeDocuments(engine.documents, (p) => texts.get(p), await readSources(folder)) };
  const found = findings(new AnalysisIndex(analysis), (p) => texts.get(p)).map(({ kind, cluster, quotes, message }) => ({ kind, cluster, quotes, message }));
  if (!json) {
    process.stdout.write(formatSummary(analysis) + formatFindings(found));
    return 0;
  }
  // Every document entry carries the four source fields, null where nothing is known.
  const documents = analysis.documents.map((d) => ({ ...d, outlet: d.outlet ?? null, date: d.date ?? null, url: d.url ?? null, title: d.title ?? null }));
  process.stdout.write(`${JSON.stringify({ ...analysis, documents, findings: found })}\n`);
  return 0;
}

function formatFindings(found: { kind: string; message: string }[]): string {
  return `\nConsistency findings (${found.length})\n${found.map((f) => `  ${f.kind}: ${f.message}\n`).join('')}`;
}

async function readSources(folder: string): Promise<SourceEntry[]> {
  let text: string;
  try {
    text = await readFile(join(folder, SOURCES_FILE), 'utf8');
  } catch {
    return [];
  }
  const { entries, problems } = parseSourcesFile(text);
  for (const p of problems) console.error(`${SOURCES_FILE}, line ${p.line}: ${p.message}. Fix the file; the other entries still apply.`);
  return entries;
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
