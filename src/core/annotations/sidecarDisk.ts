import { DocumentState, entriesFor, savedAnnotations } from './documentState';
import { FileSystem, NotUtf8Error, notUtf8Problem, WriteConflict } from './fileSystem';
import { mergeAnnotations, sameAnnotation } from './mergeAnnotations';
import { Annotation, Problem, SIDECAR_VERSION } from './model';
import { MAX_YAML_LENGTH } from './safeYaml';
import { hashText, parseSidecar, serializeSidecar } from './sidecarFormat';

/** What a save did: wrote the sidecar, deleted it (no annotations left), found nothing to do, or refused. */
export type SaveOutcome = 'written' | 'deleted' | 'unchanged' | 'refused';

/** A sidecar's text, undefined when there is none, or the problem of a file that is not UTF-8 (never decoded with U+FFFD). */
export async function readSidecarText(fs: FileSystem, path: string): Promise<string | undefined | Problem> {
  try {
    return await fs.read(path);
  } catch (err) {
    if (err instanceof NotUtf8Error) return notUtf8Problem(err);
    throw err;
  }
}

/**
 * Takes the sidecar text now on disk into a document's state: merged by id with unsaved changes
 * when there are any, else adopted; a file that cannot be used only sets the state's problems.
 * Returns whether the problems changed, and the tags in use once adopted (for the codebook).
 */
export function adoptDiskText(state: DocumentState, onDisk: string | undefined | Problem, now: () => string): { problemsChanged: boolean; tags?: string[] } {
  const hadProblems = state.problems.length > 0;
  if (typeof onDisk === 'object') {
    state.problems = [onDisk];
    return { problemsChanged: true };
  }
  const parsed = onDisk === undefined ? undefined : parseSidecar(onDisk, state.sidecarPath);
  if (parsed && !parsed.ok) {
    state.problems = parsed.problems;
    return { problemsChanged: true };
  }
  const theirs = parsed ? parsed.sidecar.annotations.map((a) => stamped(a, now)) : [];
  const merged = state.dirty ? mergeAnnotations(state.base, savedAnnotations(state), theirs) : theirs;
  state.entries = entriesFor(state, merged);
  state.base = theirs;
  state.document = parsed?.document;
  state.header = parsed?.header;
  state.comments = parsed?.comments;
  const hadInvalid = state.invalid !== undefined;
  state.invalid = parsed?.invalid;
  state.diskText = onDisk;
  state.problems = [];
  state.dirty = state.dirty && !sameList(merged, theirs);
  return { problemsChanged: hadProblems || hadInvalid || state.invalid !== undefined, tags: merged.flatMap((a) => a.tags) };
}

/**
 * One guarded write of a document's annotations (or deletion of its sidecar); throws WriteConflict
 * when the file changed meanwhile, and refuses (throws, file untouched) a text over `maxLength`.
 */
export async function writeSidecarOnce(fs: FileSystem, state: DocumentState, maxLength = MAX_YAML_LENGTH): Promise<SaveOutcome> {
  const annotations = savedAnnotations(state);
  // Changes made while the file is being written are not in it: they keep the document dirty.
  const revision = state.revision;
  const unchangedSince = () => state.revision === revision;
  if (annotations.length === 0 && !state.invalid?.nodes.length) {
    if (state.diskText !== undefined) {
      // A deletion is guarded by hand: only a file still as it was read may go.
      if ((await fs.read(state.sidecarPath).catch(() => null)) !== state.diskText) throw new WriteConflict(state.sidecarPath);
      await fs.delete(state.sidecarPath);
    }
    const outcome = state.diskText === undefined ? 'unchanged' : 'deleted';
    Object.assign(state, { dirty: !unchangedSince(), base: [], document: undefined, header: undefined, comments: undefined, diskText: undefined });
    return outcome;
  }
  const sidecar = { version: SIDECAR_VERSION, source: basename(state.path), textHash: hashText(state.text), annotations };
  const text = serializeSidecar(sidecar, state.document, state.header, state.invalid?.nodes, state.comments);
  if (text.length > maxLength) {
    throw new Error(`${state.sidecarPath} would grow past ${sizeOf(maxLength)}, more than Marginalia reads back: split the source or remove annotations; the file was left as it was`);
  }
  const outcome = text === state.diskText ? 'unchanged' : 'written';
  if (outcome === 'written') await fs.writeAtomic(state.sidecarPath, text, { expected: state.diskText });
  Object.assign(state, { diskText: text, base: annotations, dirty: !unchangedSince() });
  return outcome;
}

/** A hand-written annotation gets its times on first read; they are written with the next save. */
function stamped(a: Annotation, now: () => string): Annotation {
  if (a.created !== '' && a.modified !== '') return a;
  const time = now();
  return { ...a, created: a.created || time, modified: a.modified || time };
}

function sameList(a: readonly Annotation[], b: readonly Annotation[]): boolean {
  const byId = new Map(b.map((x) => [x.id, x]));
  return a.length === b.length && a.every((x) => byId.has(x.id) && sameAnnotation(x, byId.get(x.id)!));
}

function basename(path: string): string {
  return path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
}

function sizeOf(characters: number): string {
  return characters >= 1024 * 1024 ? `${characters / 1024 / 1024} MiB` : `${characters} characters`;
}
