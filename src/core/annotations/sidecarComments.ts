/**
 * Comments and blank lines a person added to a sidecar in the store's own layout. They are taken
 * out before the fast line scanner reads the file and put back by the next write: whole lines above
 * the line they stood above, end-of-line comments at the end of their line, each found by what
 * that line says (annotation id and key), not by its number, so they follow their annotation when
 * others are added, moved or removed, and stay on a value the write changed. Lines inside a
 * literal block (a note, a quote) are content, never comments.
 */

/**
 * Comment and blank lines by the line they stand above (annotation id and key path, or `end` for
 * the file's end), and end-of-line comments (with the spaces before them) under that path + `EOL`.
 */
export type KeptComments = Map<string, string[]>;

const END = 'end';
const EOL = ' #eol';

/**
 * The file's lines without its comment and blank lines, and those lines by where they belong (undefined comments when
 * there are none); undefined when a comment or a line of spaces interrupts a literal block that goes on after it.
 */
export function takeComments(lines: readonly string[]): { lines: string[]; comments?: KeptComments } | undefined {
  const kept: string[] = [];
  const comments: KeptComments = new Map();
  let pending: string[] = [];
  // The file's final newline leaves one empty last line: that is not a blank line of its own.
  const last = lines.length - 1;
  const plain = walk(lines, (line, index, anchor, trailing) => {
    if (anchor === undefined && index < last) pending.push(line);
    else {
      if (anchor !== undefined && pending.length > 0) {
        comments.set(anchor, [...(comments.get(anchor) ?? []), ...pending]);
        pending = [];
      }
      if (anchor !== undefined && trailing !== undefined) comments.set(anchor + EOL, [trailing]);
      kept.push(line);
    }
  });
  if (pending.length > 0) comments.set(END, pending);
  if (!plain) return undefined;
  return { lines: kept, comments: comments.size > 0 ? comments : undefined };
}

/** The store's text with the kept comment lines put back above their lines; those whose line is gone are dropped with it. */
export function putComments(text: string, comments: KeptComments): string {
  const lines = text.split('\n');
  const out: string[] = [];
  walk(lines, (line, index, anchor) => {
    const above = anchor === undefined ? undefined : comments.get(anchor);
    if (above) out.push(...above);
    if (index === lines.length - 1) out.push(...(comments.get(END) ?? []));
    const trailing = anchor === undefined ? undefined : comments.get(anchor + EOL);
    out.push(trailing ? line + trailing[0] : line);
  });
  return out.join('\n');
}

/**
 * Calls `visit` with every line and its anchor: `annotation id/key/...` for a key or list line,
 * the key alone at the top level, the same for block content (`block:` prefixed, never matched),
 * and undefined for a comment or blank line outside a block; a key or list line comes without its
 * end-of-line comment, which is given apart, spaces before it included.
 */
function walk(lines: readonly string[], visit: (line: string, index: number, anchor: string | undefined, trailing?: string) => void): boolean {
  let id = '';
  let blockPad: string | undefined;
  // The indentation of a block that a comment or a line of spaces interrupted: YAML reads a line with that
  // indentation after it differently from a block that goes on, so such a text is left to the full parser.
  let interrupted: string | undefined;
  let plain = true;
  const stack: { indent: number; key: string }[] = [];
  lines.forEach((line, index) => {
    if (blockPad !== undefined && (line === '' || line.startsWith(blockPad))) return visit(line, index, `block:${index}`);
    const indent = indentOf(line);
    if (indent === line.length || line.charCodeAt(indent) === 35) {
      interrupted ??= blockPad;
      blockPad = undefined;
      return visit(line, index, undefined);
    }
    if (interrupted !== undefined && line.startsWith(interrupted)) plain = false;
    blockPad = interrupted = undefined;
    const trailing = trailingComment(line, indent);
    if (trailing !== undefined) line = line.slice(0, -trailing.length);
    const dash = line.startsWith('- ', indent);
    const keyIndent = dash ? indent + 2 : indent;
    const rest = line.slice(keyIndent);
    const colon = rest.search(/:( |$)/);
    const key = colon > 0 && /^[A-Za-z]+$/.test(rest.slice(0, colon)) ? rest.slice(0, colon) : undefined;
    const value = key === undefined ? rest : rest.slice(colon + 1).trim();
    if (indent === 0) id = '';
    if (dash && indent === 2 && key === 'id') id = value.startsWith('"') ? safeJson(value) : value;
    while (stack.length > 0 && stack[stack.length - 1].indent >= keyIndent) stack.pop();
    const path = [id, ...stack.map((s) => s.key), key === undefined ? `- ${rest}` : key].join('/');
    if (key !== undefined && value === '') stack.push({ indent: keyIndent, key });
    if (value === '|' || value === '|-' || value === '|+') blockPad = ' '.repeat(keyIndent + 2);
    visit(line, index, path, trailing);
  });
  return plain;
}

/**
 * The end-of-line comment of a key or list line, from the spaces before its `#`: a `#` after a
 * space or tab that is not inside a quoted value (a plain value cannot hold one).
 */
function trailingComment(line: string, indent: number): string | undefined {
  let at = line.startsWith('- ', indent) ? indent + 2 : indent;
  const key = /^[A-Za-z]+:(?= |$)/.exec(line.slice(at));
  if (key) at += key[0].length;
  while (line[at] === ' ') at++;
  if (line[at] === '"' || line[at] === "'") at = closingQuote(line, at) + 1;
  if (at <= 0) return undefined;
  const hash = line.slice(at - 1).search(/[ \t]#/);
  if (hash < 0) return undefined;
  let start = at - 1 + hash;
  while (start > 0 && (line[start - 1] === ' ' || line[start - 1] === '\t')) start--;
  return line.slice(start);
}

/** The offset of the quote closing the quoted value opened at `open`, or -1 when it does not close on this line. */
function closingQuote(line: string, open: number): number {
  const quote = line[open];
  for (let i = open + 1; i < line.length; i++) {
    if (quote === '"' && line[i] === '\\') i++;
    else if (line[i] === quote) {
      if (quote === "'" && line[i + 1] === "'") i++;
      else return i;
    }
  }
  return -1;
}

function indentOf(line: string): number {
  let n = 0;
  while (line.charCodeAt(n) === 32) n++;
  return n;
}

function safeJson(value: string): string {
  try {
    const parsed: unknown = JSON.parse(value);
    return typeof parsed === 'string' ? parsed : value;
  } catch {
    return value;
  }
}
