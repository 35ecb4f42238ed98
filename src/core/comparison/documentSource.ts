/** What a sources file or a front matter may say about a document; every field is optional. */
export interface DocumentSource {
  outlet?: string;
  date?: string;
  url?: string;
  title?: string;
  language?: string;
}

/** The fields a document's source may give, in the order a starter file lists them. */
export const SOURCE_FIELDS = ['outlet', 'date', 'url', 'title', 'language'] as const;

/** A problem in a metadata file or block, with the 1-based line it applies to. */
export interface SourceProblem {
  line: number;
  message: string;
}

/**
 * Reads the source fields of a parsed YAML mapping, reporting unknown keys and values that are not
 * text; a date written bare in YAML (2023-06-19) is read as text, never as a timestamp.
 */
export function readSourceFields(value: unknown, lineOf: (key?: string) => number, where: string, problems: SourceProblem[]): DocumentSource {
  const source: DocumentSource = {};
  if (value === null || value === undefined) return source;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    problems.push({ line: lineOf(), message: `${where} must be a mapping of ${SOURCE_FIELDS.join(', ')}` });
    return source;
  }
  for (const [key, raw] of Object.entries(value as Record<string, unknown>)) {
    if (!(SOURCE_FIELDS as readonly string[]).includes(key)) {
      problems.push({ line: lineOf(key), message: `${where}: unknown field "${key}" (allowed: ${SOURCE_FIELDS.join(', ')})` });
      continue;
    }
    // An empty field (as a starter file has) says nothing yet; it is not an error.
    if (raw === null || raw === '') continue;
    const text = typeof raw === 'string' || typeof raw === 'number' ? String(raw).trim() : undefined;
    if (text === undefined) {
      problems.push({ line: lineOf(key), message: `${where}: "${key}" must be text` });
      continue;
    }
    source[key as keyof DocumentSource] = text;
  }
  return source;
}
