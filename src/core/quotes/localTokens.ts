import { normalizeWord, scanWords, type TokenList, type Vocabulary } from './normalize';

/**
 * A document's linker tokens numbered within the document alone, so they can be taken in another thread or
 * a cache and given a linker's numbers later (see `numberTokens`). Numbers are packed in ASCII characters
 * (see packNumbers): a string is a fraction of the size of an array of numbers, in memory and in JSON.
 */
export interface LocalTokens {
  /** The normalised words, in order of first appearance, separated by spaces (a word never holds one). */
  words: string;
  /** Per token, its word's index in `words`. */
  ids: string;
  /** Per token, the characters between the end of the token before (or the text's start) and its start. */
  gaps: string;
  /** Per token, its length. */
  lengths: string;
}

// A number is written in groups of 5 bits, highest first: each group but the last as a character from
// MORE on, the last from LAST on. Both ranges are ASCII that JSON writes as it is (no quote, no backslash),
// so the strings stay one byte a character in memory and on disk; a word number takes two characters.
const MORE = 0x30;
const LAST = 0x60;

/** Packs non-negative integers into a string of ASCII characters, one for each 5 bits (see MORE and LAST). */
export function packNumbers(numbers: number[]): string {
  const codes: number[] = [];
  for (const n of numbers) {
    let shift = 0;
    while (n >= 2 ** (shift + 5)) shift += 5;
    for (; shift > 0; shift -= 5) codes.push(MORE + (Math.floor(n / 2 ** shift) & 31));
    codes.push(LAST + (n & 31));
  }
  let out = '';
  // fromCharCode takes its arguments on the stack, so long lists go in slices.
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** Reads back what packNumbers packed, calling `visit` with each number and its index. */
export function unpackNumbers(packed: string, visit: (n: number, i: number) => void): void {
  let n = 0;
  let k = 0;
  for (let i = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i);
    if (c < LAST) n = n * 32 + (c - MORE);
    else {
      visit(n * 32 + (c - LAST), k++);
      n = 0;
    }
  }
}

/** Tokenises a text as `tokenize` does, numbering its words within the text alone. */
export function localTokens(text: string): LocalTokens {
  const local = new Map<string, number>();
  const surfaces = new Map<string, number>();
  const words: string[] = [];
  const ids: number[] = [];
  const gaps: number[] = [];
  const lengths: number[] = [];
  let end = 0;
  scanWords(text, (raw, start) => {
    let id = surfaces.get(raw);
    if (id === undefined) {
      const norm = normalizeWord(raw);
      id = norm === '' ? -1 : (local.get(norm) ?? words.push(norm) - 1);
      if (id >= 0) local.set(norm, id);
      surfaces.set(raw, id);
    }
    if (id < 0) return;
    ids.push(id);
    gaps.push(start - end);
    lengths.push(raw.length);
    end = start + raw.length;
  });
  return { words: words.join(' '), ids: packNumbers(ids), gaps: packNumbers(gaps), lengths: packNumbers(lengths) };
}

/**
 * The tokens `tokenize` gives for the text `local` was taken from. Words are numbered in order of first
 * appearance either way, so a vocabulary fed the same documents in the same order numbers them alike.
 */
export function numberTokens(local: LocalTokens, vocab: Vocabulary): TokenList {
  const global = local.words === '' ? [] : local.words.split(' ').map((w) => vocab.idOf(w));
  const ids: number[] = [];
  unpackNumbers(local.ids, (n) => ids.push(global[n]));
  const starts = new Int32Array(ids.length);
  const ends = new Int32Array(ids.length);
  // Lengths first, into `ends`; then each start follows the end before it, and each end its start.
  unpackNumbers(local.lengths, (n, i) => (ends[i] = n));
  let end = 0;
  unpackNumbers(local.gaps, (n, i) => {
    starts[i] = end + n;
    end = ends[i] += starts[i];
  });
  return { ids: Int32Array.from(ids), starts, ends, vocab };
}
