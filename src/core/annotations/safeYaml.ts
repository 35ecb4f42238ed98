import { Document, isAlias, isNode, LineCounter, parseDocument, visit } from 'yaml';
import { Problem } from './model';

/** The largest YAML file (in UTF-16 units) the store will parse; a sidecar of 10,000 annotations is a few MiB. */
export const MAX_YAML_LENGTH = 32 * 1024 * 1024;
/** How many alias expansions a file may need; far above any hand-written file, far below a "billion laughs". */
const MAX_ALIAS_COUNT = 100;

/** A parsed YAML file: its editable document (comments kept), its plain value, and a line finder. */
export interface ParsedYaml {
  document: Document;
  value: unknown;
  /** The 1-based line of the node at a path, or of its nearest existing ancestor. */
  lineOf(path: readonly (string | number)[]): number;
}

/** Either a parsed file or the problems that stopped it, each with file, line and reason. */
export type SafeYamlResult = { ok: true; yaml: ParsedYaml } | { ok: false; problems: Problem[] };

const STANDARD_TAG = /^tag:yaml\.org,2002:(str|int|float|bool|null|map|seq)$/;

/**
 * Parses YAML from an untrusted place with limits: a size cap, a cap on alias expansion, and
 * standard tags only (the `yaml` package never runs code for a tag, but an unknown tag means the
 * file was not written for Marginalia, so it is refused rather than silently read as a string).
 */
export function parseYamlSafely(text: string, file: string, maxLength = MAX_YAML_LENGTH): SafeYamlResult {
  const fail = (line: number, message: string): SafeYamlResult => ({
    ok: false,
    problems: [{ file, line, message, severity: 'error' }],
  });
  if (text.length > maxLength) return fail(1, `the file is too large to read safely (${text.length} characters, limit ${maxLength})`);
  const lineCounter = new LineCounter();
  let document: Document;
  try {
    document = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true, schema: 'core' });
  } catch (err) {
    // Pathological nesting can exhaust the stack; that is a file to refuse, not a crash.
    return fail(1, `the file cannot be read safely: ${err instanceof Error ? err.message : String(err)}`);
  }
  const lineAt = (offset: number) => lineCounter.linePos(offset).line;
  const trouble = [...document.errors, ...document.warnings];
  if (trouble.length > 0) {
    return { ok: false, problems: trouble.map((e) => ({ file, line: lineAt(e.pos[0]), message: firstLine(e.message), severity: 'error' })) };
  }
  let badTag: { tag: string; offset: number } | undefined;
  try {
    badTag = findNonStandardTag(document);
  } catch (err) {
    return fail(1, `the file cannot be read safely: ${err instanceof Error ? err.message : String(err)}`);
  }
  if (badTag) return fail(lineAt(badTag.offset), `the tag ${badTag.tag} is not allowed here`);
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (err) {
    return fail(1, `the file cannot be read safely: ${err instanceof Error ? err.message : String(err)}`);
  }
  const lineOf = (path: readonly (string | number)[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = document.getIn(path.slice(0, depth), true);
      if (isNode(node) && node.range) return lineAt(node.range[0]);
    }
    return 1;
  };
  return { ok: true, yaml: { document, value, lineOf } };
}

function findNonStandardTag(document: Document): { tag: string; offset: number } | undefined {
  let found: { tag: string; offset: number } | undefined;
  visit(document, (_key, node) => {
    if (isNode(node) && !isAlias(node) && node.tag && !STANDARD_TAG.test(node.tag)) {
      found = { tag: node.tag, offset: node.range?.[0] ?? 0 };
      return visit.BREAK;
    }
    return undefined;
  });
  return found;
}

function firstLine(message: string): string {
  return message.split('\n')[0];
}
