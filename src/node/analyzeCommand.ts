import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Corpus } from '../core/analysis/corpus';
import { parseTopicList, TOPIC_LIST_FILE } from '../core/analysis/topicList';
import { formatSummary } from '../core/analysis/formatSummary';
import { parseCommand, type CommandSpec } from './commandLine';
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
  const analysis = corpus.analysis();
  process.stdout.write(json ? `${JSON.stringify(analysis)}\n` : formatSummary(analysis));
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
