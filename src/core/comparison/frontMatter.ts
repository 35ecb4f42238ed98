import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { readSourceFields, type DocumentSource, type SourceProblem } from './documentSource';

const OPENING = /^---[ \t]*\r?\n/;
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

/**
 * The source fields of a Markdown article's YAML front matter (a `---` block at its very start),
 * with problems on lines of the article; no front matter gives an empty source.
 */
export function frontMatterSource(text: string): { source: DocumentSource; problems: SourceProblem[] } {
  const open = OPENING.exec(text);
  if (!open) return { source: {}, problems: [] };
  const rest = text.slice(open[0].length);
  const close = CLOSING.exec(rest);
  if (!close) return { source: {}, problems: [{ line: 1, message: 'the front matter has no closing "---" line' }] };
  const block = rest.slice(0, close.index);
  const lines = new LineCounter();
  const doc = parseDocument(block, { lineCounter: lines, prettyErrors: false, schema: 'core' });
  // Line 1 is the opening "---", so the block's first line is line 2 of the article.
  const lineAt = (offset: number | undefined) => 1 + (offset === undefined ? 1 : lines.linePos(offset).line);
  if (doc.errors.length > 0) return { source: {}, problems: [{ line: lineAt(doc.errors[0].pos[0]), message: `the front matter is not valid YAML: ${doc.errors[0].message.split('\n')[0]}` }] };
  const problems: SourceProblem[] = [];
  const root = doc.contents;
  const lineOf = (key?: string) => {
    const node = key && isMap(root) ? root.items.find((p) => isScalar(p.key) && p.key.value === key)?.key : undefined;
    return lineAt(isScalar(node) ? node.range?.[0] : undefined);
  };
  // Front matter often carries other fields (tags, layout) for other tools; only ours are read.
  const plain = isMap(root) ? Object.fromEntries(Object.entries(root.toJSON() as Record<string, unknown>).filter(([k]) => FIELDS.has(k))) : root?.toJSON();
  if (plain === null || plain === undefined) return { source: {}, problems };
  return { source: readSourceFields(plain, lineOf, 'front matter', problems), problems };
}

const FIELDS = new Set(['outlet', 'date', 'url', 'title', 'language']);
