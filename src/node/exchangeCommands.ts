import { parseArgs, type ParseArgsConfig } from 'node:util';
import { Corpus } from '../core/analysis/corpus';
import { EXPORT_FORMATS, ExportFormat, ImportFileError, importReportLines, issueLine } from '../core/exchange';
import { exportFolder, importIntoFolder } from './exchange';

const EXPORT_USAGE = `Usage: node dist/cli.js export <folder> --format ${EXPORT_FORMATS.join('|')} --out <file> [--include-analysis]`;
const IMPORT_USAGE = 'Usage: node dist/cli.js import <folder> <file.qdpx|.qdc|.qde|.jsonld> [--dry-run]';

/** Runs `export`: writes the folder's annotations in a QDA, W3C or CSV format; returns the exit code. */
export async function exportCommand(args: string[], print: (line: string) => void = console.log, error: (line: string) => void = console.error): Promise<number> {
  const parsed = parse({ args, options: { format: { type: 'string' }, out: { type: 'string' }, 'include-analysis': { type: 'boolean' } } } as const, EXPORT_USAGE, error);
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  const format = values.format;
  if (positionals.length !== 1 || !format || !values.out) return usage(EXPORT_USAGE, error);
  if (!(EXPORT_FORMATS as readonly string[]).includes(format)) {
    error(`Unknown format "${format}": use one of ${EXPORT_FORMATS.join(', ')}.`);
    return 2;
  }
  try {
    const outcome = await exportFolder(positionals[0], format as ExportFormat, values.out, values['include-analysis'] ? analyseCorpus : undefined);
    for (const issue of outcome.issues) error(`warning: ${issueLine(issue)}`);
    const quotes = values['include-analysis'] ? ` and ${outcome.quotes} quotation(s)` : '';
    print(`Exported ${outcome.passages} passage(s)${quotes} from ${outcome.documents} document(s) to ${values.out}.`);
    return 0;
  } catch (err) {
    error(`Cannot export: ${(err as Error).message}.`);
    return 1;
  }
}

/** Runs `import`: reads a QDA project, codebook or W3C annotations into the folder; returns the exit code. */
export async function importCommand(args: string[], print: (line: string) => void = console.log, error: (line: string) => void = console.error): Promise<number> {
  const parsed = parse({ args, options: { 'dry-run': { type: 'boolean' } } } as const, IMPORT_USAGE, error);
  if (!parsed) return 2;
  const { values, positionals } = parsed;
  if (positionals.length !== 2) return usage(IMPORT_USAGE, error);
  const [folder, file] = positionals;
  const dryRun = values['dry-run'] === true;
  try {
    const report = await importIntoFolder(folder, file, dryRun);
    importReportLines(report, dryRun, file).forEach((line) => print(line));
    return report.issues.length > 0 ? 1 : 0;
  } catch (err) {
    if (err instanceof ImportFileError) {
      const where = err.part ? `${file} (${err.part}):${err.line}` : `${file}:${err.line}`;
      error(`${where}: ${err.message}. Nothing was imported; fix or re-export the file and try again.`);
      return 1;
    }
    error(`Cannot import ${file}: ${(err as Error).message}.`);
    return 1;
  }
}

/** The engine's analysis of the documents, as `analyze` computes it. */
function analyseCorpus(documents: readonly { path: string; text: string }[]) {
  const corpus = new Corpus();
  for (const d of documents) corpus.setDocument(d.path, d.text);
  return corpus.analyseOnce();
}

/** Strict parsing: an unknown option or a missing value prints the error and the usage. */
function parse<T extends ParseArgsConfig>(config: T, usageText: string, error: (line: string) => void) {
  try {
    return parseArgs<T & { allowPositionals: true; strict: true }>({ ...config, allowPositionals: true, strict: true });
  } catch (err) {
    error(`${(err as Error).message}\n${usageText}`);
    return undefined;
  }
}

function usage(text: string, error: (line: string) => void): number {
  error(text);
  return 2;
}
