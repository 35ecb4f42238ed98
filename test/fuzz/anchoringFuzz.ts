import { anchorAnnotations, Annotation, AnnotationStore, describeTarget, OffsetMap, serializeSidecar, SIDECAR_VERSION } from '../../src/core/annotations';
import { MemoryFileSystem } from '../unit/annotations/memoryFileSystem';
import { EditedText } from './editedText';
import { randomEdit, Random } from './randomEdits';

/** What happened to the annotations of one or many fuzz trials. */
export interface FuzzCounts {
  annotations: number;
  untouched: number;
  untouchedPlacedRight: number;
  untouchedReview: number;
  deleted: number;
  deletedOrphanedOrReview: number;
  changed: number;
  review: number;
  orphaned: number;
  /** Placed where none of its original text is, and not marked for review: the number that must be 0. */
  otherTextWithoutReview: number;
  /** Annotations that `--fix` saved and that come back to their first place once the edits are undone. */
  restoredAfterRevert: number;
  examples: string[];
}

/** Counts that start at zero. */
export function emptyCounts(): FuzzCounts {
  return {
    annotations: 0, untouched: 0, untouchedPlacedRight: 0, untouchedReview: 0, deleted: 0, deletedOrphanedOrReview: 0,
    changed: 0, review: 0, orphaned: 0, otherTextWithoutReview: 0, restoredAfterRevert: 0, examples: [],
  };
}

/** Random passages of a text at word boundaries: single words, phrases and whole sentences. */
function randomAnnotations(text: string, random: Random, count: number): Annotation[] {
  const map = new OffsetMap(text);
  const words = [...text.matchAll(/\S+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const annotations: Annotation[] = [];
  for (let i = 0; i < count && words.length > 0; i++) {
    const first = random.int(words.length);
    const size = random.pick([1, 1, 2, 2, 3, 5, 8, 12, 20]);
    const last = Math.min(words.length - 1, first + size - 1);
    const start = words[first].start;
    const end = words[last].end;
    const time = '2026-01-01T00:00:00.000Z';
    annotations.push({ id: `a${i}`, tags: ['t'], created: time, modified: time, target: describeTarget(map, start, end) });
  }
  return annotations;
}

/**
 * One trial: annotate random passages of `text`, make a few random edits, re-anchor, and count
 * where each annotation went against where its text truly went. Then save as `check --fix` does,
 * undo the edits, and count the annotations that come back to their first place.
 */
export async function fuzzTrial(text: string, random: Random, counts: FuzzCounts, onMisplaced?: (annotation: Annotation, edited: EditedText, at: { start: number; end: number }) => void): Promise<void> {
  const annotations = randomAnnotations(text, random, 20);
  const edited = new EditedText(text);
  const edits = 1 + random.int(3);
  for (let i = 0; i < edits; i++) randomEdit(edited, annotations, random);
  const map = new OffsetMap(edited.text);
  const { anchored, orphans } = anchorAnnotations(map, annotations);
  counts.annotations += annotations.length;
  counts.orphaned += orphans.length;
  const placed = new Map(anchored.map((a) => [a.annotation.id, a]));
  const original = new OffsetMap(text);
  for (const annotation of annotations) {
    const from = original.toUtf16(annotation.target.start);
    const to = original.toUtf16(annotation.target.end);
    const truth = edited.whereIs(from, to);
    const at = placed.get(annotation.id);
    const review = at !== undefined && (at as { review?: boolean }).review === true;
    if (review) counts.review++;
    if (truth === 'deleted') {
      counts.deleted++;
      if (!at || review) counts.deletedOrphanedOrReview++;
    } else if (truth === 'changed') {
      counts.changed++;
    } else {
      counts.untouched++;
      if (at && at.start === truth.start && at.end === truth.end) counts.untouchedPlacedRight++;
      if (review) counts.untouchedReview++;
    }
    if (at && !review && !edited.overlapsOriginal(at.start, at.end, from, to)) {
      counts.otherTextWithoutReview++;
      onMisplaced?.(annotation, edited, at);
      if (counts.examples.length < 20) counts.examples.push(`"${annotation.target.exact}" (${truth === 'deleted' ? 'deleted' : truth === 'changed' ? 'changed' : 'untouched'}) placed on "${edited.text.slice(at.start, at.end)}"`);
    }
  }
  counts.restoredAfterRevert += await restoredAfterRevert(text, edited.text, annotations);
}

/** Saves the annotations re-anchored in the edited text through the store, then counts those the original text places back. */
async function restoredAfterRevert(text: string, editedText: string, annotations: Annotation[]): Promise<number> {
  const sidecar = { version: SIDECAR_VERSION, source: 'a.txt', textHash: 'fnv1a:0', annotations };
  const fs = new MemoryFileSystem({ 'a.txt.annotations.yaml': serializeSidecar(sidecar) });
  const store = new AnnotationStore({ fs });
  await store.load('a.txt', editedText);
  // A save right after a load writes what `check --fix` writes.
  await store.save('a.txt');
  await store.load('a.txt', text);
  const original = new OffsetMap(text);
  const back = new Map(store.anchored('a.txt').map((a) => [a.annotation.id, a]));
  let restored = 0;
  for (const annotation of annotations) {
    const at = back.get(annotation.id);
    if (at && at.start === original.toUtf16(annotation.target.start) && at.end === original.toUtf16(annotation.target.end)) restored++;
  }
  return restored;
}
