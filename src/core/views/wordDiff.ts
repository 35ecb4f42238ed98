/** A run of text in a word diff; `changed` is true for words the other version does not share. */
export interface DiffSegment {
  text: string;
  changed: boolean;
}

// Past this many word pairs the quadratic table is too costly for a hover; membership is used instead.
const MAX_CELLS = 250_000;

/**
 * Splits `text` into segments, marking the words that are not part of a longest common word
 * sequence with `base`. Words compare case- and punctuation-insensitively; whitespace and
 * punctuation around words is kept verbatim so the segments concatenate back to `text`.
 */
export function wordDiff(base: string, text: string): DiffSegment[] {
  const words = tokens(text);
  const baseKeys = tokens(base).map((t) => t.key);
  const keep = words.length * baseKeys.length > MAX_CELLS ? sharedByMembership(baseKeys, words) : commonWords(baseKeys, words);
  const segments: DiffSegment[] = [];
  let cursor = 0;
  words.forEach((word, i) => {
    push(segments, text.slice(cursor, word.start), false);
    push(segments, text.slice(word.start, word.end), !keep[i]);
    cursor = word.end;
  });
  push(segments, text.slice(cursor), false);
  return segments;
}

interface Token {
  start: number;
  end: number;
  key: string;
}

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const match of text.matchAll(/[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu)) {
    out.push({ start: match.index, end: match.index + match[0].length, key: match[0].toLowerCase().replace(/’/g, "'") });
  }
  return out;
}

/** Marks which of `words` belong to a longest common subsequence with `baseKeys`. */
function commonWords(baseKeys: string[], words: Token[]): boolean[] {
  const n = baseKeys.length;
  const m = words.length;
  // lengths[i][j] is the LCS length of baseKeys[i..] and words[j..], stored row-major.
  const lengths = new Uint32Array((n + 1) * (m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lengths[i * (m + 1) + j] =
        baseKeys[i] === words[j].key
          ? lengths[(i + 1) * (m + 1) + j + 1] + 1
          : Math.max(lengths[(i + 1) * (m + 1) + j], lengths[i * (m + 1) + j + 1]);
    }
  }
  const keep = new Array<boolean>(m).fill(false);
  for (let i = 0, j = 0; i < n && j < m; ) {
    if (baseKeys[i] === words[j].key) {
      keep[j] = true;
      i++;
      j++;
    } else if (lengths[(i + 1) * (m + 1) + j] >= lengths[i * (m + 1) + j + 1]) i++;
    else j++;
  }
  return keep;
}

function sharedByMembership(baseKeys: string[], words: Token[]): boolean[] {
  const known = new Set(baseKeys);
  return words.map((w) => known.has(w.key));
}

function push(segments: DiffSegment[], text: string, changed: boolean): void {
  if (!text) return;
  const last = segments[segments.length - 1];
  // Adjacent segments of the same kind merge, so callers render as few runs as possible.
  if (last && last.changed === changed) last.text += text;
  else segments.push({ text, changed });
}
