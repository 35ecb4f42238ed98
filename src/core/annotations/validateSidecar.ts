import { isValidTag } from './codebook';
import { Annotation, Correction, Sidecar, SIDECAR_VERSION } from './model';

/** A place in a parsed file that breaks the sidecar schema. */
export interface SchemaError {
  path: (string | number)[];
  message: string;
}

type Path = (string | number)[];

/** The keys a sidecar may have at the top, in each annotation and in each target (media/sidecar.schema.json agrees). */
export const SIDECAR_KEYS = {
  top: ['version', 'source', 'textHash', 'annotations'],
  annotation: ['id', 'tags', 'note', 'created', 'modified', 'target', 'correction', 'orphaned'],
  target: ['exact', 'prefix', 'suffix', 'start', 'end'],
};
const { top: TOP_KEYS, annotation: ANNOTATION_KEYS, target: TARGET_KEYS } = SIDECAR_KEYS;

/**
 * Checks a plain value against the sidecar schema (the same rules as media/sidecar.schema.json) and
 * returns it typed, or the errors with the path of each; an unknown `version` is reported first.
 */
export function validateSidecar(value: unknown): { sidecar?: Sidecar; errors: SchemaError[]; invalid?: Set<number> } {
  const errors: SchemaError[] = [];
  if (!isObject(value)) return { errors: [{ path: [], message: 'a sidecar must be a mapping with version, source, textHash and annotations' }] };
  if (value.version !== SIDECAR_VERSION) {
    return { errors: [{ path: ['version'], message: `unknown version ${JSON.stringify(value.version)} (this Marginalia reads version ${SIDECAR_VERSION})` }] };
  }
  unknownKeys(value, TOP_KEYS, [], errors);
  expectString(value, 'source', [], errors);
  if (value.textHash !== undefined) expectString(value, 'textHash', [], errors);
  if (!Array.isArray(value.annotations)) errors.push({ path: ['annotations'], message: 'annotations must be a list' });
  else value.annotations.forEach((a, i) => checkAnnotation(a, ['annotations', i], errors));
  if (errors.length === 0) checkUniqueIds(value.annotations as Annotation[], errors);
  if (errors.length === 0) return { sidecar: value as unknown as Sidecar, errors };
  // Errors inside single annotations leave the others usable: the sidecar comes without those.
  const invalid = new Set(errors.map((e) => (e.path[0] === 'annotations' && typeof e.path[1] === 'number' ? e.path[1] : -1)));
  if (invalid.has(-1)) return { errors };
  const annotations = (value.annotations as Annotation[]).filter((_, i) => !invalid.has(i));
  return { sidecar: { ...(value as unknown as Sidecar), annotations }, errors, invalid };
}

function checkAnnotation(a: unknown, path: Path, errors: SchemaError[]): void {
  if (!isObject(a)) return void errors.push({ path, message: 'an annotation must be a mapping' });
  unknownKeys(a, ANNOTATION_KEYS, path, errors);
  if (a.id !== undefined) expectString(a, 'id', path, errors, true);
  if (!Array.isArray(a.tags)) errors.push({ path: [...path, 'tags'], message: 'tags must be a list' });
  else {
    const bad = a.tags.findIndex((t) => typeof t !== 'string' || !isValidTag(t));
    if (bad >= 0) errors.push({ path: [...path, 'tags', bad], message: `${JSON.stringify(a.tags[bad])} is not a valid tag (use names like topic/taiwan)` });
  }
  if (a.note !== undefined) expectString(a, 'note', path, errors);
  if (a.created !== undefined) expectString(a, 'created', path, errors, true);
  if (a.modified !== undefined) expectString(a, 'modified', path, errors, true);
  if (a.orphaned !== undefined && a.orphaned !== true) errors.push({ path: [...path, 'orphaned'], message: 'orphaned may only be true' });
  checkTarget(a.target, [...path, 'target'], errors);
  if (a.correction !== undefined) checkCorrection(a.correction, [...path, 'correction'], errors);
}

function checkTarget(t: unknown, path: Path, errors: SchemaError[]): void {
  if (!isObject(t)) return void errors.push({ path, message: 'target must be a mapping with at least exact (prefix, suffix, start and end are filled in)' });
  unknownKeys(t, TARGET_KEYS, path, errors);
  expectString(t, 'exact', path, errors, true);
  if (t.prefix !== undefined) expectString(t, 'prefix', path, errors);
  if (t.suffix !== undefined) expectString(t, 'suffix', path, errors);
  for (const key of ['start', 'end']) {
    if (t[key] !== undefined && (!Number.isSafeInteger(t[key]) || (t[key] as number) < 0)) errors.push({ path: [...path, key], message: `${key} must be a whole number of code points, 0 or more` });
  }
  if (Number.isInteger(t.start) && Number.isInteger(t.end) && (t.end as number) < (t.start as number)) {
    errors.push({ path: [...path, 'end'], message: 'end must not come before start' });
  }
}

function checkCorrection(c: unknown, path: Path, errors: SchemaError[]): void {
  const shapes: Record<Correction['type'], string[]> = {
    speaker: ['type', 'speaker'],
    'not-a-quote': ['type'],
    'same-entity': ['type', 'entities'],
    unlink: ['type'],
    dismiss: ['type', 'finding'],
  };
  if (!isObject(c) || typeof c.type !== 'string' || !(c.type in shapes)) {
    return void errors.push({ path, message: `correction must have a type: ${Object.keys(shapes).join(', ')}` });
  }
  unknownKeys(c, shapes[c.type as Correction['type']], path, errors);
  if (c.type === 'speaker') expectString(c, 'speaker', path, errors, true);
  if (c.type === 'dismiss' && c.finding !== 'attribution' && c.finding !== 'wording') {
    errors.push({ path: [...path, 'finding'], message: 'finding must be attribution or wording' });
  }
  if (c.type === 'same-entity' && (!Array.isArray(c.entities) || c.entities.length < 2 || c.entities.some((e) => typeof e !== 'string'))) {
    errors.push({ path: [...path, 'entities'], message: 'entities must list at least two entity names or ids' });
  }
}

function checkUniqueIds(annotations: Annotation[], errors: SchemaError[]): void {
  const seen = new Set<string>();
  annotations.forEach((a, i) => {
    if (a.id === undefined) return;
    if (seen.has(a.id)) errors.push({ path: ['annotations', i, 'id'], message: `the id ${a.id} is used twice` });
    seen.add(a.id);
  });
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function expectString(o: Record<string, unknown>, key: string, path: Path, errors: SchemaError[], nonEmpty = false): void {
  const v = o[key];
  if (typeof v !== 'string' || (nonEmpty && v.length === 0)) {
    errors.push({ path: [...path, key], message: `${key} must be ${nonEmpty ? 'a non-empty' : 'a'} string` });
  }
}

function unknownKeys(o: Record<string, unknown>, allowed: string[], path: Path, errors: SchemaError[]): void {
  for (const key of Object.keys(o)) {
    if (!allowed.includes(key)) errors.push({ path: [...path, key], message: `unknown key "${key}" (allowed: ${allowed.join(', ')})` });
  }
}
