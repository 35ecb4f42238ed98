import { normalizeWord, scanWords, type TokenList, type Vocabulary } from './normalize';

/**
 * A document's linker tokens numbered within the document alone, so they can be taken in another thread or
 * a cache and given a linker's numbers later (see `numberTokens`). Numbers are packed one character each
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

// Numbers are stored as characters from ZERO on, which JSON writes as they are: control characters and
// surrogates would be escaped in six bytes. A number past SMALL takes the escape and two characters of 15 bits.
const ZERO = 0x30;
const SMALL = 0xd000;
const ESCAPE = 0x2f;

/** Packs non-negative integers below 2^30 into a string, one character each below 53,248. */
export function packNumbers(numbers: number[]): string {
  const codes: number[] = [];
  for (const n of numbers) {
    if (n < SMALL) codes.push(n + ZERO);
    else codes.push(ESCAPE, (n >>> 15) + ZERO, (n & 0x7fff) + ZERO);
  }
  let out = '';
  // fromCharCode takes its arguments on the stack, so long lists go in slices.
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** Reads back what packNumbers packed, calling `visit` with each number and its index. */
export function unpackNumbers(packed: string, visit: (n: number, i: number) => void): void {
  for (let i = 0, k = 0; i < packed.length; k++) {
    const c = packed.charCodeAt(i++);
    if (c !== ESCAPE) visit(c - ZERO, k);
    else visit((packed.charCodeAt(i++) - ZERO) * 0x8000 + packed.charCodeAt(i++) - ZERO, k);
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
