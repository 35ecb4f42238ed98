import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Corpus } from '../core/analysis/corpus';
import { parseTopicList, TOPIC_LIST_FILE } from '../core/analysis/topicList';
import { formatSummary } from '../core/analysis/formatSummary';
import { readDocuments } from './readDocuments';

/** Runs `analyze <folder> [--json]`: prints the analysis and returns the process exit code. */
export async function analyzeCommand(args: string[]): Promise<number> {
  const json = args.includes('--json');
  const folder = args.find((a) => !a.startsWith('--'));
  if (!folder) {
    console.error('Usage: node dist/cli.js analyze <folder> [--json]');
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
