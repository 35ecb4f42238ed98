import { Annotation } from './model';

/** Annotations in file order: by start, then end, then id, so the order never depends on history. */
export function sortAnnotations(annotations: readonly Annotation[]): Annotation[] {
  return [...annotations].sort(
    (a, b) => a.target.start - b.target.start || a.target.end - b.target.end || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
