import { AnnotationStore, CODEBOOK_FILE, FileSystem, isValidTag, OffsetMap } from '../annotations';
import { sidecarPathFor } from '../documents';
import { annotationIdFor, isGuid, passageGuid } from './guid';
import { ImportInput, ImportItem } from './importModel';
import { matchSource, WorkspaceText } from './matchSource';
import { ExchangeIssue } from './model';
import { placeItem } from './placeItem';

/** An annotation an import adds (or, on a dry run, would add). */
export interface ImportedAnnotation {
  documentPath: string;
  id: string;
  /** Code points, `end` exclusive. */
  start: number;
  end: number;
  text: string;
  tags: string[];
  note?: string;
  /** True when the text was found elsewhere than the file's position said. */
  moved: boolean;
}

/** What an import did or, on a dry run, would do. */
export interface ImportReport {
  added: ImportedAnnotation[];
  /** Items already in the workspace from an earlier import (or that came from it). */
  alreadyThere: number;
  /** Tags added to the codebook (or given a description it lacked). */
  tags: string[];
  /** The files written (empty on a dry run). */
  written: string[];
  issues: ExchangeIssue[];
  /** What the file held that was left out on purpose. */
  notes: string[];
}

/**
 * Takes what a file offers into the workspace through the annotation store: codes into the
 * codebook, each item into the sidecar of the document its source names, placed and checked
 * against the text. Ids derive from the file's GUIDs, so importing the same file again adds
 * nothing. What cannot be mapped is an issue saying what to do; with `dryRun` nothing is written.
 */
export async function importIntoWorkspace(fs: FileSystem, documents: readonly WorkspaceText[], input: ImportInput, dryRun: boolean): Promise<ImportReport> {
  let nextId = '';
  let nextTime = new Date().toISOString();
  const store = new AnnotationStore({ fs, codebookPath: CODEBOOK_FILE, newId: () => nextId, now: () => nextTime });
  await store.codebook.load();
  const report: ImportReport = { added: [], alreadyThere: 0, tags: [], written: [], issues: [...input.issues], notes: input.notes ?? [] };
  if (store.codebook.problems().length > 0) {
    const p = store.codebook.problems()[0];
    report.issues.push({ item: CODEBOOK_FILE, line: p.line, message: `does not parse (${p.message}): fix it first; nothing was imported` });
    return report;
  }
  importCodes(store, input, report);
  const touched = new Set<string>();
  let unchecked = 0;
  for (const item of input.items) {
    const label = `item ${item.guid}`;
    const issue = (message: string) => void report.issues.push({ item: label, line: item.line, message });
    const document = matchSource(item.source, item.sourceText, documents);
    if (!document) {
      issue(`its source "${item.source}" is not in the workspace: add that article to the folder (same file name) and import again`);
      continue;
    }
    if (!store.isLoaded(document.path)) {
      await store.load(document.path, document.text);
      const problem = store.problems().find((p) => p.file === sidecarPathFor(document.path));
      if (problem) report.issues.push({ item: problem.file, line: problem.line, message: `does not parse (${problem.message}): fix it first; nothing was imported into ${document.path}` });
    }
    if (store.problems().some((p) => p.file === sidecarPathFor(document.path))) continue;
    const id = idFor(item.guid);
    const existing = [...store.anchored(document.path).map((a) => a.annotation), ...store.orphans(document.path)];
    if (existing.some((a) => a.id === id || passageGuid(document.path, a.id) === normalisedGuid(item.guid))) {
      report.alreadyThere++;
      continue;
    }
    const tags = item.tags.filter(isValidTag);
    for (const bad of item.tags.filter((t) => !isValidTag(t))) issue(`its tag "${bad}" is not a valid tag name (segments like topic/taiwan), so it was left out`);
    const map = new OffsetMap(document.text);
    const placed = placeItem(item, map, document.path);
    if ('problem' in placed) {
      issue(placed.problem);
      continue;
    }
    if (placed.how === 'unchecked') unchecked++;
    nextId = id;
    nextTime = timeOf(item);
    store.add(document.path, { start: placed.start, end: placed.end, tags, note: item.note });
    touched.add(document.path);
    const text = document.text.slice(placed.start, placed.end);
    report.added.push({ documentPath: document.path, id, start: map.toCodePoint(placed.start), end: map.toCodePoint(placed.end), text, tags, note: item.note, moved: placed.how === 'moved' });
  }
  if (unchecked > 0) report.notes.push(`${unchecked} passage(s) placed by position alone: the file does not carry their text, so it could not be checked`);
  if (dryRun) return report;
  // A document's save writes the codebook too, so whether it changes is noted before.
  const codebookChanged = store.codebook.isDirty();
  for (const path of touched) if ((await store.save(path)) === 'written') report.written.push(sidecarPathFor(path));
  await store.codebook.save();
  if (codebookChanged) report.written.push(CODEBOOK_FILE);
  return report;
}

function importCodes(store: AnnotationStore, input: ImportInput, report: ImportReport): void {
  const codebook = store.codebook.current().tags;
  for (const code of input.codes) {
    if (!isValidTag(code.tag)) {
      report.issues.push({ item: `code "${code.tag}"`, line: code.line, message: 'is not a valid tag name (segments like topic/taiwan); rename it in the QDA tool' });
      continue;
    }
    const known = codebook.get(code.tag);
    if (known) {
      // The workspace's own colour and description win; an import only fills a missing description.
      if (known.description || !code.description) continue;
      store.codebook.setTag(code.tag, { color: known.color, description: code.description });
    } else {
      if (!code.color) store.codebook.addUsed([code.tag]);
      const color = code.color ?? codebook.get(code.tag)!.color;
      store.codebook.setTag(code.tag, code.description ? { color, description: code.description } : { color });
    }
    report.tags.push(code.tag);
  }
}

/** The annotation id for an item: from its GUID, or from a name-based GUID of any other id. */
function idFor(guid: string): string {
  return annotationIdFor(normalisedGuid(guid));
}

/** A GUID as lower-case hex with dashes; any other id (a W3C IRI) as itself. */
function normalisedGuid(id: string): string {
  const bare = id.replace(/^urn:uuid:/i, '').replace(/[{}]/g, '').toLowerCase();
  return isGuid(bare) ? bare : id;
}

function timeOf(item: ImportItem): string {
  const time = item.created ?? item.modified;
  return time && !Number.isNaN(Date.parse(time)) ? time : new Date().toISOString();
}
