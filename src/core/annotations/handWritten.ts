import { Annotation, Sidecar } from './model';
import { hashText } from './sidecarFormat';

/**
 * Fills what a person may leave out of a sidecar written by hand: the text hash, and in each
 * annotation the id (derived from its quote and place in the list, so every read gives the same),
 * the times (empty until the store stamps them) and the target's context and position (a target
 * with none of them is marked `loose`, placed by its quote alone). Complete sidecars come back as they are.
 */
export function completeSidecar(sidecar: Sidecar): Sidecar {
  const complete = sidecar.textHash !== undefined && sidecar.annotations.every(isComplete);
  if (complete) return sidecar;
  return { ...sidecar, textHash: sidecar.textHash ?? '', annotations: sidecar.annotations.map(completeAnnotation) };
}

function isComplete(a: Annotation): boolean {
  const t = a.target;
  return a.id !== undefined && a.created !== undefined && a.modified !== undefined && t.prefix !== undefined && t.suffix !== undefined && t.start !== undefined && t.end !== undefined;
}

function completeAnnotation(a: Annotation, index: number): Annotation {
  if (isComplete(a)) return a;
  const t = a.target;
  const loose = t.prefix === undefined && t.suffix === undefined && t.start === undefined;
  const start = t.start ?? 0;
  const target = { exact: t.exact, prefix: t.prefix ?? '', suffix: t.suffix ?? '', start, end: t.end ?? start + [...t.exact].length };
  return {
    ...a,
    id: a.id ?? handWrittenId(index, t.exact),
    created: a.created ?? '',
    modified: a.modified ?? '',
    target: loose ? { ...target, loose: true } : target,
  };
}

/** The id given to the annotation at `index` of a file that has none, the same on every read. */
export function handWrittenId(index: number, exact: string): string {
  return `hand-${hashText(`${index}\u0000${exact}`).slice(6, 18)}`;
}
