import { parseYamlSafely } from './safeYaml';

/** The 1-based line where each annotation of a sidecar's text begins, by id; empty if the text does not parse. */
export function annotationLines(text: string): Map<string, number> {
  const lines = new Map<string, number>();
  const parsed = parseYamlSafely(text, '');
  if (!parsed.ok) return lines;
  const annotations = (parsed.yaml.value as { annotations?: unknown } | null)?.annotations;
  if (!Array.isArray(annotations)) return lines;
  annotations.forEach((a, i) => {
    const id = (a as { id?: unknown } | null)?.id;
    if (typeof id === 'string') lines.set(id, parsed.yaml.lineOf(['annotations', i]));
  });
  return lines;
}
