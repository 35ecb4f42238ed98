import { isMap, isPair, isScalar, LineCounter, parseDocument, type Document } from 'yaml';
import { readSourceFields, type DocumentSource, type SourceProblem } from './documentSource';

/** The file at the workspace root that names each document's outlet, date, URL and title. */
export const SOURCES_FILE = 'marginalia.sources.yaml';

/** One entry of a sources file: a workspace-relative path or a glob, and what it says. */
export interface SourceEntry {
  key: string;
  source: DocumentSource;
}

/** A parsed sources file: its usable entries, and the problems found (each with its line). */
export interface SourcesFile {
  entries: SourceEntry[];
  problems: SourceProblem[];
}

/**
 * Parses `marginalia.sources.yaml` (`version: 1`, `documents:` keyed by path or glob). A file that
 * is not YAML gives no entries and one problem; a bad entry is reported and the others still apply.
 */
export function parseSourcesFile(text: string): SourcesFile {
  const lines = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(text, { lineCounter: lines, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  } catch (err) {
    return { entries: [], problems: [{ line: 1, message: `the file cannot be read: ${(err as Error).message}` }] };
  }
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : lines.linePos(offset).line);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    return { entries: [], problems: [{ line: lineAt(error.pos[0]), message: `not valid YAML: ${error.message.split('\n')[0]}` }] };
  }
  const problems: SourceProblem[] = [];
  const root = doc.contents;
  if (!isMap(root)) return { entries: [], problems: [{ line: 1, message: 'expected "version: 1" and a "documents:" mapping' }] };
  const version = root.get('version');
  if (version !== 1) problems.push({ line: lineAt(root.range?.[0]), message: `"version" must be 1 (found ${JSON.stringify(version ?? null)})` });
  const documents = root.get('documents', true);
  if (documents === undefined) return { entries: [], problems: [...problems, { line: 1, message: 'no "documents:" mapping; list each article under it' }] };
  if (!isMap(documents)) return { entries: [], problems: [...problems, { line: lineAt(documents.range?.[0]), message: '"documents" must map paths to their outlet, date, url and title' }] };
  const entries: SourceEntry[] = [];
  for (const pair of documents.items) {
    if (!isPair(pair) || !isScalar(pair.key)) continue;
    const key = String(pair.key.value).replace(/\\/g, '/').replace(/^\.\//, '');
    const value = pair.value;
    const lineOf = (field?: string) => {
      const node = field && isMap(value) ? value.items.find((p) => isScalar(p.key) && p.key.value === field)?.key : undefined;
      return lineAt((isScalar(node) ? node.range?.[0] : undefined) ?? (pair.key as { range?: [number] }).range?.[0]);
    };
    const plain = value && typeof (value as { toJSON?: unknown }).toJSON === 'function' ? (value as { toJSON(): unknown }).toJSON() : value;
    entries.push({ key, source: readSourceFields(plain, lineOf, key, problems) });
  }
  return { entries, problems };
}
