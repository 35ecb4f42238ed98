import { Document } from 'yaml';
import type { ParsedSidecar } from './sidecarFormat';
import type { KeptComments } from './sidecarComments';
import { anchorAnnotations } from './anchorAnnotations';
import { anchorTarget } from './anchorTarget';
import { AnchoredAnnotation, Annotation, Problem, TextChange } from './model';
import { OffsetMap } from './offsetMap';
import { applyChange, shiftRange } from './shiftRange';
import { describeTarget } from './textTarget';

/**
 * One annotation in memory: placed at [start, end) of the current text (UTF-16), or an orphan. A
 * placement marked `review` was not sure: its stored target is kept until a person confirms it, so
 * undoing the edit that moved it brings it back.
 */
export interface Entry {
  annotation: Annotation;
  range?: { start: number; end: number };
  review?: true;
}

/** Everything the store knows about one document and its sidecar. */
export interface DocumentState {
  path: string;
  sidecarPath: string;
  text: string;
  map?: OffsetMap;
  entries: Map<string, Entry>;
  /** The annotations as last read from or written to disk, the base of a three-way merge. */
  base: Annotation[];
  /** The YAML document last read or written, kept so a save preserves its comments. */
  document?: Document;
  /** The comment lines on top of a sidecar read by the fast reader, kept by the next write. */
  header?: string;
  /** The comment and blank lines further down that sidecar, kept by the next write. */
  comments?: KeptComments;
  /** The sidecar's text as last read or written; undefined when there was no file. */
  diskText?: string;
  /** Why the sidecar cannot be used; while non-empty it is never overwritten. */
  problems: Problem[];
  /** Annotations of the sidecar that break the schema: reported, kept verbatim by saves. */
  invalid?: ParsedSidecar['invalid'];
  /** True when annotations changed in memory since the last read or write. */
  dirty: boolean;
  /** Counts in-memory changes, so a save can tell whether more came while it was writing. */
  revision: number;
}

/** The offset map of the state's current text, built on first use. */
export function offsetMapOf(state: DocumentState): OffsetMap {
  if (!state.map || state.map.text !== state.text) state.map = new OffsetMap(state.text);
  return state.map;
}

/** Entries for annotations placed against the state's current text, in text order, orphans last. */
export function entriesFor(state: DocumentState, annotations: readonly Annotation[]): Map<string, Entry> {
  const { anchored, orphans } = anchorAnnotations(offsetMapOf(state), annotations.map(withoutOrphanFlag));
  const entries = new Map<string, Entry>();
  for (const a of anchored) entries.set(a.annotation.id, { annotation: a.annotation, range: { start: a.start, end: a.end }, ...(a.review && { review: true }) });
  for (const o of orphans) entries.set(o.id, { annotation: o });
  return entries;
}

/** The annotations as they should be saved: targets describe the current text, except unconfirmed ones; orphans are flagged. */
export function savedAnnotations(state: DocumentState): Annotation[] {
  const map = offsetMapOf(state);
  return [...state.entries.values()].map(({ annotation, range, review }) => {
    if (!range) return { ...annotation, orphaned: true };
    if (review) return withoutOrphanFlag(annotation);
    return { ...withoutOrphanFlag(annotation), target: describeTarget(map, range.start, range.end) };
  });
}

/** The placed annotations in text order. */
export function anchoredOf(state: DocumentState): AnchoredAnnotation[] {
  const placed: AnchoredAnnotation[] = [];
  for (const { annotation, range, review } of state.entries.values()) if (range) placed.push({ annotation, ...range, ...(review && { review }) });
  return placed.sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * Applies unsaved edits to the state's text and moves its annotations with them. Changes apply in
 * sequence, each in offsets of the text the previous one produced (as VS Code reports them). An
 * annotation whose whole text is replaced becomes an orphan that remembers that text; an orphan
 * whose text comes back (an undo) is placed again.
 */
export function applyChanges(state: DocumentState, changes: readonly TextChange[]): void {
  for (const change of changes) {
    let before: OffsetMap | undefined;
    for (const entry of state.entries.values()) {
      if (!entry.range) continue;
      const moved = shiftRange(entry.range.start, entry.range.end, change);
      if (!moved && !entry.review) {
        before ??= offsetMapOf(state);
        entry.annotation = { ...entry.annotation, target: describeTarget(before, entry.range.start, entry.range.end) };
      }
      entry.range = moved;
    }
    state.text = applyChange(state.text, change);
  }
  for (const entry of state.entries.values()) {
    if (entry.range) continue;
    // Exact tiers only: this runs on every keystroke while an orphan exists.
    const found = anchorTarget(offsetMapOf(state), entry.annotation.target, 0, false);
    if (!found) continue;
    entry.range = { start: found.start, end: found.end };
    if (found.review) entry.review = true;
    else delete entry.review;
  }
}

function withoutOrphanFlag(a: Annotation): Annotation {
  if (!a.orphaned) return a;
  const copy = { ...a };
  delete copy.orphaned;
  return copy;
}
