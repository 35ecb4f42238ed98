import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  anchorAnnotations,
  annotationLines,
  AnnotationStore,
  Codebook,
  CODEBOOK_FILE,
  emptyCodebook,
  FileSystem,
  NotUtf8Error,
  OffsetMap,
  parseCodebook,
  parseSidecar,
  Problem,
} from '../core/annotations';
import { isArticlePath } from '../core/articleFiles';
import { decodeText, SIDECAR_SUFFIX, unreadableReason } from '../core/documents';
import { parseCommand, type CommandSpec } from './commandLine';
import { NodeFileSystem } from './nodeFileSystem';
import { listFiles } from './readDocuments';

const MAX_SOURCE_BYTES = 16 * 1024 * 1024;

/** The `check` subcommand's arguments. */
export const checkSpec: CommandSpec = {
  name: 'check',
  summary: 'Validates every sidecar and the codebook under <folder> and re-anchors every annotation; exits 1 when anything is invalid or orphaned.',
  positionals: ['folder'],
  options: { fix: { type: 'boolean', description: 'save re-anchored positions and add used tags missing from the codebook' } },
};

/** What one sidecar's check found. */
interface SidecarReport {
  annotations: number;
  orphans: number;
  review: number;
  moved: number;
  invalid: boolean;
  tags: string[];
}

/**
 * `check <folder> [--fix]`: validates every sidecar and the codebook, re-anchors every annotation
 * against the current sources, prints problems as `file:line: kind: reason`, and returns 0 when all
 * is well or 1 when anything is invalid or orphaned. `--fix` saves re-anchored positions through
 * the store, the editor's own save path, which never writes over a file it could not parse. A file
 * that cannot be read or written (permissions, a full disk) is reported and the rest still checked.
 * `fileSystemFor` gives the sidecars' and codebook's file access under the folder.
 */
export async function checkCommand(
  args: string[],
  print: (line: string) => void = console.log,
  fileSystemFor: (folder: string) => FileSystem = (folder) => new NodeFileSystem(folder),
): Promise<number> {
  const { values, positionals } = parseCommand(checkSpec, args);
  const fix = values.fix === true;
  const [folder] = positionals;
  const fs = fileSystemFor(folder);
  const store = new AnnotationStore({ fs, codebookPath: CODEBOOK_FILE });
  const codebook = await checkCodebook(fs, print).catch((err) => {
    print(`${CODEBOOK_FILE}:1: error: ${reasonOf(err)} (make it a readable YAML file, or remove it to start a new codebook)`);
    return undefined;
  });
  const totals = { sidecars: 0, annotations: 0, orphans: 0, review: 0, moved: 0, invalid: codebook ? 0 : 1 };
  const usedTags = new Set<string>();
  for (const sidecar of await findSidecars(folder)) {
    let report: SidecarReport;
    try {
      report = await checkSidecar(folder, fs, sidecar, store, fix, print);
    } catch (err) {
      // One file that cannot be read or written stops only itself: the others are still checked.
      print(`${sidecar}:1: error: ${reasonOf(err)} (fix this file or its folder's permissions and run check again; it was left as it was)`);
      totals.sidecars++;
      totals.invalid++;
      continue;
    }
    report.tags.forEach((t) => usedTags.add(t));
    totals.sidecars++;
    totals.annotations += report.annotations;
    totals.orphans += report.orphans;
    totals.review += report.review;
    totals.moved += report.moved;
    if (report.invalid) totals.invalid++;
  }
  if (codebook) {
    for (const tag of [...usedTags].filter((t) => !codebook.tags.has(t)).sort()) {
      print(`${CODEBOOK_FILE}:1: warning: the tag "${tag}" is used but not in the codebook${fix ? ' (added)' : ' (--fix adds it)'}`);
    }
  }
  if (fix && codebook) {
    await store.codebook.save().catch((err) => {
      print(`${CODEBOOK_FILE}:1: error: ${reasonOf(err)} (the tags above were not added; fix the folder's permissions or free space and run check --fix again)`);
      totals.invalid++;
    });
  }
  const movedNote = totals.moved ? `, ${totals.moved} moved${fix ? ' (positions updated)' : ' (run with --fix to update positions)'}` : '';
  const reviewNote = totals.review ? `, ${totals.review} to review` : '';
  print(`${totals.sidecars} sidecar(s), ${totals.annotations} annotation(s): ${totals.orphans} orphaned${reviewNote}, ${totals.invalid} invalid file(s)${movedNote}.`);
  return totals.orphans > 0 || totals.review > 0 || totals.invalid > 0 ? 1 : 0;
}

/** The codebook (empty when there is no file), or undefined when it is invalid. */
async function checkCodebook(fs: FileSystem, print: (line: string) => void): Promise<Codebook | undefined> {
  let text: string | undefined;
  try {
    text = await fs.read(CODEBOOK_FILE);
  } catch (err) {
    if (!(err instanceof NotUtf8Error)) throw err;
    print(`${err.path}:${err.line}: error: this line is not UTF-8 text (save the file as UTF-8; Marginalia leaves it untouched until then)`);
    return undefined;
  }
  if (text === undefined) return emptyCodebook();
  const parsed = parseCodebook(text, CODEBOOK_FILE);
  if (parsed.ok) return parsed.codebook;
  printProblems(parsed.problems, print);
  return undefined;
}

async function checkSidecar(folder: string, fs: FileSystem, sidecarPath: string, store: AnnotationStore, fix: boolean, print: (line: string) => void): Promise<SidecarReport> {
  const report: SidecarReport = { annotations: 0, orphans: 0, review: 0, moved: 0, invalid: false, tags: [] };
  let sidecarText: string | undefined;
  try {
    sidecarText = await fs.read(sidecarPath);
  } catch (err) {
    if (!(err instanceof NotUtf8Error)) throw err;
    print(`${sidecarPath}:${err.line}: error: this line is not UTF-8 text (save the file as UTF-8; Marginalia leaves it untouched until then)`);
    return { ...report, invalid: true };
  }
  // Removed since the folder was listed: nothing is left to check.
  if (sidecarText === undefined) return report;
  const parsed = parseSidecar(sidecarText, sidecarPath);
  if (!parsed.ok) {
    printProblems(parsed.problems, print);
    return { ...report, invalid: true };
  }
  if (parsed.invalid) {
    printProblems(parsed.invalid.problems, print);
    report.invalid = true;
  }
  report.annotations = parsed.sidecar.annotations.length;
  report.tags = parsed.sidecar.annotations.flatMap((a) => a.tags);
  const documentPath = sidecarPath.slice(0, -SIDECAR_SUFFIX.length);
  const text = await readSource(folder, documentPath);
  if (typeof text !== 'string') {
    print(`${sidecarPath}:1: error: the source ${documentPath} ${text.reason}`);
    return { ...report, orphans: report.annotations, invalid: true };
  }
  const map = new OffsetMap(text);
  const { anchored, orphans } = anchorAnnotations(map, parsed.sidecar.annotations);
  const unsure = anchored.filter((a) => a.review);
  // Finding lines needs the full YAML parser, so it is only done when there is something to report.
  const lines = orphans.length + unsure.length > 0 ? annotationLines(sidecarText) : new Map<string, number>();
  for (const orphan of orphans) {
    print(`${sidecarPath}:${lines.get(orphan.id) ?? 1}: orphan: ${orphan.id} "${preview(orphan.target.exact)}" is no longer in ${documentPath} (re-attach or delete it from the Tags view's Orphans; it is kept meanwhile)`);
  }
  for (const { annotation, start } of unsure) {
    const line = lineOf(text, start);
    print(`${sidecarPath}:${lines.get(annotation.id) ?? 1}: review: ${annotation.id} "${preview(annotation.target.exact)}" was placed on line ${line} of ${documentPath}, but not surely (confirm or move it from the Tags view's "To review"; --fix keeps its old position until then)`);
  }
  report.orphans = orphans.length;
  report.review = unsure.length;
  const moved = (a: (typeof anchored)[number]) => map.toCodePoint(a.start) !== a.annotation.target.start || map.toCodePoint(a.end) !== a.annotation.target.end;
  report.moved = anchored.filter((a) => !a.review && moved(a)).length;
  if (fix) {
    try {
      await store.load(documentPath, text);
      await store.save(documentPath);
    } catch (err) {
      // Checked but not written: it counts, says why it was left as it was, and no move is claimed as updated.
      print(`${sidecarPath}:1: error: ${reasonOf(err)} (fix its folder's permissions or free space and run check --fix again; it was left as it was)`);
      report.invalid = true;
      report.moved = 0;
    } finally {
      store.close(documentPath);
    }
  }
  return report;
}

async function readSource(folder: string, documentPath: string): Promise<string | { reason: string }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(join(folder, documentPath));
  } catch {
    return { reason: 'is missing' };
  }
  const reason = unreadableReason(bytes, MAX_SOURCE_BYTES);
  return reason ? { reason: `cannot be read: ${reason}` } : decodeText(bytes);
}

/**
 * Every sidecar under a folder whose article the shared rule takes (the same files `analyze` and
 * the editor read), as sorted paths relative to it with forward slashes.
 */
function findSidecars(folder: string): Promise<string[]> {
  return listFiles(folder, (path) => path.endsWith(SIDECAR_SUFFIX) && isArticlePath(path.slice(0, -SIDECAR_SUFFIX.length)));
}

function printProblems(problems: Problem[], print: (line: string) => void): void {
  // An error names what to do: the file is never rewritten while it cannot be read.
  const hint = (p: Problem) => (p.severity === 'error' ? ' (fix this line by hand; Marginalia leaves the file untouched until it reads)' : '');
  for (const p of problems) print(`${p.file}:${p.line}: ${p.severity}: ${p.message}${hint(p)}`);
}

function reasonOf(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read or written: permission denied';
  if (code === 'ENOSPC') return 'could not be written: the disk is full';
  return err instanceof Error ? err.message : String(err);
}

/** The 1-based line of a UTF-16 offset. */
function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function preview(text: string): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 60 ? flat.slice(0, 57) + '...' : flat;
}
