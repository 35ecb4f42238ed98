import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import type { CorpusAnalysis } from '../core/analysis/model';
import {
  collectWorkspace,
  ExchangeIssue,
  ExportFormat,
  importIntoWorkspace,
  ImportReport,
  readImportFile,
  writeExport,
} from '../core/exchange';
import { NodeFileSystem } from './nodeFileSystem';
import { readDocuments } from './readDocuments';

/** What an export wrote, and what it left out. */
export interface ExportOutcome {
  passages: number;
  quotes: number;
  documents: number;
  issues: ExchangeIssue[];
}

/** Reports progress: a message and how far along (0 to 100). */
export type Progress = (message: string, percent: number) => void;

/** Gives the analysis of the documents read, for `--include-analysis` (the CLI runs the engine, the editor has it). */
export type Analyse = (documents: readonly { path: string; text: string }[]) => CorpusAnalysis | Promise<CorpusAnalysis>;

/**
 * Exports a folder's annotations (and, given `analyse`, its quotations) in a format to a file.
 * The file is written whole to a temporary name and renamed, so a failed export leaves no
 * half-written file.
 */
export async function exportFolder(folder: string, format: ExportFormat, out: string, analyse: Analyse | undefined, progress: Progress = () => undefined): Promise<ExportOutcome> {
  progress('Reading the articles', 0);
  const { documents, skipped } = await readDocuments(folder);
  const issues: ExchangeIssue[] = skipped.map((s) => ({ item: s.path, message: `skipped: ${s.reason}` }));
  let analysis: CorpusAnalysis | undefined;
  if (analyse) {
    progress('Finding quotations and speakers', 20);
    analysis = await analyse(documents);
  }
  progress('Reading the annotations', 60);
  const name = basename(resolve(folder));
  const outlets = new Map((analysis?.documents ?? []).map((d) => [d.path, (d as { outlet?: string }).outlet]));
  const collected = await collectWorkspace(new NodeFileSystem(folder), name, documents.map((d) => ({ ...d, outlet: outlets.get(d.path) })), analysis);
  progress(`Writing ${basename(out)}`, 85);
  await writeWhole(out, writeExport(collected.workspace, format));
  progress('Done', 100);
  const docs = collected.workspace.documents;
  return {
    passages: docs.reduce((n, d) => n + d.passages.length, 0),
    quotes: docs.reduce((n, d) => n + d.quotes.length, 0),
    documents: docs.length,
    issues: [...issues, ...collected.issues],
  };
}

/**
 * Imports a `.qdpx`, `.qdc`, `project.qde` or W3C JSON-LD file into a folder's sidecars and
 * codebook. A file that cannot be read at all throws ImportFileError and nothing is written.
 */
export async function importIntoFolder(folder: string, file: string, dryRun: boolean): Promise<ImportReport> {
  const input = readImportFile(await readFile(file));
  const { documents } = await readDocuments(folder);
  return importIntoWorkspace(new NodeFileSystem(folder), documents, input, dryRun);
}

async function writeWhole(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  } catch (err) {
    await rm(temporary, { force: true });
    throw err;
  }
}
