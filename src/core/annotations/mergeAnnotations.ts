import { Annotation } from './model';

/**
 * Three-way merge by id of the annotations last read from disk (`base`), those in memory with
 * unsaved changes (`mine`) and those now on disk (`theirs`). Nothing is lost: a side's change wins
 * over the other side's silence; a deletion only wins over an unchanged annotation; when both
 * sides changed one annotation, the later edit wins and the tags and notes of both are kept.
 */
export function mergeAnnotations(base: readonly Annotation[], mine: readonly Annotation[], theirs: readonly Annotation[]): Annotation[] {
  const baseById = new Map(base.map((a) => [a.id, a]));
  const theirsById = new Map(theirs.map((a) => [a.id, a]));
  const merged: Annotation[] = [];
  for (const m of mine) {
    const b = baseById.get(m.id);
    const t = theirsById.get(m.id);
    if (t) merged.push(mergeOne(b, m, t));
    // Deleted on disk: honour that unless the annotation was changed here since.
    else if (!b || !sameAnnotation(b, m)) merged.push(m);
  }
  const mineIds = new Set(mine.map((a) => a.id));
  for (const t of theirs) {
    if (mineIds.has(t.id)) continue;
    const b = baseById.get(t.id);
    // Deleted here: honour that unless someone changed it on disk since.
    if (!b || !sameAnnotation(b, t)) merged.push(t);
  }
  return merged;
}

function mergeOne(base: Annotation | undefined, mine: Annotation, theirs: Annotation): Annotation {
  if (sameAnnotation(mine, theirs)) return mine;
  if (base && sameAnnotation(base, mine)) return theirs;
  if (base && sameAnnotation(base, theirs)) return mine;
  const [newer, older] = mine.modified >= theirs.modified ? [mine, theirs] : [theirs, mine];
  const tags = [...newer.tags, ...older.tags.filter((t) => !newer.tags.includes(t))];
  const notes = [newer.note, older.note].filter((n): n is string => !!n && n.trim() !== '');
  const note = notes.length === 2 && notes[0] !== notes[1] ? `${notes[0]}\n\n---\n\n${notes[1]}` : notes[0];
  const result: Annotation = { ...newer, tags };
  if (note === undefined) delete result.note;
  else result.note = note;
  return result;
}

/**
 * True when two annotations say the same thing. Positions, context and the orphan flag are left
 * out: they follow the text and are recomputed on every load, so they are not a person's change.
 */
export function sameAnnotation(a: Annotation, b: Annotation): boolean {
  return canonical(a) === canonical(b);
}

function canonical(a: Annotation): string {
  const c = a.correction;
  return JSON.stringify([a.id, a.tags, a.note ?? null, a.created, a.modified, a.target.exact, c ? canonicalCorrection(c) : null]);
}

function canonicalCorrection(c: NonNullable<Annotation['correction']>): unknown[] {
  switch (c.type) {
    case 'speaker':
      return [c.type, c.speaker];
    case 'same-entity':
      return [c.type, c.entities];
    case 'dismiss':
      return [c.type, c.finding];
    default:
      return [c.type];
  }
}
